import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'evidenceFor: one link', run: (q, ds) => q.evidenceFor(ds, ds.issueLinks[0]!.id) },
];
