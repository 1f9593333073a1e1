// What changed between two datasets, by collection and id: the source of the
// data release notes and of `diplomatic-visits diff`. Pure, and free of zod:
// the main entry exports it.
import { COLLECTIONS, type CollectionName } from '../schemas/collections.js';
import type { CollectionCounts, CollectionDiff, DatasetDiff, DatasetRef, DiffableDataset, FieldChange, RecordChange } from './types.js';
import { canonicalJson, compareIds } from '../util/canonical.js';
import { InvalidArgumentError } from '../errors.js';
import { checkDiff } from './check.js';

export { diffToMarkdown, diffToText, type DiffFormatOptions } from './format.js';
export type * from './types.js';

/** The collections a diff covers, in the order of the dataset file: all of them. */
export const DIFF_COLLECTIONS = COLLECTIONS;

const keyOf = (collection: CollectionName, record: unknown): string =>
  String((record as Record<string, unknown>)[collection === 'countries' ? 'code' : 'id']);

/**
 * Lists what was added, removed and changed between two datasets of the same
 * `schemaVersion`: by collection and id (countries by `code`), with the dotted
 * paths of the fields that changed and their old and new values, plus counts.
 * Arrays of ids (`eventIds`, `visitIds`, ...) are compared whole; arrays of
 * objects (`provenance`, `roles`, `evidence`, ...) item by item.
 *
 * Pure: neither dataset is changed, and neither is validated (load a file with
 * `loadDataset` from `diplomatic-visits/schemas` first if it is not trusted).
 *
 * @param a - the old dataset
 * @param b - the new dataset
 * @throws {InvalidArgumentError} an argument that is not a dataset, or datasets of different `schemaVersion`
 *
 * @example
 * import { diffDatasets, getDataset } from 'diplomatic-visits';
 * const old = getDataset();
 * // A later release, here made by hand: one visit's locality corrected.
 * const next = { ...old, visits: old.visits.map((v) => (v.id === 'hsg-travel-3992' ? { ...v, locality: 'Tokyo and Kamakura' } : v)) };
 * const diff = diffDatasets(old, next);
 * const { added, removed, changed } = diff.summary.byCollection.visits;
 * [added, removed, changed];
 * //=> [0, 0, 1]
 * diff.collections.visits.changed[0];
 * //=> { id: 'hsg-travel-3992', fields: ['locality'],
 * //     changes: [{ path: 'locality', kind: 'changed', before: 'Tokyo', after: 'Tokyo and Kamakura' }] }
 */
export function diffDatasets(a: DiffableDataset, b: DiffableDataset): DatasetDiff {
  checkDataset('a', a);
  checkDataset('b', b);
  if (a.meta.schemaVersion !== b.meta.schemaVersion) {
    throw new InvalidArgumentError(
      'b.meta.schemaVersion',
      `schemaVersion ${a.meta.schemaVersion}, the same as the old dataset (a diff compares datasets of one schemaVersion; upgrade the older file by loading it with the library version that reads it)`,
      b.meta.schemaVersion,
    );
  }

  const collections = {} as Record<CollectionName, CollectionDiff>;
  const byCollection = {} as Record<CollectionName, CollectionCounts>;
  const totals = { added: 0, removed: 0, changed: 0, unchanged: 0 };

  for (const name of DIFF_COLLECTIONS) {
    const before = new Map<string, unknown>(a[name].map((r) => [keyOf(name, r), r]));
    const after = new Map<string, unknown>(b[name].map((r) => [keyOf(name, r), r]));
    const added: string[] = [];
    const removed: string[] = [];
    const changed: RecordChange[] = [];
    let unchanged = 0;
    for (const id of after.keys()) if (!before.has(id)) added.push(id);
    for (const [id, old] of before) {
      if (!after.has(id)) {
        removed.push(id);
        continue;
      }
      const changes: FieldChange[] = [];
      diffValue(old, after.get(id), '', changes);
      if (changes.length) changed.push({ id, fields: changes.map((c) => c.path), changes });
      else unchanged++;
    }
    added.sort(compareIds);
    removed.sort(compareIds);
    changed.sort((x, y) => compareIds(x.id, y.id));
    collections[name] = { added, removed, changed };
    byCollection[name] = {
      before: before.size,
      after: after.size,
      added: added.length,
      removed: removed.length,
      changed: changed.length,
      unchanged,
    };
    totals.added += added.length;
    totals.removed += removed.length;
    totals.changed += changed.length;
    totals.unchanged += unchanged;
  }

  const meta: FieldChange[] = [];
  diffValue(a.meta, b.meta, '', meta);
  return {
    from: ref(a),
    to: ref(b),
    hasChanges: totals.added + totals.removed + totals.changed > 0,
    meta,
    collections,
    summary: { ...totals, byCollection },
  };
}

