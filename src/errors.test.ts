// The error classes, their codes and the guards. Errors of a second copy of the
// library (CJS next to ESM) are checked against the built files in tests/dual-package.test.ts.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './dataset/load-dataset.js';
import {
  DatasetValidationError,
  DiplomaticVisitsError,
  InvalidArgumentError,
  UnknownIdError,
  isDatasetValidationError,
  isDiplomaticVisitsError,
  isInvalidArgumentError,
  isUnknownIdError,
} from './errors.js';
import { smallDataset as ds } from '../tests/fixtures/small-dataset.js';
import { visits } from './query/visits/index.js';

const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

const guards = { isDiplomaticVisitsError, isInvalidArgumentError, isUnknownIdError, isDatasetValidationError };
type Guard = keyof typeof guards;
const verdicts = (value: unknown) => Object.fromEntries(Object.entries(guards).map(([name, guard]) => [name, guard(value)]));
const only = (...names: Guard[]) => Object.fromEntries(Object.keys(guards).map((name) => [name, names.includes(name as Guard)]));

/** What another copy of the library throws: same brand, same code, its own class. */
function fromAnotherCopy(name: string, code: string): Error {
  class Foreign extends Error {}
  Object.defineProperty(Foreign.prototype, Symbol.for('diplomatic-visits.error'), { value: true });
  return Object.assign(new Foreign('from another copy'), { name, code });
}

describe('error codes', () => {
  const cases: [what: string, error: unknown, name: string, code: string, guards: Guard[]][] = [
    ['an unknown id', thrown(() => visits(ds, { person: 'blinkn' as never })), 'UnknownIdError', 'ERR_DV_UNKNOWN_ID', ['isDiplomaticVisitsError', 'isUnknownIdError']],
    ['a bad date', thrown(() => visits(ds, { from: '2023-13-01' })), 'InvalidArgumentError', 'ERR_DV_INVALID_ARGUMENT', ['isDiplomaticVisitsError', 'isInvalidArgumentError']],
    ['a reversed range', thrown(() => visits(ds, { from: '2023-11-30', to: '2023-11-01' })), 'InvalidArgumentError', 'ERR_DV_REVERSED_RANGE', ['isDiplomaticVisitsError', 'isInvalidArgumentError']],
    ['a dataset that fails its schema', thrown(() => loadDataset('{}')), 'DatasetValidationError', 'ERR_DV_DATASET_VALIDATION', ['isDiplomaticVisitsError', 'isDatasetValidationError']],
    ['an unreadable bundled dataset', new DiplomaticVisitsError('cannot read', 'ERR_DV_DATASET_UNAVAILABLE'), 'DiplomaticVisitsError', 'ERR_DV_DATASET_UNAVAILABLE', ['isDiplomaticVisitsError']],
  ];

  it.each(cases)('%s: name, code and guards', (_what, error, name, code, names) => {
    const e = error as DiplomaticVisitsError;
    expect(e).toBeInstanceOf(DiplomaticVisitsError);
    expect(e.name).toBe(name);
    expect(e.constructor.name).toBe(name);
    expect(e.code).toBe(code);
    expect(String(e).startsWith(`${name}: `)).toBe(true);
    expect(inspect(e).startsWith(`${name}: `)).toBe(true);
    expect(inspect(e)).toContain(`code: '${code}'`);
    expect(verdicts(e)).toEqual(only(...names));
  });

  it('a reversed range names its start; other invalid arguments carry no such field', () => {
    const reversed = thrown(() => visits(ds, { from: '2023-11-30', to: '2023-11-01' })) as InvalidArgumentError;
    expect(reversed.argument).toBe('filter.to');
    expect(reversed.received).toBe('2023-11-01');
    expect(reversed.rangeStart).toEqual({ argument: 'filter.from', value: '2023-11-30' });
    const bad = thrown(() => visits(ds, { from: '2023-13-01' })) as InvalidArgumentError;
    expect('rangeStart' in bad).toBe(false);
    expect(inspect(bad)).not.toContain('rangeStart');
  });

  it('keeps the brand off the instance, so it shows in no output', () => {
    const e = new UnknownIdError('x', 'person', 'y', []);
    expect(Object.getOwnPropertySymbols(e)).toEqual([]);
    expect(inspect(e)).not.toContain('diplomatic-visits.error');
    expect(JSON.stringify(e)).toContain('"code":"ERR_DV_UNKNOWN_ID"');
  });
});

describe('guards', () => {
  it('recognise the errors of another copy by brand and code, not by class', () => {
    expect(verdicts(fromAnotherCopy('UnknownIdError', 'ERR_DV_UNKNOWN_ID'))).toEqual(only('isDiplomaticVisitsError', 'isUnknownIdError'));
    expect(verdicts(fromAnotherCopy('InvalidArgumentError', 'ERR_DV_REVERSED_RANGE'))).toEqual(only('isDiplomaticVisitsError', 'isInvalidArgumentError'));
    expect(verdicts(fromAnotherCopy('DatasetValidationError', 'ERR_DV_DATASET_VALIDATION'))).toEqual(only('isDiplomaticVisitsError', 'isDatasetValidationError'));
    // a code a later version adds is still one of ours, of no class this version knows
    expect(verdicts(fromAnotherCopy('DiplomaticVisitsError', 'ERR_DV_SOMETHING_NEW'))).toEqual(only('isDiplomaticVisitsError'));
  });

  it('refuse look-alikes: the right name or code without the brand, the brand without our code', () => {
    const lookAlikes: unknown[] = [
      Object.assign(new Error('x'), { name: 'UnknownIdError', code: 'ERR_DV_UNKNOWN_ID' }),
      { name: 'InvalidArgumentError', code: 'ERR_DV_INVALID_ARGUMENT', message: 'x' },
      fromAnotherCopy('UnknownIdError', 'ENOENT'),
      fromAnotherCopy('UnknownIdError', undefined as never),
      new Error('filter.person: unknown person "x"'),
      new TypeError('x'),
    ];
    for (const value of lookAlikes) expect(verdicts(value), inspect(value)).toEqual(only());
  });

  it('answer false, never throw, for anything that can be thrown', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = { get [Symbol.for('diplomatic-visits.error')]() { throw new Error('boom'); } };
    const values: unknown[] = [undefined, null, 0, '', 'ERR_DV_UNKNOWN_ID', Symbol('x'), () => {}, [], {}, proxy, hostile, Object.create(null)];
    for (const value of values) expect(verdicts(value)).toEqual(only());
  });

  it('narrow the type', () => {
    const error: unknown = thrown(() => visits(ds, { person: 'blinkn' as never }));
    if (!isUnknownIdError(error)) throw new Error('expected an UnknownIdError');
    const suggestions: readonly string[] = error.suggestions;
    const code: 'ERR_DV_UNKNOWN_ID' = error.code;
    expect([code, suggestions[0]]).toEqual(['ERR_DV_UNKNOWN_ID', 'blinken-antony-j']);
    const other: unknown = new DatasetValidationError('bad', ['a: b']);
    if (isDatasetValidationError(other)) expect(other.problems).toEqual(['a: b']);
    else throw new Error('expected a DatasetValidationError');
  });
});
