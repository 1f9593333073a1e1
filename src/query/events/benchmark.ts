import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'events: one person', run: (q, ds) => q.events(ds, { person: 'blinken-antony-j' }) },
];
