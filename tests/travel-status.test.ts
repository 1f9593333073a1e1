// The postponed Beijing trip of February 2023 in the built data, and the
// CLI's --status: left out by default, shown when asked, a bad value refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AnyDataset } from '../src/schemas/records.js';
import { countriesVisited, daysAbroad, issuesOf, itinerary, timeline, trips, visits } from '../src/query/index.js';
import { getDataset } from '../src/index.js';
import { shippedWithStatus } from '../src/dataset/freeze-shipped.js';
import { runCli } from './helpers/cli.js';

// From src, the bundled dataset is the built dist/dataset.json (loaded and frozen as getDataset() does).
vi.mock('../src/dataset/bundled-node.js', async () => (await import('./helpers/bundled-from-dist.js')).bundledFromDist());

const dist = path.join(path.resolve(import.meta.dirname, '..'), 'dist');
// the data the CLI answers from: the built file (npm test builds first)
const ds = JSON.parse(readFileSync(path.join(dist, 'dataset.json'), 'utf8')) as AnyDataset;
// In-process (tests/helpers/cli.ts): the CLI answers from the bundled data, the built file above.
const cli = (...args: string[]) => runCli(args);

const VISIT = 'blinken-2023-02-19-cn';
const TRIP = 'blinken-antony-j-2023-02-19';
const china2023 = { person: 'blinken-antony-j', country: 'CN', from: '2023', to: '2023' } as const;

describe('the postponed Beijing trip of February 2023', () => {
  it('is recorded as postponed, with unknown dates, on the article\'s own words', () => {
    const visit = ds.visits.find((v) => v.id === VISIT)!;
    expect(visit).toMatchObject({ status: 'postponed', dateQualifier: 'unknown', start: '2023-02-19', end: '2023-02-19', country: 'CN', tripId: TRIP, eventIds: [] });
    expect(visit.dateNote).toMatch(/planned dates are unknown/);
    expect(visit.provenance.map((p) => p.quote).join(' ')).toMatch(/Blinken postponed a much-anticipated trip to Beijing/);
    expect(visit.provenance.every((p) => p.recordIds === undefined)).toBe(true);
    expect(ds.trips.find((t) => t.id === TRIP)).toMatchObject({ status: 'postponed', dateQualifier: 'unknown', visitIds: [VISIT], derived: false });
    // The only records with a status: every other visit and trip took place.
    expect(ds.visits.filter((v) => v.status !== undefined).map((v) => v.id)).toEqual([VISIT]);
    expect(ds.trips.filter((t) => t.status !== undefined).map((t) => t.id)).toEqual([TRIP]);
  });

  it('is not travel: the helpers leave it out unless asked', () => {
    expect(visits(ds, china2023).map((v) => v.id)).toEqual(['hsg-travel-4145']);
    expect(visits(ds, { ...china2023, status: 'all' }).map((v) => v.id)).toEqual([VISIT, 'hsg-travel-4145']);
    expect(trips(ds, { person: 'blinken-antony-j', status: 'postponed' }).map((t) => t.id)).toEqual([TRIP]);
    const feb = { from: '2023-02', to: '2023-02' };
    expect(countriesVisited(ds, 'blinken-antony-j', feb).map((c) => c.country.code)).not.toContain('CN');
    expect(countriesVisited(ds, 'blinken-antony-j', { ...feb, status: 'all' }).map((c) => c.country.code)).toContain('CN');
    // 2023-02-19 is also a day in Munich and Türkiye: counting the postponed trip adds no day abroad, and none is invented.
    expect(daysAbroad(ds, 'blinken-antony-j', { ...feb, status: 'all' })).toBe(daysAbroad(ds, 'blinken-antony-j', feb));
    expect(timeline(ds, 'blinken-antony-j', feb).map((e) => e.id)).not.toContain(TRIP);
    expect(() => itinerary(ds, TRIP)).toThrow(/this one is postponed/);
  });

  it('getDataset(): the load finds the records with a status, and the default view drops them, as a scan of a copy does', () => {
    const shipped = getDataset();
    // Listed by the shipped file's layout (scripts/build/layout.ts): the default view needs no scan of its own.
    expect(shippedWithStatus.get(shipped)).toEqual({
      visits: [[shipped.visits.findIndex((v) => v.id === VISIT), VISIT, 'postponed']],
      trips: [[shipped.trips.findIndex((t) => t.id === TRIP), TRIP, 'postponed']],
    });
    const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
    // `ds` is a parsed copy, not the shipped object: its views are made by scanning. Same answers, same order.
    for (const status of [undefined, 'all', 'postponed', 'completed', ['completed', 'postponed']] as const) {
      expect(ids(visits(shipped, { status }))).toEqual(ids(visits(ds, { status })));
      expect(ids(trips(shipped, { status }))).toEqual(ids(trips(ds, { status })));
    }
    expect(visits(shipped).length).toBe(shipped.visits.length - 1);
    expect(ids(visits(shipped)).includes(VISIT)).toBe(false);
    expect(ids(trips(shipped)).includes(TRIP)).toBe(false);
    expect(() => itinerary(shipped, TRIP)).toThrow(/this one is postponed/);
    expect(issuesOf(shipped, TRIP, { status: 'all' }).map((i) => i.link.id)).toEqual(issuesOf(ds, TRIP, { status: 'all' }).map((i) => i.link.id));
  });
});

describe('CLI --status', () => {
  it('visits: left out by default; --status all shows it with its status, in the table and in CSV', async () => {
    const plain = await cli('visits', '--person', 'blinken-antony-j', '--country', 'CN', '--from', '2023', '--to', '2023');
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).not.toMatch(/blinken-2023-02-19-cn|status/);
    const all = await cli('visits', '--person', 'blinken-antony-j', '--country', 'CN', '--from', '2023', '--to', '2023', '--status', 'all');
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/2023-02-19#.*postponed\s+blinken-2023-02-19-cn/);
    expect(all.stdout).toMatch(/# dates unknown/);
    const csv = await cli('visits', '--person', 'blinken-antony-j', '--country', 'CN', '--from', '2023', '--to', '2023', '--status', 'postponed,completed', '--format', 'csv');
    expect(csv.status, csv.stderr).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    const at = header!.split(',').indexOf('status');
    expect(at).toBeGreaterThan(-1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['2023-02-19', '2023-06-17']);
    expect(rows[0]).toContain('postponed');
  });

  it('trips and trip: the postponed trip on request, refused by id otherwise with the flag to use', async () => {
    const list = await cli('trips', '--person', 'blinken-antony-j', '--status', 'postponed', '--format', 'json');
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((t) => t.id)).toEqual([TRIP]);
    const refused = await cli('trip', TRIP);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/this one is postponed: ask for it with status 'postponed' or 'all' \(--status in the CLI\)/);
    const shown = await cli('trip', TRIP, '--status', 'all');
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/dates unknown \(reported by 2023-02-19\), 1 stop; curated; postponed, did not take place/);
  });

  it('refuses a bad value, naming the flag', async () => {
    const bad = await cli('visits', '--status', 'postpned');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--status: expected a travel status: completed, postponed, cancelled, a list of them, or 'all', received "postpned" \(did you mean "postponed"\?\)/);
    const mixed = await cli('trips', '--status', 'all,postponed');
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/--status: expected a travel status, completed, postponed, cancelled: 'all' stands alone, not in a list/);
  });
});
