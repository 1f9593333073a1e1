// The shape of a diff, apart from the code that makes and prints it, so that
// index.ts (diffDatasets) and format.ts (diffToText) both depend on it and not on each other.
import type { AnyDataset } from '../schemas/records.js';
import type { CollectionName } from '../schemas/collections.js';

/** One difference inside a record (or in `meta`). */
export interface FieldChange {
  /** Dotted path from the record, e.g. `traveler.name`, `provenance.1.quote`, `eventIds`. */
  path: string;
  /** `added`: absent before; `removed`: absent after; `changed`: a different value. */
  kind: 'added' | 'removed' | 'changed';
  /** The old value (absent when `kind` is `added`). */
  before?: unknown;
  /** The new value (absent when `kind` is `removed`). */
  after?: unknown;
}

/** A record present in both datasets whose content differs. */
export interface RecordChange {
  /** The record's id (a country's `code`). */
  id: string;
  /** The dotted paths that differ: `changes.map((c) => c.path)`. */
  fields: string[];
  changes: FieldChange[];
}

/** What changed in one collection. Ids are sorted naturally (`hsg-travel-9` before `hsg-travel-10`). */
export interface CollectionDiff {
  /** Ids present only in the new dataset. */
  added: string[];
  /** Ids present only in the old dataset. */
  removed: string[];
  /** Records present in both whose content differs. */
  changed: RecordChange[];
}

/** Record counts of one collection. */
export interface CollectionCounts {
  /** Records in the old dataset. */
  before: number;
  /** Records in the new dataset. */
  after: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** Which dataset a side of the diff is. */
export interface DatasetRef {
  version: string;
  schemaVersion: number;
  sha256: string;
}

/** The result of {@link diffDatasets}. */
export interface DatasetDiff {
  from: DatasetRef;
  to: DatasetRef;
  /** True when any record was added, removed or changed (differences in `meta` alone do not count). */
  hasChanges: boolean;
  /** Differences in `meta` (version, checksum, counts, official snapshots). */
  meta: FieldChange[];
  collections: Record<CollectionName, CollectionDiff>;
  summary: {
    added: number;
    removed: number;
    changed: number;
    unchanged: number;
    byCollection: Record<CollectionName, CollectionCounts>;
  };
}

/** The minimum a dataset needs for a diff: `meta` and the collections. */
export type DiffableDataset = Pick<AnyDataset, 'meta' | CollectionName>;
