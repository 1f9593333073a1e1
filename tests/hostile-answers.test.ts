// Hostile input to the library (issue 11): each class of value that once gave
// a silent wrong answer, a raw TypeError or a changed caller object, one case
// each. Every one must now be a library error (a DiplomaticVisitsError) that
// names the argument, or a correct answer that leaves the caller's objects alone.
import { describe, expect, it } from 'vitest';
import { DatasetValidationError, DiplomaticVisitsError, InvalidArgumentError } from '../src/errors.js';
import * as q from '../src/query/index.js';
import { dataReleaseType, diffDatasets, diffToMarkdown, diffToText } from '../src/diff/index.js';
import { deepFreeze, isDeepFrozen } from '../src/dataset/freeze.js';
import type { Dataset } from '../src/schemas/types.js';
import { freshSmallDataset, smallDataset as ds } from './fixtures/small-dataset.js';

const any = <T>(value: unknown) => value as T;

/** The error a call throws (failing the test when it throws none or a raw one). */
function libraryError(call: () => unknown): DiplomaticVisitsError {
  try {
    call();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(DiplomaticVisitsError);
    return error as DiplomaticVisitsError;
  }
  throw new Error('expected a library error, got an answer');
}

describe('silent answers are refused', () => {
  it.each([
    ['visits person', () => q.visits(ds, { person: any([]) }), 'filter.person'],
    ['visits country', () => q.visits(ds, { country: any([]) }), 'filter.country'],
    ['visits travelerCountry', () => q.visits(ds, { travelerCountry: any([]) }), 'filter.travelerCountry'],
    ['visits kind', () => q.visits(ds, { kind: any([]) }), 'filter.kind'],
    ['trips person', () => q.trips(ds, { person: any([]) }), 'filter.person'],
    ['trips country', () => q.trips(ds, { country: any([]) }), 'filter.country'],
    ['events kind', () => q.events(ds, { kind: any([]) }), 'filter.kind'],
    ['events country', () => q.events(ds, { country: any([]) }), 'filter.country'],
    ['search types', () => q.search(ds, 'tokyo', { types: [] }), 'options.types'],
    ['firstVisit by.person', () => q.firstVisit(ds, { person: any([]) }, 'JP'), 'by.person'],
  ])('an empty list (%s): it would match nothing', (_, call, argument) => {
    const error = libraryError(call);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(error.message).toMatch(/an empty list matches nothing/);
  });

  it('a hole in a sparse list is refused, not skipped (found by the property tests)', () => {
    const error = libraryError(() => q.visits(ds, { travelerCountry: any([, 'JP']) }));
    expect((error as InvalidArgumentError).argument).toBe('filter.travelerCountry[0]');
    expect((libraryError(() => q.search(ds, 'tokyo', { types: any([, 'visit']) })) as InvalidArgumentError).argument).toBe('options.types[0]');
  });

  it.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['a no-break space and a new line', '\u00a0\n'],
    ['accents alone (nothing left once folded)', '\u0301\u0308'],
  ])('blank text as a traveller or a place (%s): it would match everything', (_, text) => {
    expect((libraryError(() => q.visits(ds, { traveler: text })) as InvalidArgumentError).argument).toBe('filter.traveler');
    expect((libraryError(() => q.visits(ds, { locality: text })) as InvalidArgumentError).argument).toBe('filter.locality');
    expect((libraryError(() => q.trips(ds, { traveler: text })) as InvalidArgumentError).argument).toBe('filter.traveler');
    expect((libraryError(() => q.firstVisit(ds, { traveler: text }, 'JP')) as InvalidArgumentError).argument).toBe('by.traveler');
  });

  it('blank ids: refused as what they are, not looked up', () => {
    expect(libraryError(() => q.visits(ds, { person: any(' ') }))).toBeInstanceOf(InvalidArgumentError);
    expect(libraryError(() => q.tripOf(ds, ' '))).toBeInstanceOf(InvalidArgumentError);
    expect(libraryError(() => q.discrepancies(ds, { type: 'source', id: ' ' }))).toBeInstanceOf(InvalidArgumentError);
  });

  it.each([
    ['a Date', new Date('2023-11-01')],
    ['an array', ['blinken-antony-j']],
    ['a Map', new Map([['person', 'blinken-antony-j']])],
    ['a class instance', new (class Filter { person = 'blinken-antony-j'; })()],
    ['a regular expression', /blinken/],
    ['a boxed string', Object('blinken-antony-j')],
  ])('%s as the filter object: its keys say nothing, so it is refused', (_, filter) => {
    for (const call of [
      () => q.visits(ds, any(filter)),
      () => q.trips(ds, any(filter)),
      () => q.events(ds, any(filter)),
      () => q.visitsForIssue(ds, 'north-korea', any(filter)),
      () => q.tripsForIssue(ds, 'north-korea', any(filter)),
      () => q.daysAbroad(ds, 'blinken-antony-j', any(filter)),
      () => q.countriesVisited(ds, 'blinken-antony-j', any(filter)),
      () => q.timeline(ds, 'blinken-antony-j', any(filter)),
      () => q.counterparts(ds, 'blinken-antony-j', any(filter)),
      () => q.firstVisit(ds, any(filter), 'JP'),
      () => q.issuesOf(ds, 'blinken-antony-j-2021-03-15', any(filter)),
      () => q.search(ds, 'tokyo', any(filter)),
      () => q.issuesOf(ds, any(filter)),
      () => q.discrepancies(ds, any(filter)),
    ]) {
      expect(libraryError(call)).toBeInstanceOf(InvalidArgumentError);
    }
  });

  it('an object literal made with Object.create(null) is a plain object, and works', () => {
    const filter = Object.assign(Object.create(null) as Record<string, unknown>, { person: 'austin-lloyd-j' });
    expect(q.visits(ds, any(filter))).toEqual(q.visits(ds, { person: 'austin-lloyd-j' }));
  });

  it('a stray issue in the filter of visitsForIssue / tripsForIssue is refused, not overridden', () => {
    expect((libraryError(() => q.visitsForIssue(ds, 'taiwan', any({ issue: 'north-korea' }))) as InvalidArgumentError).argument).toBe('filter.issue');
    expect((libraryError(() => q.tripsForIssue(ds, 'taiwan', any({ issue: 'north-korea' }))) as InvalidArgumentError).argument).toBe('filter.issue');
  });

  it('an extra key in a subject is refused', () => {
    expect((libraryError(() => q.issuesOf(ds, any({ type: 'trip', id: 'blinken-antony-j-2021-03-15', relation: 'agenda' }))) as InvalidArgumentError).argument).toBe('subject.relation');
  });

  it.each(['no', 0, 1, 'false', null])('a boolean option given %j is refused, not taken as true', (value) => {
    expect((libraryError(() => q.issuesOf(ds, 'blinken-antony-j-2021-03-15', { inherited: any(value) })) as InvalidArgumentError).argument).toBe('options.inherited');
    expect((libraryError(() => q.trips(ds, { derived: any(value) })) as InvalidArgumentError).argument).toBe('filter.derived');
  });

  it.each([1.5, 0, -1, NaN, Infinity, '2', 2n])('a limit of %s hits is refused: whole numbers only', (limit) => {
    const error = libraryError(() => q.search(ds, 'tokyo', { limit: any(limit) }));
    expect((error as InvalidArgumentError).argument).toBe('options.limit');
  });

  it('limit: 1 gives one hit, and limit: 2 two', () => {
    expect(q.search(ds, 'blinken', { limit: 1 })).toHaveLength(1);
    expect(q.search(ds, 'blinken', { limit: 2 })).toHaveLength(2);
  });
});

