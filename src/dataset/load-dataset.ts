import type { Dataset as Parsed } from '../schemas/dataset.js';
import { DatasetValidationError, DiplomaticVisitsError, InvalidArgumentError } from '../errors.js';
import { describeValue } from '../util/describe.js';
import { decodeUtf8, textProblem } from '../util/decode-json-text.js';
import { formatProblem, lintDataset } from '../lint/index.js';
import { checksumOfInput } from './checksum.js';
import { hasSyncSha256, sha256HexAsync, sha256HexOfPartsSync } from './platform-sha256.js';
import { writeSortedJson } from '../schemas/sorted-copy.js';
import { DatasetSchema } from '../schemas/dataset.js';
import { fastCheckOf } from '../schemas/fast-check.js';
import type { AnyDataset } from '../schemas/records.js';
import { COLLECTIONS, SCHEMA_VERSION } from '../schemas/meta.js';
import { deepFreeze, rememberDeepFrozen } from './freeze.js';

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** Check `meta.sha256` against the content. Default true. */
  verifyChecksum?: boolean;
  /** Run the cross-collection integrity rules too. Default true. */
  checkIntegrity?: boolean;
}

/**
 * Validates a dataset a user brings (a pinned older file, a fork) and returns
 * it frozen. `json` is the file's text, its bytes (a Buffer or Uint8Array,
 * read as UTF-8; a UTF-8 byte order mark is allowed) or the parsed value.
 * Throws a {@link DatasetValidationError} that names every path that failed
 * (each echoed value cut short), bytes that are not UTF-8, a checksum that
 * does not match, or a schemaVersion newer than this library knows; an
 * {@link InvalidArgumentError} for options that are not an object of booleans.
 * Every integrity rule runs in linear or n log n time. The checksum is the
 * platform's SHA-256 (node:crypto): a runtime without a synchronous one, such
 * as a browser, throws a `DiplomaticVisitsError` with code
 * `ERR_DV_NO_SYNC_HASH` unless `verifyChecksum` is false; use
 * {@link loadDatasetAsync} there.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { loadDataset } from 'diplomatic-visits/schemas';
 * const ds = loadDataset(readFileSync('dataset-1.0.0.json', 'utf8'));
 * ds.meta.name;
 * //=> 'diplomatic-visits'
 */
export function loadDataset(json: string | Uint8Array | ArrayBuffer | unknown, options: LoadDatasetOptions = {}): AnyDataset {
  checkLoadOptions(options);
  // Said before any work: the answer does not depend on the file.
  if (options.verifyChecksum !== false && !hasSyncSha256()) {
    throw new DiplomaticVisitsError(
      'loadDataset: this runtime has no synchronous SHA-256 to verify meta.sha256 with (a browser offers only Web Crypto, which is async): use `await loadDatasetAsync(json)`, or pass { verifyChecksum: false }',
      'ERR_DV_NO_SYNC_HASH',
    );
  }
  const { dataset, text, frozen } = validated(json);
  if (options.verifyChecksum !== false) checkChecksum(dataset, checksumOf(dataset), text);
  return checked(dataset, options, frozen);
}

/**
 * {@link loadDataset} in any runtime, the checksum computed with node:crypto
 * where there is one, else with Web Crypto's `crypto.subtle.digest` (which a
 * browser offers on https or localhost only). Rejects with the same errors.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { loadDatasetAsync } from 'diplomatic-visits/schemas';
 * // In a browser the text comes from fetch: await (await fetch('/dataset-1.0.0.json')).text()
 * loadDatasetAsync(readFileSync('dataset-1.0.0.json', 'utf8')).then((ds) => ds.meta.name);
 * //=> 'diplomatic-visits'
 */
export async function loadDatasetAsync(json: string | Uint8Array | ArrayBuffer | unknown, options: LoadDatasetOptions = {}): Promise<AnyDataset> {
  checkLoadOptions(options);
  const { dataset, text, frozen } = validated(json);
  if (options.verifyChecksum !== false) checkChecksum(dataset, await sha256HexAsync(checksumInputText(dataset)), text);
  return checked(dataset, options, frozen);
}

