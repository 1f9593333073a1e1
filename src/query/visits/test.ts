import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { visits } from './index.js';

const ids = (list: readonly { id: string }[]) => list.map((v) => v.id);

describe('visits', () => {
  it('returns every visit, by start date then id, when no filter is given', () => {
    const all = visits(ds);
    expect(all).toHaveLength(ds.visits.length);
    expect(all[0]!.id).toBe('hsg-visit-100');
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.start <= all[i]!.start).toBe(true);
    // Same start: by id.
    expect(ids(all).indexOf('austin-2021-03-15-jp')).toBeLessThan(ids(all).indexOf('hsg-travel-3992'));
  });

  it("answers where Blinken was in November 2023 (overlap semantics, the home stay included)", () => {
    expect(ids(visits(ds, { person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }))).toEqual([
      'hsg-travel-4177', 'hsg-travel-4178', 'hsg-travel-4181', 'hsg-travel-4182', 'hsg-travel-4183', 'blinken-2023-11-15-us', 'hsg-travel-4184',
    ]);
  });

  it('matches a visit that overlaps either end of the range', () => {
    // 4178 runs 11-03..11-04: it overlaps a range ending on the 3rd and one starting on the 4th.
    expect(ids(visits(ds, { person: 'blinken-antony-j', to: '2023-11-03', from: '2023-11-03' }))).toEqual(['hsg-travel-4177', 'hsg-travel-4178']);
    expect(ids(visits(ds, { person: 'blinken-antony-j', from: '2023-11-04', to: '2023-11-04' }))).toEqual(['hsg-travel-4178']);
  });

  it('filters by country (any case), region, subregion and kind', () => {
    expect(ids(visits(ds, { country: 'jp' }))).toEqual(['austin-2021-03-15-jp', 'hsg-travel-3992', 'hsg-travel-4181']);
    expect(ids(visits(ds, { country: ['JP', 'KR'], person: 'blinken-antony-j', from: '2023-01-01' }))).toEqual(['hsg-travel-4181', 'hsg-travel-4182']);
    expect(ids(visits(ds, { region: 'europe' }))).toEqual(['hsg-travel-3994', 'hsg-travel-4184']);
    expect(ids(visits(ds, { subregion: 'Western Asia' }))).toEqual(['hsg-travel-4177', 'hsg-travel-4178']);
    expect(ids(visits(ds, { kind: 'foreign-leader-visit' }))).toEqual(['hsg-visit-100', 'hsg-visit-900']);
    expect(ids(visits(ds, { kind: ['president-travel', 'official-travel'], from: '2023-01-01' }))).toEqual(['hsg-travel-5001', 'blinken-2023-11-15-us']);
  });

  it("filters by part of the traveller's name, ignoring case and accents", () => {
    expect(ids(visits(ds, { traveler: 'ERDOGAN' }))).toEqual(['hsg-visit-900']);
    expect(ids(visits(ds, { traveler: 'Erdoğan' }))).toEqual(['hsg-visit-900']);
    expect(ids(visits(ds, { traveler: 'austin' }))).toEqual(['austin-2021-03-15-jp', 'austin-2021-03-17-kr']);
  });

  it('filters by issue: linked to the visit, its trip or its events, child issues included', () => {
    // middle-east has the child israel-hamas-war, linked to the November 2023 trip.
    expect(ids(visits(ds, { issue: 'middle-east' }))).toEqual(['hsg-travel-4177', 'hsg-travel-4178', 'hsg-travel-4181', 'hsg-travel-4182', 'hsg-travel-4183']);
    // russia-ukraine-war is linked to the G7 event only: the visit that names the event.
    expect(ids(visits(ds, { issue: 'russia-ukraine-war' }))).toEqual(['hsg-travel-4181']);
    // us-china-communication's child military-communication is linked to the summit.
    expect(ids(visits(ds, { issue: 'us-china-communication' }))).toEqual(['blinken-2023-11-15-us']);
    expect(ids(visits(ds, { issue: 'north-korea', person: 'austin-lloyd-j' }))).toEqual([]);
  });

  it('filters by event and by trip', () => {
    expect(ids(visits(ds, { event: 'us-japan-2plus2-2021-03-16' }))).toEqual(['austin-2021-03-15-jp', 'hsg-travel-3992']);
    expect(ids(visits(ds, { trip: 'austin-lloyd-j-2021-03-15' }))).toEqual(['austin-2021-03-15-jp', 'austin-2021-03-17-kr']);
  });

  it('returns the dataset records themselves, frozen, in a new array each call', () => {
    const first = visits(ds, { person: 'austin-lloyd-j' });
    expect(first[0]).toBe(ds.visits.find((v) => v.id === 'austin-2021-03-15-jp'));
    expect(Object.isFrozen(first[0])).toBe(true);
    (first as unknown[]).push(first[0]!);
    (first as unknown[]).reverse();
    expect(ids(visits(ds, { person: 'austin-lloyd-j' }))).toEqual(['austin-2021-03-15-jp', 'austin-2021-03-17-kr']);
    expect(() => {
      (first[0] as { country: string }).country = 'XX';
    }).toThrow(TypeError);
  });

  it('refuses bad input, naming the argument and the nearest valid values', () => {
    expect(() => visits(ds, { person: 'blinkn' })).toThrow(UnknownIdError);
    expect(() => visits(ds, { person: 'blinken' })).toThrow(/filter\.person: unknown person "blinken".*did you mean "blinken-antony-j"/);
    expect(() => visits(ds, { from: '2023-13-01' })).toThrow(InvalidArgumentError);
    expect(() => visits(ds, { from: '2023-02-30' })).toThrow(/filter\.from: expected a real calendar date/);
    expect(() => visits(ds, { from: '2023-12-01', to: '2023-11-01' })).toThrow(/filter\.to: .*reversed/);
    expect(() => visits(ds, { kind: 'secretary' as never })).toThrow(/filter\.kind: .*did you mean "secretary-travel"/);
    expect(() => visits(ds, { persn: 'x' } as never)).toThrow(/filter\.persn: .*did you mean "person"/);
  });
});
