import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'tripOf: one visit', run: (q, ds) => q.tripOf(ds, 'hsg-travel-4181') },
];
