import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'lastVisit: a Secretary of State to China', run: (q, ds) => q.lastVisit(ds, { kind: 'secretary-travel' }, 'CN') },
];
