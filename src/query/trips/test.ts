import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { trips } from './index.js';

const ids = (list: readonly { id: string }[]) => list.map((t) => t.id);

describe('trips', () => {
  it('returns every trip by start date then id', () => {
    expect(ids(trips(ds))).toEqual([
      'austin-lloyd-j-2021-03-15', 'blinken-antony-j-2021-03-15', 'blinken-antony-j-2023-11-03', 'blinken-antony-j-2023-11-28', 'blinken-antony-j-2024-04-24',
    ]);
  });

  it("filters by traveller and overlapping dates", () => {
    expect(ids(trips(ds, { person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }))).toEqual(['blinken-antony-j-2023-11-03', 'blinken-antony-j-2023-11-28']);
    expect(ids(trips(ds, { from: '2023-11-10', to: '2023-11-10' }))).toEqual(['blinken-antony-j-2023-11-03']);
  });

  it('matches visit criteria when one of its visits meets all of them', () => {
    expect(ids(trips(ds, { country: 'KR' }))).toEqual(['austin-lloyd-j-2021-03-15', 'blinken-antony-j-2021-03-15', 'blinken-antony-j-2023-11-03']);
    expect(ids(trips(ds, { region: 'Europe' }))).toEqual(['blinken-antony-j-2023-11-28']);
    expect(ids(trips(ds, { kind: 'official-travel' }))).toEqual(['austin-lloyd-j-2021-03-15']);
    expect(ids(trips(ds, { event: 'g7-foreign-ministers-2023-11-07' }))).toEqual(['blinken-antony-j-2023-11-03']);
    expect(ids(trips(ds, { derived: true }))).toEqual(['blinken-antony-j-2023-11-28']);
  });

  it('matches an issue linked to the trip, one of its visits or their events, with child issues', () => {
    expect(ids(trips(ds, { issue: 'north-korea' }))).toEqual(['blinken-antony-j-2021-03-15']);
    expect(ids(trips(ds, { issue: 'china-support-for-russia' }))).toEqual(['blinken-antony-j-2023-11-03', 'blinken-antony-j-2024-04-24']);
    expect(ids(trips(ds, { issue: 'russia-ukraine-war' }))).toEqual(['blinken-antony-j-2023-11-03']);
    expect(ids(trips(ds, { issue: 'middle-east' }))).toEqual(['blinken-antony-j-2023-11-03']);
    // The summit's link reaches no trip: the home stay is in none.
    expect(ids(trips(ds, { issue: 'military-communication' }))).toEqual([]);
  });

  it('returns a new array each call', () => {
    const a = trips(ds, { person: 'austin-lloyd-j' });
    (a as unknown[]).length = 0;
    expect(trips(ds, { person: 'austin-lloyd-j' })).toHaveLength(1);
  });

  it('refuses unknown ids with suggestions', () => {
    expect(() => trips(ds, { issue: 'north-koreaa' })).toThrow(UnknownIdError);
    expect(() => trips(ds, { issue: 'north-koreaa' })).toThrow(/filter\.issue: unknown issue "north-koreaa".*"north-korea"/);
    expect(() => trips(ds, { person: 'austin' })).toThrow(/did you mean "austin-lloyd-j"/);
    expect(() => trips(ds, { derived: 'yes' as never })).toThrow(/filter\.derived: expected true or false/);
  });
});
