import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'firstVisit: one person, one country', run: (q, ds) => q.firstVisit(ds, { person: 'blinken-antony-j' }, 'JP') },
];
