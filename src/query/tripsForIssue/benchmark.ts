import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'tripsForIssue: one issue', run: (q, ds) => q.tripsForIssue(ds, 'russia-ukraine-war') },
];
