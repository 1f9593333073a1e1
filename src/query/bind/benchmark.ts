import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'bundled.visits: one person, one month (bound)', run: (q) => q.bundled.visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }) },
];
