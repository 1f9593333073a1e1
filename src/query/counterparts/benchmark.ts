import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'counterparts: one person', run: (q, ds) => q.counterparts(ds, 'blinken-antony-j') },
];
