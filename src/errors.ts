import { clip } from './util/terminal.js';

/** Base class of every error this library throws on purpose. */
export class DiplomaticVisitsError extends Error {
  override name = 'DiplomaticVisitsError';
}

/** An argument a caller passed is malformed: a bad date, a reversed range, an unknown option. */
export class InvalidArgumentError extends DiplomaticVisitsError {
  override name = 'InvalidArgumentError';
  constructor(
    /** The argument at fault, e.g. `filter.from`. */
    readonly argument: string,
    /** What was expected, in words. */
    readonly expected: string,
    /** What was received. */
    readonly received: unknown,
    /** Valid values close to the one received, best first. */
    readonly suggestions: readonly string[] = [],
  ) {
    super(`${argument}: expected ${expected}, received ${describe(received)}${didYouMean(suggestions)}`);
  }
}

/** An id that the dataset does not hold, with the nearest valid ones. */
export class UnknownIdError extends DiplomaticVisitsError {
  override name = 'UnknownIdError';
  constructor(
    readonly argument: string,
    /** What kind of id: `person`, `country`, `issue`, `trip`, ... */
    readonly kind: string,
    readonly received: string,
    readonly suggestions: readonly string[],
    /** What a valid value looks like, in words, e.g. `a person id such as "blinken-antony-j"`. */
    readonly expected?: string,
  ) {
    super(`${argument}: unknown ${kind} "${clip(String(received))}"${expected ? `: expected ${expected}` : ''}${didYouMean(suggestions)}`);
  }
}

/** A dataset file that fails its schema, its checksum or its schema version. */
export class DatasetValidationError extends DiplomaticVisitsError {
  override name = 'DatasetValidationError';
  constructor(
    message: string,
    /** One line per failure: the path that failed and what was expected. */
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}` : message);
  }
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  // JSON would show NaN and Infinity as null, and cannot show a bigint.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 79)}…` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
