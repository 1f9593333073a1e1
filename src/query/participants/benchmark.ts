import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'participants: one event', run: (q, ds) => q.participants(ds, ds.events[0]!.id) },
];
