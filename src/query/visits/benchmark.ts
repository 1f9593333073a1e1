import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'visits: one person, one month', run: (q, ds) => q.visits(ds, { person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }) },
  { name: 'visits: Secretaries of State to China', run: (q, ds) => q.visits(ds, { kind: 'secretary-travel', country: 'CN' }) },
  { name: 'visits: an issue and its children', run: (q, ds) => q.visits(ds, { issue: 'middle-east' }) },
];
