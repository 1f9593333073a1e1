// Property-based tests of the query helpers on the hand-made fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countriesVisited, daysAbroad, trips, visits, type TripFilter as AnyTripFilter, type VisitFilter as AnyVisitFilter } from '../src/query/index.js';
import { dayNumber, isoDate } from '../src/util/dates.js';
import type { Visit } from '../src/query/_lib/records.js';
import type { AnyDataset } from '../src/schemas/records.js';

type VisitFilter = AnyVisitFilter<AnyDataset>;
type TripFilter = AnyTripFilter<AnyDataset>;
import { smallDataset as ds } from './fixtures/small-dataset.js';

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const day = fc.integer({ min: dayNumber('1960-01-01'), max: dayNumber('2025-12-31') });
/** An ordered pair of days [lo, hi]. */
const range = fc.tuple(day, day).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

const criteria = {
  person: pick(['blinken-antony-j', 'austin-lloyd-j', 'biden-joseph-r', 'wang-yi'] as const),
  country: pick(ds.countries.map((c) => c.code) as never[]),
  region: pick([...new Set(ds.countries.map((c) => c.region))]),
  subregion: pick([...new Set(ds.countries.map((c) => c.subregion))]),
  kind: pick(['secretary-travel', 'president-travel', 'foreign-leader-visit', 'official-travel'] as const),
  issue: pick(ds.issues.map((i) => i.id) as never[]),
  event: pick(ds.events.map((e) => e.id)),
  trip: pick(ds.trips.map((t) => t.id)),
  traveler: pick(['blinken', 'Austin', 'erdogan', 'J.']),
  range,
};
/** Up to three criteria at a time, so that many filters match something. */
const visitFilter: fc.Arbitrary<VisitFilter> = fc
  .shuffledSubarray(Object.keys(criteria) as (keyof typeof criteria)[], { maxLength: 3 })
  .chain((keys) => fc.tuple(...keys.map((k) => criteria[k] as fc.Arbitrary<unknown>)).map((values) => {
    const f: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      if (k !== 'range') f[k] = values[i];
      else {
        const [lo, hi] = values[i] as [number, number];
        f.from = isoDate(lo);
        f.to = isoDate(hi);
      }
    });
    return f as VisitFilter;
  }));

