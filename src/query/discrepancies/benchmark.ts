import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'discrepancies: one trip', run: (q, ds) => q.discrepancies(ds, { type: 'trip', id: q.tripOf(ds, 'hsg-travel-4181')?.id ?? ds.trips[0]!.id }) },
];
