import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'countries: one region', run: (q, ds) => q.countries(ds, { region: 'Asia' }) },
];