/** The visit filter, by brute force: what `visits` must return. */
function model(f: VisitFilter): Visit[] {
  const country = new Map(ds.countries.map((c) => [c.code, c]));
  const parent = new Map(ds.issues.map((i) => [i.id, i.parentId]));
  const underIssue = (issueId: string) => {
    for (let at: string | undefined = issueId; at !== undefined; at = parent.get(at)) if (at === f.issue) return true;
    return false;
  };
  const linked = (type: string, id: string | undefined) => ds.issueLinks.some((l) => l.subject.type === type && l.subject.id === id && underIssue(l.issueId));
  return ds.visits
    .filter((v) =>
      (f.person === undefined || v.traveler.personId === f.person)
      && (f.country === undefined || v.country === f.country)
      && (f.region === undefined || country.get(v.country)!.region === f.region)
      && (f.subregion === undefined || country.get(v.country)!.subregion === f.subregion)
      && (f.kind === undefined || v.kind === f.kind)
      && (f.event === undefined || v.eventIds.includes(f.event))
      && (f.trip === undefined || v.tripId === f.trip)
      && (f.traveler === undefined || v.traveler.name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes((f.traveler as string).toLowerCase()))
      && (f.from === undefined || v.end >= f.from)
      && (f.to === undefined || v.start <= f.to)
      && (f.issue === undefined || linked('visit', v.id) || linked('trip', v.tripId) || v.eventIds.some((e) => linked('event', e))))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

describe('visits: properties', () => {
  const all = new Set(ids(visits(ds)));

  it('equals the brute-force filter, so every filter returns a subset of the unfiltered result', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(visitFilter, (f) => {
        const got = ids(visits(ds, f));
        expect(got).toEqual(ids(model(f)));
        for (const id of got) expect(all.has(id)).toBe(true);
        if (got.length) nonEmpty++;
      }),
      { numRuns: 500 },
    );
    expect(nonEmpty).toBeGreaterThan(100); // the property was not checked on empty results only
  });

  it('never gains results when a criterion is added', () => {
    fc.assert(
      fc.property(visitFilter, visitFilter, (f, g) => {
        // f's own values win: g only adds criteria f lacks. A combination can
        // be reversed (from of one after to of the other): skip those.
        const both = { ...g, ...f };
        if (both.from && both.to && both.from > both.to) return;
        const wide = new Set(ids(visits(ds, f)));
        for (const id of ids(visits(ds, both))) expect(wide.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never gains results when the date range narrows', () => {
    fc.assert(
      fc.property(range, fc.nat(), fc.nat(), (([lo, hi], cutLo, cutHi) => {
        const span = hi - lo;
        const nlo = lo + (span ? cutLo % (span + 1) : 0);
        const nhi = Math.max(nlo, hi - (span ? cutHi % (span + 1) : 0));
        const wide = new Set(ids(visits(ds, { from: isoDate(lo), to: isoDate(hi) })));
        for (const id of ids(visits(ds, { from: isoDate(nlo), to: isoDate(nhi) }))) expect(wide.has(id)).toBe(true);
      })),
      { numRuns: 300 },
    );
  });

  // Overlap semantics: splitting [a, c] into [a, b] and [b+1, c] covers exactly
  // the results of [a, c]; a visit is in both halves if and only if it spans
  // the split (starts on or before b and ends on or after b+1); every other
  // result is in exactly one half.
  it('splits a range into two adjacent ranges whose union is the whole and whose overlap is the visits spanning the split', () => {
    fc.assert(
      fc.property(range.filter(([lo, hi]) => hi > lo), fc.nat(), ([a, c], k) => {
        const b = a + (k % (c - a));
        const A = new Set(ids(visits(ds, { from: isoDate(a), to: isoDate(b) })));
        const B = new Set(ids(visits(ds, { from: isoDate(b + 1), to: isoDate(c) })));
        const whole = visits(ds, { from: isoDate(a), to: isoDate(c) });
        expect(new Set([...A, ...B])).toEqual(new Set(ids(whole)));
        const spanning = whole.filter((v) => dayNumber(v.start) <= b && dayNumber(v.end) >= b + 1).map((v) => v.id);
        expect([...A].filter((id) => B.has(id)).sort()).toEqual(spanning.sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('trips: properties', () => {
  const tripFilter: fc.Arbitrary<TripFilter> = visitFilter.map(({ trip: _trip, ...rest }) => rest);
  it('every filter returns a subset, and each trip has a visit matching the visit criteria', () => {
    const all = new Set(ids(trips(ds)));
    fc.assert(
      fc.property(tripFilter, (f) => {
        for (const t of trips(ds, f)) {
          expect(all.has(t.id)).toBe(true);
          if (f.person) expect(t.personId).toBe(f.person);
          if (f.from) expect(t.end >= f.from).toBe(true);
          if (f.to) expect(t.start <= f.to).toBe(true);
          if (f.country) expect(ds.visits.some((v) => v.tripId === t.id && v.country === f.country)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('daysAbroad and countriesVisited: properties', () => {
  const people = ['blinken-antony-j', 'austin-lloyd-j', 'biden-joseph-r'] as const;
  it('days abroad add up over adjacent ranges, and never exceed the days of the range', () => {
    fc.assert(
      fc.property(pick(people), range.filter(([lo, hi]) => hi > lo), fc.nat(), (person, [a, c], k) => {
        const b = a + (k % (c - a));
        const whole = daysAbroad(ds, person, { from: isoDate(a), to: isoDate(c) });
        expect(daysAbroad(ds, person, { from: isoDate(a), to: isoDate(b) }) + daysAbroad(ds, person, { from: isoDate(b + 1), to: isoDate(c) })).toBe(whole);
        expect(whole).toBeLessThanOrEqual(c - a + 1);
      }),
      { numRuns: 300 },
    );
  });
  it('days per country are at least the days abroad in all, and each within its first and last day', () => {
    fc.assert(
      fc.property(pick(people), range, (person, [a, c]) => {
        const r = { from: isoDate(a), to: isoDate(c) };
        const list = countriesVisited(ds, person, r);
        expect(list.reduce((n, x) => n + x.days, 0)).toBeGreaterThanOrEqual(daysAbroad(ds, person, r));
        for (const x of list) {
          expect(x.days).toBeLessThanOrEqual(dayNumber(x.last) - dayNumber(x.first) + 1);
          expect(x.first >= r.from && x.last <= r.to).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar arithmetic', () => {
  it('dayNumber and isoDate agree with Date, and isIsoDate with the calendar', async () => {
    const { isIsoDate } = await import('../src/util/dates.js');
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 100_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(n);
        expect(isoDate(n)).toBe(iso);
        expect(isIsoDate(iso)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(`${iso}T00:00:00Z`);
        const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
        expect(isIsoDate(iso)).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});
