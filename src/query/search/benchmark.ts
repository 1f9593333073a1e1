import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'search: one word, every collection (not a hot path)', run: (q, ds) => q.search(ds, 'erdogan') },
];
