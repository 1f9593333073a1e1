import type { BenchCase } from '../_lib/bench.js';

export const cases: BenchCase[] = [
  { name: 'itinerary: one trip', run: (q, ds) => q.itinerary(ds, q.tripOf(ds, 'hsg-travel-4181')?.id ?? ds.trips[0]!.id) },
];
