import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'people: name words', run: (q, ds) => q.people(ds, { name: 'blinken antony' }) },
];
