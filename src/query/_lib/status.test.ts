// Postponed and cancelled travel is left out of every helper by default (one
// rule: the status view of the dataset index), and included when asked.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../errors.js';
import type { Dataset } from './records.js';
import { freshSmallDataset } from '../../../tests/fixtures/small-dataset.js';
import { countBy, countriesVisited, daysAbroad, discrepancies, events, evidenceFor, firstVisit, issuesOf, itinerary, lastVisit, search, timeline, tripOf, trips, tripsForIssue, visits, visitsForIssue } from '../index.js';
import { parseStatus } from './status.js';
import { freezeShipped, shippedWithStatus } from '../../dataset/freeze-shipped.js';
import type { BundledDataset, Trip, Visit } from './records.js';
import { byStart, indexOf } from './dataset-index.js';

const QUOTE = 'Blinken postponed a much-anticipated trip to Beijing.';

/**
 * The small dataset plus a postponed trip to China (its one visit dated
 * `unknown`) and a cancelled visit to Japan, with an issue link on the
 * postponed trip: the shape the curated layer gives them.
 */
function withPlans(): Dataset {
  const ds = freshSmallDataset() as unknown as Record<string, unknown[]> & Dataset;
  const traveler = { personId: 'blinken-antony-j', name: 'Antony J. Blinken', title: 'Secretary of State' };
  const provenance = [{ sourceId: 'reuters-2024-04-26', quote: QUOTE }];
  (ds.visits as unknown[]).push(
    { id: 'blinken-2023-02-19-cn', traveler, travelerCountry: 'US', country: 'CN', locality: 'Beijing', start: '2023-02-19', end: '2023-02-19', dateQualifier: 'unknown', dateNote: 'Planned dates unknown.', status: 'postponed', kind: 'secretary-travel', tripId: 'blinken-antony-j-2023-02-19', eventIds: [], provenance },
    { id: 'blinken-2023-03-01-jp', traveler, travelerCountry: 'US', country: 'JP', start: '2023-03-01', end: '2023-03-02', status: 'cancelled', kind: 'secretary-travel', eventIds: [], provenance },
  );
  (ds.trips as unknown[]).push({ id: 'blinken-antony-j-2023-02-19', personId: 'blinken-antony-j', title: 'Beijing (postponed)', start: '2023-02-19', end: '2023-02-19', dateQualifier: 'unknown', status: 'postponed', visitIds: ['blinken-2023-02-19-cn'], derived: false, provenance });
  (ds.issueLinks as unknown[]).push({ id: 'link-postponed-trip', issueId: 'china-support-for-russia', subject: { type: 'trip', id: 'blinken-antony-j-2023-02-19' }, relation: 'context', summary: 'Postponed.', evidence: provenance });
  return ds;
}

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
const PLANS = ['blinken-2023-02-19-cn', 'blinken-2023-03-01-jp'];

