import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'travelStats: one person, one year', run: (q, ds) => q.travelStats(ds, 'blinken-antony-j', { from: '2023', to: '2023' }) },
];