/**
 * The release type a data change calls for under the data semver policy:
 * `major` when ids were removed (renamed ids show as removed + added),
 * `minor` when records were added, `patch` when records were only corrected,
 * `null` when no record changed. Renamed or removed fields change the schema
 * (a new `schemaVersion`, which {@link diffDatasets} does not compare): major too.
 * @example
 * import { dataReleaseType, diffDatasets, getDataset } from 'diplomatic-visits';
 * const old = getDataset();
 * const next = { ...old, visits: old.visits.filter((v) => v.id !== 'hsg-travel-3992') };
 * dataReleaseType(diffDatasets(old, next)); // an id removed
 * //=> 'major'
 * dataReleaseType(diffDatasets(next, old)); // an id added
 * //=> 'minor'
 */
export function dataReleaseType(diff: DatasetDiff): 'major' | 'minor' | 'patch' | null {
  checkDiff('diff', diff);
  if (diff.summary.removed) return 'major';
  if (diff.summary.added) return 'minor';
  if (diff.summary.changed) return 'patch';
  return null;
}

function ref(ds: DiffableDataset): DatasetRef {
  return { version: ds.meta.version, schemaVersion: ds.meta.schemaVersion, sha256: ds.meta.sha256 };
}

function checkDataset(argument: 'a' | 'b', ds: unknown): asserts ds is DiffableDataset {
  const value = ds as Record<string, unknown> | null;
  if (!value || typeof value !== 'object' || !value.meta || typeof value.meta !== 'object') {
    throw new InvalidArgumentError(argument, 'a dataset object with `meta` and its collections (parse the file first)', typeof ds === 'string' ? `a string of ${ds.length} characters` : ds);
  }
  for (const name of DIFF_COLLECTIONS) {
    const records = value[name];
    if (!Array.isArray(records)) {
      throw new InvalidArgumentError(`${argument}.${name}`, 'an array of records', records);
    }
    // Each record is read by its key: a null or a number would be a TypeError there.
    for (let i = 0; i < records.length; i++) {
      if (!isPlainObject(records[i])) throw new InvalidArgumentError(`${argument}.${name}[${i}]`, 'a record object', records[i]);
    }
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Appends to `out` every difference between `x` and `y` under `path`. */
function diffValue(x: unknown, y: unknown, path: string, out: FieldChange[]): void {
  if (x === y) return;
  if (isPlainObject(x) && isPlainObject(y)) {
    const keys = [...Object.keys(x), ...Object.keys(y).filter((k) => !(k in x))];
    for (const key of keys) {
      const inX = x[key] !== undefined;
      const inY = y[key] !== undefined;
      if (inX && !inY) out.push({ path: join(path, key), kind: 'removed', before: x[key] });
      else if (!inX && inY) out.push({ path: join(path, key), kind: 'added', after: y[key] });
      else if (inX && inY) diffValue(x[key], y[key], join(path, key), out);
    }
    return;
  }
  if (Array.isArray(x) && Array.isArray(y) && x.some(isPlainObject) && y.some(isPlainObject)) {
    // Arrays of objects (provenance, roles, evidence, subjects): item by item.
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      if (i >= y.length) out.push({ path: join(path, i), kind: 'removed', before: x[i] });
      else if (i >= x.length) out.push({ path: join(path, i), kind: 'added', after: y[i] });
      else diffValue(x[i], y[i], join(path, i), out);
    }
    return;
  }
  // Scalars and arrays of scalars (ids, slugs, aliases): compared whole.
  if (canonicalJson(x) !== canonicalJson(y)) out.push({ path, kind: 'changed', before: x, after: y });
}
