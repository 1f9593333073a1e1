import type { BundledDataset } from '../schemas/records.js';
import { deepFreeze } from './freeze.js';

/** Datasets frozen whole by {@link freezeShipped}: nothing in them is left to freeze. */
export const shippedFrozen = new WeakSet<object>();

/**
 * Where a shipped dataset's visits and trips with a `status` (postponed,
 * cancelled: a record without one took place) stand in their arrays, found
 * by the freeze walk that reads every visit and trip anyway, so the query
 * index's default view (travel that took place) needs no scan of its own.
 */
export const shippedWithStatus = new WeakMap<object, { readonly visits: readonly number[]; readonly trips: readonly number[] }>();

const freeze = Object.freeze;
function freezeProvenance(list: readonly { recordIds?: readonly string[] }[] | undefined): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.recordIds) freeze(p.recordIds);
    freeze(p);
  }
  freeze(list);
}

/**
 * Deep-freezes a dataset file the build wrote, knowing its shape: visits and
 * trips (nine in ten of its ~60,000 objects) field by field, the rest with
 * {@link deepFreeze}. Walking every key of every record with for…in costs
 * most of a generic deep freeze; this costs about half of it. Only for the
 * shipped files, whose shape the build checked: tests/frozen.test.ts walks
 * them and fails if a record gains a nested object this does not freeze.
 */
export function freezeShipped(ds: BundledDataset): BundledDataset {
  const { visits, trips } = ds;
  const withStatus = { visits: [] as number[], trips: [] as number[] };
  for (let i = 0; i < visits.length; i++) {
    const v = visits[i]!;
    if (v.status !== undefined) withStatus.visits.push(i);
    freeze(v.traveler);
    freeze(v.eventIds);
    if (v.counterparts) {
      for (let j = 0; j < v.counterparts.length; j++) freeze(v.counterparts[j]!);
      freeze(v.counterparts);
    }
    freezeProvenance(v.provenance);
    freeze(v);
  }
  freeze(visits);
  for (let i = 0; i < trips.length; i++) {
    const t = trips[i]!;
    if (t.status !== undefined) withStatus.trips.push(i);
    freeze(t.visitIds);
    if (t.grouping) deepFreeze(t.grouping);
    freezeProvenance(t.provenance);
    freeze(t);
  }
  freeze(trips);
  for (const key of Object.keys(ds) as (keyof BundledDataset)[]) if (key !== 'visits' && key !== 'trips') deepFreeze(ds[key]);
  freeze(ds);
  shippedFrozen.add(ds);
  shippedWithStatus.set(ds, { visits: freeze(withStatus.visits), trips: freeze(withStatus.trips) });
  return ds;
}
