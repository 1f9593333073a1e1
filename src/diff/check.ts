// Arguments of the diff formatters and of dataReleaseType: a diff made by
// diffDatasets, checked for the parts they read, so a wrong value is a
// library error rather than a TypeError deep inside.
import { InvalidArgumentError } from '../errors.js';
import { COLLECTIONS } from '../schemas/collections.js';
import type { DatasetDiff } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkDiff(argument: string, value: unknown): asserts value is DatasetDiff {
  const expected = 'a diff made by diffDatasets(a, b)';
  if (!isObject(value) || !isObject(value.summary) || !isObject(value.summary.byCollection) || !isObject(value.collections) || !isObject(value.from) || !isObject(value.to)) {
    throw new InvalidArgumentError(argument, expected, value);
  }
  for (const name of COLLECTIONS) {
    const c = value.collections[name];
    if (!isObject(c) || !Array.isArray(c.added) || !Array.isArray(c.removed) || !Array.isArray(c.changed) || !isObject(value.summary.byCollection[name])) {
      throw new InvalidArgumentError(`${argument}.collections.${name}`, `the ${name} of ${expected}`, c);
    }
  }
}

/** `options.maxIds`: a whole number, 0 or more. */
export function checkMaxIds(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  if (!isObject(options) || Object.keys(options).some((k) => k !== 'maxIds')) throw new InvalidArgumentError('options', 'an object with the key maxIds', options);
  const max = options.maxIds;
  if (max === undefined) return undefined;
  if (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 0) throw new InvalidArgumentError('options.maxIds', 'a whole number, 0 or more', max);
  return max;
}
