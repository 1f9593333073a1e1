import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'timeline: one person', run: (q, ds) => q.timeline(ds, 'blinken-antony-j') },
];
