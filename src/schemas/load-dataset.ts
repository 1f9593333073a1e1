import { DatasetValidationError } from '../errors.js';
import { formatProblem, lintDataset } from '../lint/index.js';
import { datasetChecksum } from '../util/checksum.js';
import { DatasetSchema } from './dataset.js';
import type { AnyDataset } from './records.js';
import { COLLECTIONS, SCHEMA_VERSION } from './meta.js';
import { deepFreeze } from '../dataset/freeze.js';

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** Check `meta.sha256` against the content. Default true. */
  verifyChecksum?: boolean;
  /** Run the cross-collection integrity rules too. Default true. */
  checkIntegrity?: boolean;
}

/**
 * Validates a dataset a user brings (a pinned older file, a fork) and returns
 * it frozen. Throws a {@link DatasetValidationError} that names every path
 * that failed, a checksum that does not match, or a schemaVersion newer than
 * this library knows.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { loadDataset } from 'diplomatic-visits/schemas';
 * const ds = loadDataset(readFileSync('dataset-1.0.0.json', 'utf8'));
 */
export function loadDataset(json: string | unknown, options: LoadDatasetOptions = {}): AnyDataset {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new DatasetValidationError(`dataset is not valid JSON: ${(error as Error).message}`);
    }
  }
  const version = (value as { meta?: { schemaVersion?: unknown } } | null)?.meta?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DatasetValidationError(
      `dataset has schemaVersion ${version}, newer than the ${SCHEMA_VERSION} this library reads: upgrade diplomatic-visits to load it`,
    );
  }
  const result = DatasetSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeIssue(value, issue));
    throw new DatasetValidationError(`dataset fails its schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, problems);
  }
  const dataset = result.data;
  const wrongCounts = COLLECTIONS.filter((c) => dataset.meta.counts[c] !== dataset[c].length).map(
    (c) => `meta.counts.${c}: says ${dataset.meta.counts[c]}, but the file holds ${dataset[c].length} ${c}`,
  );
  if (wrongCounts.length) throw new DatasetValidationError('dataset meta.counts do not match its content:', wrongCounts);
  if (options.verifyChecksum !== false) {
    const actual = datasetChecksum(dataset);
    if (actual !== dataset.meta.sha256) {
      throw new DatasetValidationError(
        `dataset checksum mismatch: meta.sha256 says ${dataset.meta.sha256} but the content hashes to ${actual}; the file was changed after it was built (pass { verifyChecksum: false } to load an edited file on purpose)`,
      );
    }
  }
  if (options.checkIntegrity !== false) {
    const problems = lintDataset(dataset).map((p) => formatProblem(p));
    if (problems.length) throw new DatasetValidationError(`dataset fails ${problems.length} integrity check(s):`, problems);
  }
  return deepFreeze(dataset);
}

/** `visits[4204] "hsg-travel-4229" field start: expected …, received "2023-02-30"`: the path, the record's id, what was wrong. */
function describeIssue(root: unknown, issue: { path: PropertyKey[]; message: string; input?: unknown }): string {
  const [collection, index, ...rest] = issue.path;
  let where = issue.path.map(String).join('.') || '(root)';
  if (typeof collection === 'string' && typeof index === 'number') {
    const record = (root as Record<string, unknown[] | undefined>)[collection]?.[index] as { id?: unknown; code?: unknown } | undefined;
    const id = typeof record?.id === 'string' ? record.id : typeof record?.code === 'string' ? record.code : undefined;
    where = `${collection}[${index}]${id ? ` "${id}"` : ''} field ${rest.length ? rest.map(String).join('.') : '(record)'}`;
  }
  if (issue.input === undefined) return `${where}: ${issue.message}`;
  // zod's own "received null" (a type name) gives way to the value itself, said once.
  const message = issue.message.replace(/, received \w+$/, '');
  return `${where}: ${message}, received ${truncate(typeof issue.input === 'number' && !Number.isFinite(issue.input) ? String(issue.input) : JSON.stringify(issue.input))}`;
}

const truncate = (text: string | undefined) => (text && text.length > 60 ? `${text.slice(0, 59)}…` : String(text));