describe('travel status: left out by default, everywhere', () => {
  const ds = withPlans();

  it('visits and trips: only travel that took place, unless status asks', () => {
    const all = ids(visits(ds, { status: 'all' }));
    expect(all).toEqual(expect.arrayContaining(PLANS));
    expect(ids(visits(ds))).toEqual(all.filter((id) => !PLANS.includes(id)));
    expect(ids(visits(ds, { status: 'completed' }))).toEqual(ids(visits(ds)));
    expect(ids(visits(ds, { status: 'postponed' }))).toEqual(['blinken-2023-02-19-cn']);
    expect(ids(visits(ds, { status: ['postponed', 'cancelled'] }))).toEqual(PLANS);
    expect(ids(visits(ds, { country: 'CN', status: 'all' }))).toContain('blinken-2023-02-19-cn');
    expect(ids(visits(ds, { country: 'CN' }))).not.toContain('blinken-2023-02-19-cn');
    expect(ids(trips(ds))).not.toContain('blinken-antony-j-2023-02-19');
    expect(ids(trips(ds, { person: 'blinken-antony-j', status: 'postponed' }))).toEqual(['blinken-antony-j-2023-02-19']);
    expect(ids(trips(ds, { status: 'cancelled' }))).toEqual([]);
  });

  it('per-person and per-country helpers: countriesVisited, daysAbroad, firstVisit, lastVisit, timeline', () => {
    const range = { from: '2023-01-01', to: '2023-03-31' };
    expect(countriesVisited(ds, 'blinken-antony-j', range)).toEqual([]);
    expect(countriesVisited(ds, 'blinken-antony-j', { ...range, status: 'all' }).map((c) => c.country.code)).toEqual(['CN', 'JP']);
    expect(daysAbroad(ds, 'blinken-antony-j', range)).toBe(0);
    expect(daysAbroad(ds, 'blinken-antony-j', { ...range, status: 'all' })).toBe(3);
    expect(firstVisit(ds, { person: 'blinken-antony-j' }, 'CN')?.id).toBe('hsg-travel-4229');
    expect(firstVisit(ds, { person: 'blinken-antony-j' }, 'CN', { status: 'all' })?.id).toBe('blinken-2023-02-19-cn');
    expect(lastVisit(ds, { person: 'blinken-antony-j' }, 'JP', { to: '2023-12-31' })?.start).not.toBe('2023-03-01');
    expect(lastVisit(ds, { person: 'blinken-antony-j' }, 'JP', { to: '2023-12-31', status: 'cancelled' })?.id).toBe('blinken-2023-03-01-jp');
    expect(timeline(ds, 'blinken-antony-j', range)).toEqual([]);
    expect(timeline(ds, 'blinken-antony-j', { ...range, status: 'all' }).map((e) => `${e.type}:${e.id}`)).toEqual(['trip:blinken-antony-j-2023-02-19', 'visit:blinken-2023-03-01-jp']);
  });

  it('by id: itinerary, tripOf and issuesOf refuse a postponed record by default, naming its status', () => {
    const refused = (f: () => unknown, argument: string) => {
      let error: unknown;
      try { f(); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/is postponed: ask for it with status 'postponed' or 'all'/);
    };
    refused(() => itinerary(ds, 'blinken-antony-j-2023-02-19'), 'tripId');
    refused(() => tripOf(ds, 'blinken-2023-02-19-cn'), 'visitId');
    refused(() => issuesOf(ds, { type: 'trip', id: 'blinken-antony-j-2023-02-19' }), 'subject.id');
    refused(() => visits(ds, { trip: 'blinken-antony-j-2023-02-19' }), 'filter.trip');
    refused(() => events(ds, { visit: 'blinken-2023-02-19-cn' }), 'filter.visit');
    expect(itinerary(ds, 'blinken-antony-j-2023-02-19', { status: 'postponed' }).stops.map((s) => s.visit.id)).toEqual(['blinken-2023-02-19-cn']);
    expect(tripOf(ds, 'blinken-2023-02-19-cn', { status: 'all' })?.id).toBe('blinken-antony-j-2023-02-19');
    expect(issuesOf(ds, 'blinken-antony-j-2023-02-19', { status: 'all' }).map((i) => i.link.id)).toEqual(['link-postponed-trip']);
  });

  it('issues and search: a link on a postponed trip reaches nothing by default', () => {
    expect(ids(tripsForIssue(ds, 'china-support-for-russia'))).not.toContain('blinken-antony-j-2023-02-19');
    expect(ids(tripsForIssue(ds, 'china-support-for-russia', { status: 'all' }))).toContain('blinken-antony-j-2023-02-19');
    expect(ids(visitsForIssue(ds, 'china-support-for-russia', { status: 'postponed' }))).toEqual(['blinken-2023-02-19-cn']);
    expect(search(ds, 'postponed', { types: ['trip', 'issueLink'] })).toEqual([]);
    expect(search(ds, 'postponed', { types: ['trip', 'issueLink'], status: 'all' }).map((h) => h.id)).toEqual(['blinken-antony-j-2023-02-19', 'link-postponed-trip']);
  });

  it('evidence, discrepancies and countBy read every record', () => {
    expect(evidenceFor(ds, 'link-postponed-trip').subject.record.id).toBe('blinken-antony-j-2023-02-19');
    expect(discrepancies(ds, { type: 'trip', id: 'blinken-antony-j-2023-02-19' })).toEqual([]);
    const plans = visits(ds, { status: ['postponed', 'cancelled'] });
    expect(countBy(ds, plans, 'country')).toEqual([{ value: 'CN', count: 1 }, { value: 'JP', count: 1 }]);
    expect(countBy(ds, plans, 'issue')).toEqual([{ value: 'china-support-for-russia', count: 1 }, { value: null, count: 1 }]);
  });

  it('a dataset with no statuses answers as before, from the same index', () => {
    const plain = freshSmallDataset();
    expect(ids(visits(plain, { status: 'all' }))).toEqual(ids(visits(plain)));
    expect(ids(trips(plain, { status: 'postponed' }))).toEqual([]);
  });

  it('refuses a bad status with the expected values and the nearest one', () => {
    expect(() => visits(ds, { status: 'postpond' as never })).toThrow(/filter\.status: expected a travel status: completed, postponed, cancelled, a list of them, or 'all', received "postpond" \(did you mean "postponed"\?\)/);
    expect(() => trips(ds, { status: [] as never })).toThrow(/filter\.status: .*an empty list matches nothing/);
    expect(() => daysAbroad(ds, 'blinken-antony-j', { status: ['all'] as never })).toThrow(/range\.status\[0\]: expected a travel status, completed, postponed, cancelled: 'all' stands alone, not in a list/);
    expect(() => itinerary(ds, 'blinken-antony-j-2023-02-19', { status: true as never })).toThrow(InvalidArgumentError);
    expect(() => search(ds, 'beijing', { status: null as never })).toThrow(/options\.status/);
    expect(() => timeline(ds, 'blinken-antony-j', { state: 'all' } as never)).toThrow(/range\.state: expected one of the keys from, to, status/);
  });

  it('a dataset frozen as shipped: the views drop the records its load found, with the answers of a scan', () => {
    // In start order, as the build writes a shipped file (the index trusts it).
    const plans = withPlans() as unknown as { visits: Visit[]; trips: Trip[] };
    plans.visits.sort(byStart);
    plans.trips.sort(byStart);
    const shipped = freezeShipped(plans as unknown as BundledDataset) as unknown as Dataset;
    const at = (list: readonly { id: string }[], id: string) => list.findIndex((r) => r.id === id);
    const listed = (list: readonly { id: string; status?: string }[], id: string) => [at(list, id), id, list[at(list, id)]!.status];
    expect(shippedWithStatus.get(shipped)).toEqual({
      visits: PLANS.map((id) => listed(shipped.visits, id)).sort((a, b) => (a[0] as number) - (b[0] as number)),
      trips: [listed(shipped.trips, 'blinken-antony-j-2023-02-19')],
    });
    const scanned = withPlans(); // not frozen as shipped: its views are made by scanning
    for (const status of [undefined, 'all', 'completed', 'postponed', 'cancelled', ['completed', 'cancelled'], ['completed', 'postponed']] as const) {
      expect(ids(visits(shipped, { status })), String(status)).toEqual(ids(visits(scanned, { status })));
      expect(ids(trips(shipped, { status })), String(status)).toEqual(ids(trips(scanned, { status })));
      expect(ids(tripsForIssue(shipped, 'china-support-for-russia', { status }))).toEqual(ids(tripsForIssue(scanned, 'china-support-for-russia', { status })));
    }
    expect(() => itinerary(shipped, 'blinken-antony-j-2023-02-19')).toThrow(/is postponed/);
  });

  it('parseStatus: the default is completed, all is no filter', () => {
    expect([...parseStatus('s', undefined)!]).toEqual(['completed']);
    expect(parseStatus('s', 'all')).toBeUndefined();
    expect([...parseStatus('s', ['cancelled', 'postponed'])!]).toEqual(['cancelled', 'postponed']);
  });
});

describe('a dataset whose travel all took place', () => {
  it('is read through one index whatever the status option, so no lookup is built twice', () => {
    const ds = Object.freeze(freshSmallDataset()) as unknown as Dataset;
    const whole = indexOf(ds, 'all');
    expect(indexOf(ds)).toBe(whole);
    expect(indexOf(ds, ['completed', 'postponed'])).toBe(whole);
    // With a postponed record the default view is its own, smaller index.
    const planned = withPlans();
    expect(indexOf(planned)).not.toBe(indexOf(planned, 'all'));
    expect(indexOf(planned).ds.visits.length).toBe(indexOf(planned, 'all').ds.visits.length - 2);
  });
});
