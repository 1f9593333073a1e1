// Bad input to the query helpers: the right error class, a message that names
// the argument and what was expected, and for ids the nearest valid ones.
import { describe, expect, it } from 'vitest';
import { DiplomaticVisitsError, InvalidArgumentError, UnknownIdError, isDiplomaticVisitsError, isInvalidArgumentError, isUnknownIdError } from '../src/errors.js';
import * as q from '../src/query/index.js';
import { smallDataset as ds } from './fixtures/small-dataset.js';

type Case = [
  what: string,
  call: () => unknown,
  error: typeof InvalidArgumentError | typeof UnknownIdError,
  argument: string,
  suggestion: string | undefined,
];
const any = <T>(value: unknown) => value as T;

const cases: Case[] = [
  ['a month that does not exist', () => q.visits(ds, { from: '2023-13-01' }), InvalidArgumentError, 'filter.from', undefined],
  ['words instead of a date', () => q.visits(ds, { to: 'last week' }), InvalidArgumentError, 'filter.to', undefined],
  ['a day that does not exist', () => q.trips(ds, { from: '2023-02-30' }), InvalidArgumentError, 'filter.from', undefined],
  ['a date in another format', () => q.events(ds, { from: '11/01/2023' }), InvalidArgumentError, 'filter.from', undefined],
  ['a reversed range', () => q.visits(ds, { from: '2023-11-30', to: '2023-11-01' }), InvalidArgumentError, 'filter.to', undefined],
  ['a reversed range (range argument)', () => q.daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-30', to: '2023-11-01' }), InvalidArgumentError, 'range.to', undefined],
  ['a person id typo', () => q.visits(ds, { person: any('blinken-anthony-j') }), UnknownIdError, 'filter.person', 'blinken-antony-j'],
  ['a surname for a person id', () => q.visits(ds, { person: any('blinken') }), UnknownIdError, 'filter.person', 'blinken-antony-j'],
  ['a name for a person id', () => q.timeline(ds, any('Lloyd Austin')), UnknownIdError, 'person', 'austin-lloyd-j'],
  ['one person of several unknown', () => q.visits(ds, { person: any(['austin-lloyd-j', 'wangyi']) }), UnknownIdError, 'filter.person[1]', 'wang-yi'],
  ['a country name for a code', () => q.visits(ds, { country: any('Japan') }), UnknownIdError, 'filter.country', 'JP'],
  ['a historian slug for a code', () => q.visits(ds, { country: any('korea-south') }), UnknownIdError, 'filter.country', 'KR'],
  ['an unknown country code', () => q.firstVisit(ds, { person: 'blinken-antony-j' }, any('JPN')), UnknownIdError, 'country', 'JP'],
  ['a region typo', () => q.visits(ds, { region: 'Eurpoe' }), UnknownIdError, 'filter.region', 'Europe'],
  ['a subregion typo', () => q.trips(ds, { subregion: 'Eastern Asai' }), UnknownIdError, 'filter.subregion', 'Eastern Asia'],
  ['an issue typo', () => q.visits(ds, { issue: any('north-corea') }), UnknownIdError, 'filter.issue', 'north-korea'],
  ['an issue alias', () => q.trips(ds, { issue: any('DPRK') }), UnknownIdError, 'filter.issue', 'north-korea'],
  ['an event prefix', () => q.visits(ds, { event: 'g7-foreign-ministers' }), UnknownIdError, 'filter.event', 'g7-foreign-ministers-2023-11-07'],
  ['a trip id typo', () => q.itinerary(ds, 'austin-lloyd-j-2021-03-51'), UnknownIdError, 'tripId', 'austin-lloyd-j-2021-03-15'],
  ['a visit id typo', () => q.tripOf(ds, 'hsg-travel-41811'), UnknownIdError, 'visitId', 'hsg-travel-4181'],
  ['a link id prefix', () => q.evidenceFor(ds, 'link-2021-03-trip-north'), UnknownIdError, 'linkId', 'link-2021-03-trip-north-korea'],
  ['a visit kind typo', () => q.visits(ds, { kind: any('president-trip') }), InvalidArgumentError, 'filter.kind', 'president-travel'],
  ['an event kind typo', () => q.events(ds, { kind: any('bilateral') }), InvalidArgumentError, 'filter.kind', 'bilateral-meeting'],
  ['a series typo', () => q.events(ds, { series: 'G-7' }), UnknownIdError, 'filter.series', 'G7'],
  ['a traveller name that matches no one', () => q.visits(ds, { traveler: 'Blinkin' }), UnknownIdError, 'filter.traveler', 'Antony J. Blinken'],
  ['a misspelt filter key', () => q.visits(ds, any<q.VisitFilter>('x') && ({ contry: 'JP' } as never)), InvalidArgumentError, 'filter.contry', 'country'],
  ['a filter that is not an object', () => q.trips(ds, any('blinken-antony-j')), InvalidArgumentError, 'filter', undefined],
  ['a subject type typo', () => q.issuesOf(ds, { type: any('vist'), id: 'hsg-travel-4181' }), InvalidArgumentError, 'subject.type', 'visit'],
];

describe('bad input to the helpers', () => {
  it.each(cases)('%s', (what, call, errorClass, argument, suggestion) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(DiplomaticVisitsError);
    const e = error as InvalidArgumentError | UnknownIdError;
    expect(isDiplomaticVisitsError(e)).toBe(true);
    if (errorClass === UnknownIdError) expect([e.code, isUnknownIdError(e), isInvalidArgumentError(e)]).toEqual(['ERR_DV_UNKNOWN_ID', true, false]);
    else expect([e.code, isInvalidArgumentError(e), isUnknownIdError(e)]).toEqual([what.startsWith('a reversed range') ? 'ERR_DV_REVERSED_RANGE' : 'ERR_DV_INVALID_ARGUMENT', true, false]);
    expect(e.argument).toBe(argument);
    expect(e.message.startsWith(`${argument}: `)).toBe(true);
    expect(e.message).toMatch(/expected /);
    if (suggestion !== undefined) {
      expect(e.suggestions[0]).toBe(suggestion);
      expect(e.message).toContain(`did you mean "${suggestion}"`);
    }
  });

  it('never answers a typo with an empty result', () => {
    const typos: (() => unknown)[] = [
      () => q.visits(ds, { person: any('austin-lloyd') }),
      () => q.visits(ds, { country: any('cn ') }),
      () => q.trips(ds, { issue: any('taiwan') }), // not in this vocabulary
      () => q.events(ds, { person: any('xi') }),
      () => q.countriesVisited(ds, any('biden')),
    ];
    for (const call of typos) expect(call).toThrow(DiplomaticVisitsError);
  });

  it('accepts country codes and regions in any case', () => {
    expect(q.visits(ds, { country: any('jp') })).toEqual(q.visits(ds, { country: 'JP' }));
    expect(q.visits(ds, { region: 'ASIA' })).toEqual(q.visits(ds, { region: 'Asia' }));
  });

  it('refuses something that is not a dataset', () => {
    expect(() => q.visits({} as never)).toThrow(/^dataset: expected a dataset object/);
    expect(() => q.visits((() => ds) as never)).toThrow(InvalidArgumentError);
  });

  it("itinerary says a visit's or an event's id is not a trip's, and names its trip; unpadded dates find the trip", () => {
    expect(() => q.itinerary(ds, 'hsg-travel-4229')).toThrow(/tripId: unknown trip "hsg-travel-4229": expected a trip id \("hsg-travel-4229" is a visit, of the trip "blinken-antony-j-2024-04-24"\) \(did you mean "blinken-antony-j-2024-04-24"\?\)/);
    expect(() => q.itinerary(ds, 'blinken-wang-2024-04-26')).toThrow(/is an event, of the trip "blinken-antony-j-2024-04-24"/);
    let error: UnknownIdError | undefined;
    try {
      q.itinerary(ds, 'blinken-antony-j-2024-4-24');
    } catch (e) {
      error = e as UnknownIdError;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error!.suggestions[0]).toBe('blinken-antony-j-2024-04-24');
  });

  it('gives a reversed range its own code and names where the range starts', () => {
    for (const [call, end, start] of [
      [() => q.visits(ds, { from: '2023-11-30', to: '2023-11-01' }), 'filter.to', 'filter.from'],
      [() => q.daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-30', to: '2023-11-01' }), 'range.to', 'range.from'],
    ] as const) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(isInvalidArgumentError(error)).toBe(true);
      const e = error as InvalidArgumentError;
      expect([e.code, e.argument, e.received, e.rangeStart]).toEqual(['ERR_DV_REVERSED_RANGE', end, '2023-11-01', { argument: start, value: '2023-11-30' }]);
    }
    // a bad date at the end of a range is not a reversed range
    expect(() => q.visits(ds, { from: '2023-11-30', to: '2023-11-31' })).toThrow(expect.objectContaining({ code: 'ERR_DV_INVALID_ARGUMENT', argument: 'filter.to' }));
  });

  it('writes "an" before a vowel: an event kind', () => {
    expect(() => q.events(ds, { kind: any('summt') })).toThrow(/filter\.kind: expected an event kind: one of/);
  });
});
