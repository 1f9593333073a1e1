import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'daysAbroad: one person, whole term', run: (q, ds) => q.daysAbroad(ds, 'blinken-antony-j') },
];
