import { clip } from './util/terminal.js';
import { describeValue } from './util/describe.js';

/**
 * The stable code of every error this library throws on purpose. Codes never
 * change meaning and are never reused; messages may be reworded at any time,
 * so programs branch on the code (or a guard such as `isUnknownIdError`),
 * never on the message.
 *
 * | code | class | thrown when |
 * |---|---|---|
 * | `ERR_DV_INVALID_ARGUMENT` | `InvalidArgumentError` | an argument is malformed: a bad date, an unknown option or kind, a wrong type |
 * | `ERR_DV_REVERSED_RANGE` | `InvalidArgumentError` | a date range ends before it starts (`rangeStart` names the start) |
 * | `ERR_DV_UNKNOWN_ID` | `UnknownIdError` | an id the dataset does not hold (`suggestions` lists the nearest) |
 * | `ERR_DV_DATASET_VALIDATION` | `DatasetValidationError` | a dataset file fails its schema, checksum, counts, integrity or schema version |
 * | `ERR_DV_DATASET_UNAVAILABLE` | `DiplomaticVisitsError` | the bundled dataset cannot be read |
 * | `ERR_DV_NO_SYNC_HASH` | `DiplomaticVisitsError` | `loadDataset` or `datasetChecksum` needs a SHA-256 the runtime lacks (a browser has only the async Web Crypto: use `loadDatasetAsync`) |
 */
export type DiplomaticVisitsErrorCode =
  | 'ERR_DV_INVALID_ARGUMENT'
  | 'ERR_DV_REVERSED_RANGE'
  | 'ERR_DV_UNKNOWN_ID'
  | 'ERR_DV_DATASET_VALIDATION'
  | 'ERR_DV_DATASET_UNAVAILABLE'
  | 'ERR_DV_NO_SYNC_HASH';

// A project that mixes `require` and `import` loads two copies of this module,
// each with its own classes, so `instanceof` fails across them. Symbol.for
// returns the same symbol in every copy (and every realm): the guards below
// check it and the code instead of the class.
const BRAND = Symbol.for('diplomatic-visits.error');

/**
 * Base class of every error this library throws on purpose. Each carries a
 * stable {@link DiplomaticVisitsErrorCode} in `code`. To recognise one, use
 * {@link isDiplomaticVisitsError} rather than `instanceof`, which fails when a
 * project loads both the CommonJS and the ESM build.
 * @example
 * import { getDataset, isDiplomaticVisitsError, visits } from 'diplomatic-visits';
 * try {
 *   visits(getDataset(), { from: '2023-13-01' });
 * } catch (error) {
 *   if (isDiplomaticVisitsError(error)) console.error(error.code, error.message);
 * }
 * //=> ['ERR_DV_INVALID_ARGUMENT filter.from: expected a real calendar date: a day YYYY-MM-DD (2023-11-01), a month YYYY-MM (2023-11), a year YYYY (2023) or a valid Date, received "2023-13-01"']
 */
