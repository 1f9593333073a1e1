import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'issuesOf: a visit, inherited links', run: (q, ds) => q.issuesOf(ds, { type: 'visit', id: 'hsg-travel-4181' }) },
];