/** The text or value decoded, parsed and checked against the schema and its counts; `frozen` when the check froze it. */
function validated(json: unknown): { dataset: Parsed; text: string | undefined; frozen: boolean } {
  let text: string | undefined;
  if (typeof json === 'string') text = json;
  else if (json instanceof Uint8Array || json instanceof ArrayBuffer) {
    // File bytes (readFileSync(file) without an encoding): decoded strictly, so a bad byte is named as such.
    const decoded = decodeUtf8(json instanceof ArrayBuffer ? new Uint8Array(json) : json);
    if ('problem' in decoded) throw new DatasetValidationError(decoded.problem);
    text = decoded.text;
  } else if (typeof json !== 'object' || json === null || Array.isArray(json) || ArrayBuffer.isView(json)) {
    throw new DatasetValidationError(`dataset: expected JSON text, its UTF-8 bytes (a Buffer or Uint8Array) or a parsed dataset object, received ${kindOf(json)}`);
  }
  let value: unknown = json;
  if (text !== undefined) {
    // A UTF-8 byte order mark is allowed (RFC 8259 lets a parser ignore it); JSON.parse is not.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new DatasetValidationError(textProblem(text) ?? `dataset is not valid JSON: ${clip((error as Error).message)}`);
    }
  }
  const version = (value as { meta?: { schemaVersion?: unknown } } | null)?.meta?.schemaVersion;
  // Only a whole number can be newer; 1.5 or "2" are schema failures, reported below.
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    throw new DatasetValidationError(
      `dataset has schemaVersion ${version}, newer than the ${SCHEMA_VERSION} this library reads: upgrade diplomatic-visits to load it`,
    );
  }
  // Parsed here from the text, the value is the library's own: where the fast check says zod accepts it
  // unchanged, it is the dataset as zod would return it, without zod's copy. Otherwise zod judges, and words the errors.
  // A value the caller passed is copied by zod as before, so the caller's object is never frozen.
  // The check freezes what it accepts as it goes (no second walk to freeze it); the value is discarded if anything fails later.
  let dataset: Parsed;
  let frozen = false;
  if (text !== undefined && fastCheckOf(DatasetSchema, { freeze: true })?.(value) === true) {
    dataset = value as Parsed;
    frozen = true;
  } else {
    const result = DatasetSchema.safeParse(value, { reportInput: true });
    if (!result.success) {
      const problems = result.error.issues.map((issue) => clip(describeIssue(value, issue), MAX_LINE));
      throw new DatasetValidationError(`dataset fails its schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, problems);
    }
    dataset = result.data;
  }
  const wrongCounts = COLLECTIONS.filter((c) => dataset.meta.counts[c] !== dataset[c].length).map(
    (c) => `meta.counts.${c}: says ${dataset.meta.counts[c]}, but the file holds ${dataset[c].length} ${c}`,
  );
  if (wrongCounts.length) throw new DatasetValidationError('dataset meta.counts do not match its content:', wrongCounts);
  return { dataset, text, frozen };
}

/**
 * What `meta.sha256` hashes (datasetChecksum's input: the canonical JSON without
 * `meta.sha256`), written in parts from copies whose key order comes from the
 * schema the dataset passed, not from sorting each object's keys.
 */
function writeChecksumInput(dataset: Parsed, write: (part: string) => void): void {
  writeSortedJson(DatasetSchema, dataset, write, (key, copy) => {
    if (key === 'meta') (copy as { sha256?: string }).sha256 = undefined; // left out, as JSON.stringify leaves out an undefined value
  });
}

/** datasetChecksum(dataset), hashed part by part as the input is written. */
function checksumOf(dataset: Parsed): string {
  const hash = sha256HexOfPartsSync((write) => writeChecksumInput(dataset, write));
  return hash ?? checksumOfInput(checksumInputText(dataset)); // no synchronous hash: checksumOfInput says so
}

function checksumInputText(dataset: Parsed): string {
  const parts: string[] = [];
  writeChecksumInput(dataset, (part) => parts.push(part));
  return parts.join('');
}

function checkChecksum(dataset: Parsed, actual: string, text: string | undefined): void {
  if (actual !== dataset.meta.sha256) {
    // Bytes that were not UTF-8, replaced when the file was read as text, change the hash: say so.
    const replaced = text?.indexOf('\ufffd') ?? -1;
    const hint = replaced >= 0
      ? `; the text holds U+FFFD, the replacement character, on line ${text!.slice(0, replaced).split('\n').length}: bytes that were not valid UTF-8 were replaced when the file was read (pass its bytes, readFileSync(file) without 'utf8', to have them named)`
      : '; the file was changed after it was built (pass { verifyChecksum: false } to load an edited file on purpose)';
    throw new DatasetValidationError(
      `dataset checksum mismatch: meta.sha256 says ${dataset.meta.sha256} but the content hashes to ${actual}${hint}`,
    );
  }
}

/** The integrity rules, then the dataset frozen. */
function checked(dataset: Parsed, options: LoadDatasetOptions, frozen: boolean): AnyDataset {
  if (options.checkIntegrity !== false) {
    const problems = lintDataset(dataset).map((p) => clip(formatProblem(p), MAX_LINE));
    if (problems.length) throw new DatasetValidationError(`dataset fails ${problems.length} integrity check(s):`, problems);
  }
  return frozen ? rememberDeepFrozen(dataset) : deepFreeze(dataset);
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
  // Bounded: the input may be a huge or deeply nested value, or a BigInt JSON.stringify refuses.
  if (issue.input === undefined) return `${where}: ${issue.message}`;
  // zod may already say "received number": name the value there instead of saying "received" twice.
  const received = describeValue(issue.input, 60);
  const typed = /, received \w+$/.exec(issue.message);
  return typed ? `${where}: ${issue.message.slice(0, typed.index)}, received ${received}` : `${where}: ${issue.message}, received ${received}`;
}

/** Longest problem line: ids and keys in a message are the file's own text, of any length. */
const MAX_LINE = 500;
const clip = (text: string, max = MAX_LINE) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What a value that is no dataset is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (${describeValue(value, 40)})`;
  if (ArrayBuffer.isView(value)) return `a view of binary data (${value.constructor?.name ?? 'typed array'}), not a Uint8Array`;
  return `${typeof value === 'bigint' ? 'a bigint' : `a ${typeof value}`} (${describeValue(value, 40)})`;
}

const OPTION_KEYS = ['verifyChecksum', 'checkIntegrity'] as const;

/** Options must be a plain object of booleans: a typo or `null` is an error, not a silent default. */
function checkLoadOptions(options: unknown): asserts options is LoadDatasetOptions {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('options', `an object with any of the keys ${OPTION_KEYS.join(', ')}`, options);
  }
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(`options.${key}`, `one of the keys ${OPTION_KEYS.join(', ')}`, key);
    }
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== 'boolean') throw new InvalidArgumentError(`options.${key}`, 'true or false', value);
  }
}
