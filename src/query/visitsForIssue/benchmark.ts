import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'visitsForIssue: one issue, one person', run: (q, ds) => q.visitsForIssue(ds, 'taiwan', { person: 'blinken-antony-j' }) },
];
