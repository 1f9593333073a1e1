import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'trips: one person, one year', run: (q, ds) => q.trips(ds, { person: 'blinken-antony-j', from: '2023-01-01', to: '2023-12-31' }) },
];
