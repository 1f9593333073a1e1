// The layout of a shipped dataset file (dist/dataset.json, dist/curated.json),
// written beside it by the build as <name>.layout.json: internal, not exported,
// generated from the file it describes and checked against it before use.

/** Bumped when the layout's shape changes: an older or newer layout is not used (the file is read whole). */
export const LAYOUT_VERSION = 2;

/** A visit or trip with a `status`: its position in its array, its id, its status. */
export type StatusAt = readonly [index: number, id: string, status: string];

export interface ShippedLayout {
  readonly layoutVersion: number;
  /** The file's size in bytes: ASCII, so also its length in characters. */
  readonly bytes: number;
  /** The file's `meta.sha256`: the layout describes that dataset and no other. */
  readonly sha256: string;
  /** Each top-level key's value as [start, end) offsets in the file, in the file's key order. */
  readonly collections: Readonly<Record<string, readonly [number, number]>>;
  /** Visits and trips with a status, so the default view (travel that took place) needs no scan. */
  readonly withStatus: { readonly visits: readonly StatusAt[]; readonly trips: readonly StatusAt[] };
  /** The people's ids and the countries' codes, each between newlines ("\\na\\nb\\n"), so checking an argument reads neither collection. */
  readonly ids: { readonly people: string; readonly countries: string };
}

/**
 * Whether a parsed layout has the shape this version reads (its version,
 * size, checksum, places and status lists); the id lists are optional (the
 * browser build leaves them out). Where the places fall is checked by the reader.
 */
export function isLayout(value: unknown): value is Omit<ShippedLayout, 'ids'> & Partial<Pick<ShippedLayout, 'ids'>> {
  const l = value as Partial<ShippedLayout> | null;
  return l !== null && typeof l === 'object' && l.layoutVersion === LAYOUT_VERSION && typeof l.bytes === 'number' && typeof l.sha256 === 'string'
    && typeof l.collections === 'object' && l.collections !== null && Array.isArray(l.collections.meta)
    && Array.isArray(l.withStatus?.visits) && Array.isArray(l.withStatus?.trips);
}

/** The layout file's URL for a shipped dataset file's. */
export function layoutUrl(file: URL): URL {
  return new URL(file.href.replace(/\.json$/, '.layout.json'));
}

/**
 * Where each visit and trip sits in a shipped file, and which are whose,
 * written beside it as <name>.records.json and read only when a query about
 * one person comes before any that reads a whole collection.
 */
export interface RecordsIndex {
  readonly layoutVersion: number;
  /** The file's `meta.sha256`, as in its layout. */
  readonly sha256: string;
  readonly visits: RecordsOf;
  readonly trips: RecordsOf;
}
export interface RecordsOf {
  /** Each record's length in the file, in the array's order; records are separated by one comma. */
  readonly lengths: readonly number[];
  /** The positions of each person's records (visits: the traveller's), ascending. */
  readonly byPerson: Readonly<Record<string, readonly number[]>>;
  /** The positions of the records whose counterparts name each person (visits; empty for trips), ascending. */
  readonly byCounterpart: Readonly<Record<string, readonly number[]>>;
  /** The positions of the visits at each event (empty for trips), ascending. */
  readonly byEvent: Readonly<Record<string, readonly number[]>>;
  /** Every record's id, in the array's order, each between newlines: a record is found by id alone. */
  readonly ids: string;
}

/** How a records index groups the records it finds: by traveller, by a person met, by event, or one by id. */
export type RecordsBy = 'byPerson' | 'byCounterpart' | 'byEvent' | 'byId';

/** The records index's URL for a shipped dataset file's. */
export function recordsUrl(file: URL): URL {
  return new URL(file.href.replace(/\.json$/, '.records.json'));
}
