import type { BundledDataset } from '../schemas/records.js';
import { deepFreeze } from './freeze.js';
import type { RecordsBy, StatusAt } from './layout.js';

/** Datasets frozen as shipped, whole or (read through a layout) each collection as it is first read: nothing in them is left to freeze. */
export const shippedFrozen = new WeakSet<object>();

/**
 * Where a shipped dataset's visits and trips with a `status` (postponed,
 * cancelled: a record without one took place) stand in their arrays, with
 * their ids: from the file's layout, or found by the freeze walk that reads
 * every visit and trip anyway. So the query index's default view (travel
 * that took place) needs no scan of its own, nor the arrays themselves
 * until a query reads them.
 */
export const shippedWithStatus = new WeakMap<object, { readonly visits: readonly StatusAt[]; readonly trips: readonly StatusAt[] }>();

/** A shipped dataset's people ids and country codes, each between newlines (from its layout): an id is checked without reading the collection. */
export const shippedIds = new WeakMap<object, { readonly people?: string; readonly countries?: string }>();

/**
 * A shipped dataset read one collection at a time: each collection as parsed,
 * its records frozen at the top only (see DatasetIndex, which freezes a record
 * whole where it hands it out). The dataset's own properties freeze theirs whole.
 */
export const shippedRaw = new WeakMap<object, (key: string) => unknown>();

/**
 * A shipped dataset whose visits and trips can be read one person at a time
 * (read-node.ts, through the file's records index): the person's records in
 * the array's order (`byCounterpart`: the visits whose remarks name them; `byEvent`: the visits at an event;
 * `byId`: the one record of that id), frozen at the top, the same objects the whole collection
 * holds once it is parsed; undefined once it is (then the index reads it as usual).
 */
export const shippedByPerson = new WeakMap<object, (key: 'visits' | 'trips', id: string, by: RecordsBy) => readonly unknown[] | undefined>();

/** Freezes an array of records at the top (the array, each record), or any other value whole: see {@link shippedRaw}. */
export function freezeTop(value: unknown): void {
  if (!Array.isArray(value)) {
    deepFreeze(value);
    return;
  }
  for (let i = 0; i < value.length; i++) freeze(value[i]);
  freeze(value);
}

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

type Visits = BundledDataset['visits'];
type Trips = BundledDataset['trips'];

/** Freezes a shipped visits array field by field; returns the visits with a status. */
function freezeVisits(visits: Visits): StatusAt[] {
  const withStatus: StatusAt[] = [];
  for (let i = 0; i < visits.length; i++) {
    const v = visits[i]!;
    if (v.status !== undefined) withStatus.push(freeze([i, v.id, v.status] as const));
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
  return withStatus;
}

function freezeTrips(trips: Trips): StatusAt[] {
  const withStatus: StatusAt[] = [];
  for (let i = 0; i < trips.length; i++) {
    const t = trips[i]!;
    if (t.status !== undefined) withStatus.push(freeze([i, t.id, t.status] as const));
    freeze(t.visitIds);
    if (t.grouping) deepFreeze(t.grouping);
    freezeProvenance(t.provenance);
    freeze(t);
  }
  freeze(trips);
  return withStatus;
}

/**
 * Deep-freezes one top-level value of a dataset file the build wrote,
 * knowing its shape: visits and trips (nine in ten of its ~70,000 objects)
 * field by field, the rest with {@link deepFreeze}. Walking every key of
 * every record with for…in costs most of a generic deep freeze; this costs
 * about half of it. Only for the shipped files, whose shape the build
 * checked: tests/frozen.test.ts walks them and fails if a record gains a
 * nested object this does not freeze.
 */
export function freezeShippedCollection(key: string, value: unknown): void {
  if (key === 'visits') freezeVisits(value as Visits);
  else if (key === 'trips') freezeTrips(value as Trips);
  else deepFreeze(value);
}

/** Deep-freezes a whole dataset file the build wrote (see {@link freezeShippedCollection}). */
export function freezeShipped(ds: BundledDataset): BundledDataset {
  const visits = freezeVisits(ds.visits);
  const trips = freezeTrips(ds.trips);
  for (const key of Object.keys(ds) as (keyof BundledDataset)[]) if (key !== 'visits' && key !== 'trips') deepFreeze(ds[key]);
  freeze(ds);
  shippedFrozen.add(ds);
  shippedWithStatus.set(ds, { visits: freeze(visits), trips: freeze(trips) });
  return ds;
}