export class DiplomaticVisitsError extends Error {
  override name = 'DiplomaticVisitsError';
  /** What went wrong, stably: see {@link DiplomaticVisitsErrorCode}. */
  readonly code: DiplomaticVisitsErrorCode;
  constructor(message: string, code: DiplomaticVisitsErrorCode, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
// On the prototype, not the instance: it shows in no output and costs nothing per error.
Object.defineProperty(DiplomaticVisitsError.prototype, BRAND, { value: true });

/**
 * An argument a caller passed is malformed: a bad date, a reversed range, an
 * unknown option. Code `ERR_DV_INVALID_ARGUMENT`, or `ERR_DV_REVERSED_RANGE`
 * for a range whose end (`argument`) comes before its start (`rangeStart`).
 */
export class InvalidArgumentError extends DiplomaticVisitsError {
  override name = 'InvalidArgumentError';
  declare readonly code: 'ERR_DV_INVALID_ARGUMENT' | 'ERR_DV_REVERSED_RANGE';
  /** For `ERR_DV_REVERSED_RANGE`: the start of the range, e.g. `{ argument: 'filter.from', value: '2023-11-30' }`. */
  declare readonly rangeStart?: { readonly argument: string; readonly value: string };
  constructor(
    /** The argument at fault, e.g. `filter.from`. */
    readonly argument: string,
    /** What was expected, in words. */
    readonly expected: string,
    /** What was received. */
    readonly received: unknown,
    /** Valid values close to the one received, best first. */
    readonly suggestions: readonly string[] = [],
    /** Given when `argument` is the end of a range that starts after it. */
    rangeStart?: { readonly argument: string; readonly value: string },
  ) {
    super(`${argument}: expected ${expected}, received ${describe(received)}${didYouMean(suggestions)}`, rangeStart ? 'ERR_DV_REVERSED_RANGE' : 'ERR_DV_INVALID_ARGUMENT');
    if (rangeStart) this.rangeStart = rangeStart;
  }
}

/** An id that the dataset does not hold, with the nearest valid ones. Code `ERR_DV_UNKNOWN_ID`. */
export class UnknownIdError extends DiplomaticVisitsError {
  override name = 'UnknownIdError';
  declare readonly code: 'ERR_DV_UNKNOWN_ID';
  constructor(
    readonly argument: string,
    /** What kind of id: `person`, `country`, `issue`, `trip`, ... */
    readonly kind: string,
    readonly received: string,
    readonly suggestions: readonly string[],
    /** What a valid value looks like, in words, e.g. `a person id such as "blinken-antony-j"`. */
    readonly expected?: string,
  ) {
    super(`${argument}: unknown ${kind} "${clip(String(received))}"${expected ? `: expected ${expected}` : ''}${didYouMean(suggestions)}`, 'ERR_DV_UNKNOWN_ID');
  }
}

/** A dataset file that fails its schema, its checksum or its schema version. Code `ERR_DV_DATASET_VALIDATION`. */
export class DatasetValidationError extends DiplomaticVisitsError {
  override name = 'DatasetValidationError';
  declare readonly code: 'ERR_DV_DATASET_VALIDATION';
  constructor(
    message: string,
    /** One line per failure: the path that failed and what was expected. */
    readonly problems: readonly string[] = [],
  ) {
    super(
      problems.length ? `${message}\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}` : message,
      'ERR_DV_DATASET_VALIDATION',
    );
  }
}

/** The code of a branded error of any copy of this library, else undefined. Never throws, whatever was thrown. */
function codeOf(error: unknown): string | undefined {
  try {
    if (error === null || typeof error !== 'object' || (error as Record<symbol, unknown>)[BRAND] !== true) return undefined;
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined; // a revoked proxy, a throwing getter: not ours
  }
}

/**
 * Whether `error` is an error this library threw on purpose, from any copy of
 * it (its CommonJS and ESM builds, another version): unlike `instanceof`, this
 * holds when a project loads both `dist/index.cjs` and `dist/index.js`.
 * @example
 * import { getDataset, isDiplomaticVisitsError, visits } from 'diplomatic-visits';
 * try {
 *   visits(getDataset(), { person: 'blinkn' });
 * } catch (error) {
 *   if (!isDiplomaticVisitsError(error)) throw error;
 *   console.error(`${error.code}: ${error.message}`);
 * }
 * //=> ['ERR_DV_UNKNOWN_ID: filter.person: unknown person "blinkn": expected a person id, surname first, such as "blinken-antony-j" (did you mean "blinken-antony-j"?)']
 */
export function isDiplomaticVisitsError(error: unknown): error is DiplomaticVisitsError {
  return codeOf(error)?.startsWith('ERR_DV_') ?? false;
}

/**
 * Whether `error` is an {@link InvalidArgumentError} (code
 * `ERR_DV_INVALID_ARGUMENT` or `ERR_DV_REVERSED_RANGE`) from any copy of this library.
 * @example
 * import { getDataset, isInvalidArgumentError, visits } from 'diplomatic-visits';
 * try {
 *   visits(getDataset(), { from: '2023-11-30', to: '2023-11-01' });
 * } catch (error) {
 *   if (isInvalidArgumentError(error)) error.code;
 * }
 * //=> 'ERR_DV_REVERSED_RANGE'
 */
export function isInvalidArgumentError(error: unknown): error is InvalidArgumentError {
  const code = codeOf(error);
  return code === 'ERR_DV_INVALID_ARGUMENT' || code === 'ERR_DV_REVERSED_RANGE';
}

/**
 * Whether `error` is an {@link UnknownIdError} (code `ERR_DV_UNKNOWN_ID`) from any copy of this library.
 * @example
 * import { getDataset, isUnknownIdError, visits } from 'diplomatic-visits';
 * try {
 *   visits(getDataset(), { person: 'blinkn' });
 * } catch (error) {
 *   if (isUnknownIdError(error)) error.suggestions;
 * }
 * //=> ['blinken-antony-j']
 */
export function isUnknownIdError(error: unknown): error is UnknownIdError {
  return codeOf(error) === 'ERR_DV_UNKNOWN_ID';
}

/**
 * Whether `error` is a {@link DatasetValidationError} (code `ERR_DV_DATASET_VALIDATION`) from any copy of this library.
 * @example
 * import { isDatasetValidationError, loadDataset } from 'diplomatic-visits/schemas';
 * try {
 *   loadDataset('{"meta": {"schemaVersion": 1}}');
 * } catch (error) {
 *   if (isDatasetValidationError(error)) console.error(error.problems.slice(0, 2).join('\n'));
 * }
 * //=> ['meta.name: Invalid input: expected "diplomatic-visits"\nmeta.version: Invalid input: expected string, received undefined']
 */
export function isDatasetValidationError(error: unknown): error is DatasetValidationError {
  return codeOf(error) === 'ERR_DV_DATASET_VALIDATION';
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
}

function describe(value: unknown): string {
  // Bounded and depth-limited: a deep or huge value can neither overflow the stack nor make a huge message.
  return describeValue(value, 80);
}
