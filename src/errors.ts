import { describeValue } from './util/describe.js';

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
    super(`${argument}: unknown ${kind} "${received}"${expected ? `: expected ${expected}` : ''}${didYouMean(suggestions)}`);
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
  // Bounded and depth-limited: a deep or huge value can neither overflow the stack nor make a huge message.
  return describeValue(value, 80);
}
