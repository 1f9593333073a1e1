// Lookups several integrity rules need, built once per lintDataset run instead
// of once per rule (the visits by id: ~7,500 entries, wanted by four rules; the
// ids of each collection, wanted by unique-ids and references).
// Outside a run (a rule's check called on its own) each call builds its own.
// Built with plain loops: they run once, in a fresh process, before V8 optimises anything.
import type { DatasetContent } from '../schemas/dataset.js';
import type { CollectionName } from '../schemas/meta.js';

type Visit = DatasetContent['visits'][number];

/** The ids (country codes) of a collection: a set, or the visits by id. */
export interface IdLookup {
  has(id: string): boolean;
  readonly size: number;
}

interface Run {
  data: DatasetContent;
  visitById?: ReadonlyMap<string, Visit>;
  listed?: readonly (Visit | undefined)[];
  ids?: Partial<Record<CollectionName, IdLookup>>;
}

let current: Run | undefined;

/** Runs `fn` with the lookups of `data` shared between the rules it runs. */
export function withSharedLookups<T>(data: DatasetContent, fn: () => T): T {
  const previous = current;
  current = { data };
  try {
    return fn();
  } finally {
    current = previous;
  }
}

const runOf = (data: DatasetContent): Run | undefined => (current !== undefined && current.data === data ? current : undefined);

/** The visits of `data` by id (the last of a duplicated id, which rule unique-ids reports). */
export function visitsById(data: DatasetContent): ReadonlyMap<string, Visit> {
  const run = runOf(data);
  if (run === undefined) return mapVisits(data.visits);
  return (run.visitById ??= mapVisits(data.visits));
}

function mapVisits(visits: DatasetContent['visits']): Map<string, Visit> {
  const byId = new Map<string, Visit>();
  for (let i = 0; i < visits.length; i++) byId.set(visits[i]!.id, visits[i]!);
  return byId;
}

/**
 * The visits the trips list, resolved by id (undefined where no visit has
 * the id), in one flat array: trip by trip in data order, each trip's
 * `visitIds` in order. A rule walking the trips' visitIds the same way reads
 * the visit of its n-th id at index n, instead of looking it up again.
 */
export function listedVisits(data: DatasetContent): readonly (Visit | undefined)[] {
  const run = runOf(data);
  if (run === undefined) return resolveListed(data);
  return (run.listed ??= resolveListed(data));
}

function resolveListed(data: DatasetContent): (Visit | undefined)[] {
  const byId = visitsById(data);
  const listed: (Visit | undefined)[] = [];
  const trips = data.trips;
  for (let k = 0; k < trips.length; k++) {
    const visitIds = trips[k]!.visitIds;
    for (let i = 0; i < visitIds.length; i++) listed.push(byId.get(visitIds[i]!));
  }
  return listed;
}

/**
 * The ids of a collection of `data` (the codes of `countries`). Its `size`
 * is less than the collection's length exactly when an id is repeated.
 */
export function idsOf(data: DatasetContent, collection: CollectionName): IdLookup {
  if (collection === 'visits') return visitsById(data);
  const run = runOf(data);
  if (run === undefined) return collectIds(data, collection);
  const ids = (run.ids ??= {});
  return (ids[collection] ??= collectIds(data, collection));
}

function collectIds(data: DatasetContent, collection: Exclude<CollectionName, 'visits'>): Set<string> {
  const ids = new Set<string>();
  if (collection === 'countries') {
    const countries = data.countries;
    for (let i = 0; i < countries.length; i++) ids.add(countries[i]!.code);
  } else {
    const records: readonly { id: string }[] = data[collection];
    for (let i = 0; i < records.length; i++) ids.add(records[i]!.id);
  }
  return ids;
}
