import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'countBy: one person\'s visits by country', run: (q, ds) => q.countBy(ds, q.visits(ds, { person: 'blinken-antony-j' }), 'country') },
];