describe('no raw TypeError', () => {
  it('search types given as one string: a library error that suggests the list', () => {
    const error = libraryError(() => q.search(ds, 'tokyo', { types: any('visit') }));
    expect(error.message).toMatch(/options\.types: expected a list of search types/);
    expect(error.message).toContain('did you mean "["visit"]"');
  });

  it.each([null, undefined, 42, 'diff', {}, { summary: {} }])('diffToText, diffToMarkdown and dataReleaseType of %j', (value) => {
    expect(libraryError(() => diffToText(any(value)))).toBeInstanceOf(InvalidArgumentError);
    expect(libraryError(() => diffToMarkdown(any(value)))).toBeInstanceOf(InvalidArgumentError);
    expect(libraryError(() => dataReleaseType(any(value)))).toBeInstanceOf(InvalidArgumentError);
  });

  it('a diff formatter refuses a bad maxIds', () => {
    const diff = diffDatasets(ds, ds);
    expect((libraryError(() => diffToText(diff, { maxIds: 1.5 })) as InvalidArgumentError).argument).toBe('options.maxIds');
    expect((libraryError(() => diffToMarkdown(diff, any({ maxIds: 2, max: 3 }))) as InvalidArgumentError).argument).toBe('options');
  });

  it('a dataset that names records it does not hold (integrity unchecked): a DatasetValidationError, not a TypeError', () => {
    const broken = freshSmallDataset();
    const visit = broken.visits.find((v) => v.traveler.personId === 'blinken-antony-j' && v.tripId)!;
    (visit as { tripId?: string }).tripId = 'no-such-trip';
    broken.issueLinks[0]!.issueId = 'no-such-issue' as never;
    broken.countries = broken.countries.filter((c) => c.code !== 'JP');
    const timeline = libraryError(() => q.timeline(broken, 'blinken-antony-j'));
    expect(timeline).toBeInstanceOf(DatasetValidationError);
    expect(timeline.message).toMatch(/names trip "no-such-trip", which the dataset does not hold.*checkIntegrity: false/);
    expect(libraryError(() => q.evidenceFor(broken, broken.issueLinks[0]!.id))).toBeInstanceOf(DatasetValidationError);
    expect(libraryError(() => q.itinerary(broken, 'blinken-antony-j-2021-03-15'))).toBeInstanceOf(DatasetValidationError);
    expect(libraryError(() => q.countriesVisited(broken, 'blinken-antony-j'))).toBeInstanceOf(DatasetValidationError);
  });

  it('a dataset holding a value that is not JSON data is refused by name', () => {
    const odd = freshSmallDataset() as unknown as { visits: Record<string, unknown>[] };
    odd.visits[1]!.when = new Date(0);
    const error = libraryError(() => q.visits(any<never>(odd)));
    expect(error.message).toContain('a Date object at dataset.visits[1].when');
    const cyclic = freshSmallDataset() as unknown as { meta: Record<string, unknown> };
    cyclic.meta.self = cyclic;
    expect(libraryError(() => q.visits(any<never>(cyclic))).message).toMatch(/received "a cycle, or nesting over 64 levels, at dataset\.meta\.self\.meta/);
  });

  it.each([null, [], 'dataset', { visits: [] }])('a dataset argument of %j', (value) => {
    expect(libraryError(() => q.visits(any<never>(value)))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('messages say what was received, once', () => {
  it('NaN, Infinity and bigints are shown as themselves, not as null', () => {
    expect(libraryError(() => q.search(ds, 'tokyo', { limit: NaN })).message).toMatch(/received NaN$/);
    expect(libraryError(() => q.search(ds, 'tokyo', { limit: -Infinity })).message).toMatch(/received -Infinity$/);
    expect(libraryError(() => q.search(ds, 'tokyo', { limit: any(10n) })).message).toMatch(/received 10n$/);
    expect(libraryError(() => q.visits(ds, { person: any(Symbol('who')) })).message).toMatch(/received Symbol\(who\)$/);
  });

  it('an unknown id is echoed at most 80 characters', () => {
    const error = libraryError(() => q.visits(ds, { person: any('x'.repeat(100_000)) }));
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain(`"${'x'.repeat(79)}…"`);
  });
});

describe('immutability', () => {
  it('deepFreeze freezes inside an object frozen at the top only', () => {
    const top = Object.freeze(JSON.parse(JSON.stringify(ds)) as Dataset);
    deepFreeze(top);
    expect(Object.isFrozen(top.visits[0])).toBe(true);
    expect(Object.isFrozen(top.visits[0]!.traveler)).toBe(true);
  });

  it('a dataset frozen at the top only: the helpers read a frozen copy, so no result can change a later answer', () => {
    const top = Object.freeze(freshSmallDataset());
    expect(isDeepFrozen(top)).toBe(false);
    const [visit] = q.visits(top, { person: 'blinken-antony-j', country: 'CN' });
    expect(Object.isFrozen(visit)).toBe(true);
    expect(() => {
      (visit as { country: string }).country = 'FR';
    }).toThrow(TypeError);
    expect(q.visits(top, { person: 'blinken-antony-j', country: 'CN' })[0]!.country).toBe('CN');
    expect(q.visits(top, { country: 'JP' }).map((v) => v.id)).not.toContain(visit!.id);
  });

  it("never freezes or changes the caller's object; changing it later changes no answer", () => {
    const mine = freshSmallDataset();
    const before = JSON.stringify(mine);
    const answer = q.visits(mine, { person: 'austin-lloyd-j' }).map((v) => v.id);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.visits)).toBe(false);
    expect(Object.isFrozen(mine.visits[0]!.traveler)).toBe(false);
    expect(JSON.stringify(mine)).toBe(before);
    mine.visits.length = 0;
    expect(q.visits(mine, { person: 'austin-lloyd-j' }).map((v) => v.id)).toEqual(answer);
  });

  it('a dataset frozen at every depth is used as it is: results are its own records', () => {
    expect(isDeepFrozen(ds)).toBe(true);
    expect(q.visits(ds)[0]).toBe(ds.visits.find((v) => v.id === q.visits(ds)[0]!.id));
  });

  it('the exported helpers object cannot be changed', () => {
    expect(Object.isFrozen(q.helpers)).toBe(true);
    expect(() => {
      (q.helpers as { visits: unknown }).visits = () => [];
    }).toThrow(TypeError);
    expect(q.bind(ds).visits().length).toBe(ds.visits.length);
  });

  it('filter objects are read, never changed or frozen', () => {
    const filter = { person: ['blinken-antony-j', 'austin-lloyd-j'], from: '2021-01-01' };
    q.visits(ds, any(filter));
    q.trips(ds, any(filter));
    expect(Object.isFrozen(filter)).toBe(false);
    expect(filter).toEqual({ person: ['blinken-antony-j', 'austin-lloyd-j'], from: '2021-01-01' });
  });
});

describe('diffDatasets', () => {
  it('a record that is not an object is refused by its place, not read into a TypeError', () => {
    const broken = freshSmallDataset() as unknown as { visits: unknown[] };
    broken.visits[2] = null;
    const error = libraryError(() => diffDatasets(ds, any(broken)));
    expect((error as InvalidArgumentError).argument).toBe('b.visits[2]');
  });
});
