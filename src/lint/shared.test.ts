import { describe, expect, it } from 'vitest';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { validContent } from '../../tests/fixtures/lint-base.js';
import { errorRules, lintDataset } from './index.js';
import { idsOf, listedVisits, visitsById, withSharedLookups } from './shared.js';

describe('shared lookups', () => {
  it('are built once within a run, for that dataset only, and afresh outside it', () => {
    const data = freshSmallDataset();
    const other = freshSmallDataset();
    withSharedLookups(data, () => {
      expect(visitsById(data)).toBe(visitsById(data));
      expect(visitsById(other)).not.toBe(visitsById(other));
      withSharedLookups(other, () => expect(visitsById(other)).toBe(visitsById(other)));
      expect(visitsById(data)).toBe(visitsById(data));
    });
    expect(visitsById(data)).not.toBe(visitsById(data));
    expect([...visitsById(data).keys()]).toEqual(data.visits.map((v) => v.id));
  });

  it('change no rule\'s answer: lintDataset finds what each rule finds on its own', () => {
    const data = freshSmallDataset() as unknown as { visits: { id: string; tripId?: string; status?: string; eventIds: string[] }[]; trips: { visitIds: string[] }[] };
    data.trips[0]!.visitIds.push('no-such-visit');
    data.visits[1]!.tripId = 'no-such-trip';
    data.visits.push({ ...structuredClone(data.visits[0]!), status: 'cancelled' });
    const ds = data as unknown as Parameters<typeof lintDataset>[0];
    const alone = errorRules.flatMap((rule) => rule.check(ds));
    expect(alone.length).toBeGreaterThan(2);
    expect(lintDataset(ds)).toEqual(alone);
  });

  it('idsOf: the ids of a collection (the codes of countries), fewer than its records when one repeats', () => {
    const data = validContent();
    expect([...(idsOf(data, 'countries') as Set<string>)]).toEqual(['JP', 'KR', 'US']);
    expect([...(idsOf(data, 'people') as Set<string>)]).toEqual(['blinken-antony-j', 'austin-lloyd-j']);
    expect([...(idsOf(data, 'issueLinks') as Set<string>)]).toEqual(['link-1']);
    expect(idsOf(data, 'visits').has('hsg-travel-2')).toBe(true);
    expect(idsOf(data, 'visits').has('hsg-travel-3')).toBe(false);
    data.people.push({ ...data.people[0]!, name: 'Someone else' });
    data.visits.push({ ...data.visits[0]! });
    expect(idsOf(data, 'people').size).toBe(data.people.length - 1);
    expect(idsOf(data, 'visits').size).toBe(data.visits.length - 1);
  });

  it('idsOf: built once within a run (the visits\' ids are visitsById), afresh outside it', () => {
    const data = validContent();
    withSharedLookups(data, () => {
      expect(idsOf(data, 'people')).toBe(idsOf(data, 'people'));
      expect(idsOf(data, 'countries')).toBe(idsOf(data, 'countries'));
      expect(idsOf(data, 'visits')).toBe(visitsById(data));
    });
    expect(idsOf(data, 'people')).not.toBe(idsOf(data, 'people'));
  });

  it('listedVisits: the visit of each id the trips list, trip by trip, undefined where none has the id', () => {
    const data = validContent();
    data.trips.push({ ...structuredClone(data.trips[0]!), id: 'second-trip', visitIds: ['no-such-visit', 'austin-2021-03-15-jp'] });
    const listed = listedVisits(data);
    expect(listed).toHaveLength(4);
    expect(listed[0]).toBe(data.visits[0]);
    expect(listed[1]).toBe(data.visits[1]);
    expect(listed[2]).toBeUndefined();
    expect(listed[3]).toBe(data.visits[2]);
    withSharedLookups(data, () => expect(listedVisits(data)).toBe(listedVisits(data)));
    expect(listedVisits(data)).not.toBe(listedVisits(data));
  });

  it('change no rule\'s answer on faults in every collection the shared lookups index', () => {
    const data = validContent();
    data.people.push({ ...structuredClone(data.people[1]!) }); // a repeated person id
    data.visits.push({ ...structuredClone(data.visits[1]!), country: 'KR' }); // a repeated visit id
    data.trips[0]!.visitIds.splice(1, 0, 'no-such-visit'); // a dangling id before a listed visit
    data.visits[2]!.status = 'cancelled';
    data.trips.push({ ...structuredClone(data.trips[0]!), id: 'austin-trip', personId: 'austin-lloyd-j', visitIds: ['austin-2021-03-15-jp', 'hsg-travel-1'] });
    data.issueLinks[0]!.subject = { type: 'visit', id: 'hsg-travel-9' };
    const alone = errorRules.flatMap((rule) => rule.check(data));
    // The trips' visits are read by position in listedVisits: the dangling id does not shift austin-trip's.
    expect(alone.map((p) => [p.rule, p.collection, p.id, p.field])).toEqual([
      ['unique-ids', 'people', 'austin-lloyd-j', 'id'],
      ['unique-ids', 'visits', 'hsg-travel-2', 'id'],
      ['references', 'trips', 'blinken-antony-j-2021-03-15', 'visitIds[1]'],
      ['references', 'issueLinks', 'link-1', 'subject.id'],
      ['trip-order', 'trips', 'austin-trip', 'visitIds[1]'],
      ['trip-order', 'trips', 'austin-trip', 'visitIds[1]'],
      ['trip-order', 'visits', 'hsg-travel-1', 'tripId'],
      ['trip-order', 'visits', 'austin-2021-03-15-jp', 'tripId'],
      ['travel-status', 'visits', 'austin-2021-03-15-jp', 'eventIds'],
      ['travel-status', 'trips', 'austin-trip', 'visitIds[0]'],
    ]);
    expect(lintDataset(data)).toEqual(alone);
  });
});
