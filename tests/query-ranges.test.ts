// Date ranges over big per-person, per-country and per-event lists: the
// helpers cut the index's start-sorted lists by binary search
// (src/query/_lib/overlapping.ts) and merge rather than sort. Compared here
// with plain filters over the arrays, on random ranges, over a dataset made
// of many shifted copies of the hand-made fixture (so every list is long
// enough for the search, many records share a day, a few stays span years,
// and some copies are postponed travel that only `status: 'all'` reads).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterparts, countriesVisited, daysAbroad, events, firstVisit, lastVisit, timeline, trips, visits } from '../src/query/index.js';
import { byStart } from '../src/query/_lib/dataset-index.js';
import { dayNumber, isoDate, overlaps } from '../src/util/dates.js';
import type { Dataset, Event, Trip, Visit } from '../src/query/_lib/records.js';
import { freshSmallDataset } from './fixtures/small-dataset.js';

const COPIES = 40;
/** Copy k's shift in days: several copies on the same days (ties), others spread over years, some overlapping. */
const shift = (k: number) => (k % 5 === 0 ? 0 : ((k * 7919) % 2400) - 1200);
const POSTPONED = (k: number) => k % 7 === 3;

function bigDataset(): Dataset {
  const base = freshSmallDataset();
  const visits: Record<string, unknown>[] = [];
  const trips: Record<string, unknown>[] = [];
  const eventsOut: Record<string, unknown>[] = [];
  for (let k = 0; k < COPIES; k++) {
    const id = (x: string) => (k === 0 ? x : `${x}-c${k}`);
    const at = (d: string) => isoDate(dayNumber(d) + shift(k));
    const status = POSTPONED(k) ? { status: 'postponed' } : {};
    base.visits.forEach((v, i) => {
      const end = k % 9 === 4 && i === 3 ? isoDate(dayNumber(v.end) + 900) : v.end; // a few stays of years
      const copy: Record<string, unknown> = { ...v, ...status, id: id(v.id), start: at(v.start), end: at(end), eventIds: v.eventIds.map(id) };
      if (v.tripId !== undefined) copy.tripId = id(v.tripId);
      // Counterparts: Blinken's visits name people (one twice), Erdoğan's name Blinken (twice on some copies).
      if (v.traveler.personId === 'blinken-antony-j' && i % 2 === 0) copy.counterparts = [{ personId: 'wang-yi' }, { personId: 'motegi-toshimitsu' }, ...(k % 3 ? [] : [{ personId: 'wang-yi' }])];
      if (v.traveler.personId === 'erdogan-recep-tayyip') copy.counterparts = k % 2 ? [{ personId: 'blinken-antony-j' }] : [{ personId: 'blinken-antony-j' }, { personId: 'blinken-antony-j' }];
      visits.push(copy);
    });
    // Some trips list their visits out of start order: a trip's visits are then sorted, not taken in its order.
    for (const t of base.trips) trips.push({ ...t, ...status, id: id(t.id), start: at(t.start), end: at(t.end), visitIds: (k % 4 === 1 ? [...t.visitIds].reverse() : t.visitIds).map(id) });
    for (const e of base.events) eventsOut.push({ ...e, id: id(e.id), start: at(e.start), end: at(e.end) });
  }
  return { ...base, visits, trips, events: eventsOut } as unknown as Dataset;
}

const ds = bigDataset();
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
const sorted = <T extends { start: string; id: string }>(list: readonly T[]) => [...list].sort(byStart);

const day = fc.integer({ min: dayNumber('2015-01-01'), max: dayNumber('2030-01-01') }).map(isoDate);
const bound = fc.option(day, { nil: undefined, freq: 4 });
const range = fc.tuple(bound, bound).map(([a, b]) => (a !== undefined && b !== undefined && a > b ? { from: b, to: a } : { from: a, to: b }));
const status = fc.constantFrom(undefined, 'all' as const);
const person = fc.constantFrom('blinken-antony-j', 'austin-lloyd-j', 'erdogan-recep-tayyip', 'wang-yi', 'biden-joseph-r');
/** Drops undefined bounds, as a caller writes the range. */
const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// The plain answers: filters over the arrays as a user would write them.
const kept = (s: string | undefined) => (r: { status?: string }) => s === 'all' || r.status === undefined || r.status === 'completed';
const poolVisits = (s: string | undefined) => (ds.visits as readonly Visit[]).filter(kept(s));
const poolTrips = (s: string | undefined) => (ds.trips as readonly Trip[]).filter(kept(s));
const inRange = (from: string | undefined, to: string | undefined) => (r: { start: string; end: string }) => overlaps(r.start, r.end, from, to);
const personEvents = (p: string, s: string | undefined) => {
  const named = new Set(poolVisits(s).filter((v) => v.traveler.personId === p).flatMap((v) => v.eventIds));
  return sorted((ds.events as readonly Event[]).filter((e) => e.participantIds.includes(p) || named.has(e.id)));
};

describe('date ranges over long lists equal plain filters', () => {
  it('checks lists long enough for the binary search', () => {
    expect(poolVisits(undefined).filter((v) => v.traveler.personId === 'blinken-antony-j').length).toBeGreaterThan(100);
    expect(poolVisits(undefined).filter((v) => v.country === 'JP').length).toBeGreaterThan(64);
  });

  it('visits: by person, country, event, kind or none, with a range', () => {
    const criterion = fc.oneof(
      person.map((p) => ({ person: p })),
      fc.constantFrom('JP', 'KR', 'US', 'BE').map((c) => ({ country: c })),
      fc.constantFrom(...ds.events.map((e) => e.id)).map((e) => ({ event: e })),
      fc.constantFrom('secretary-travel', 'official-travel').map((k) => ({ kind: k })),
      fc.constantFrom(...(ds.trips as readonly Trip[]).filter(kept(undefined)).map((t) => t.id)).map((t) => ({ trip: t })),
      fc.constant({}),
    );
    fc.assert(
      fc.property(criterion, range, status, (c, r, s) => {
        const filter = clean({ ...c, ...r, status: s }) as Record<string, string>;
        const expected = sorted(poolVisits(s).filter((v) =>
          (filter.person === undefined || v.traveler.personId === filter.person)
          && (filter.country === undefined || v.country === filter.country)
          && (filter.event === undefined || v.eventIds.includes(filter.event))
          && (filter.kind === undefined || v.kind === filter.kind)
          && (filter.trip === undefined || v.tripId === filter.trip)
          && inRange(r.from, r.to)(v)));
        expect(ids(visits(ds, filter as never))).toEqual(ids(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('trips and events: by person, with a range', () => {
    fc.assert(
      fc.property(person, range, status, (p, r, s) => {
        expect(ids(trips(ds, clean({ person: p as never, ...r, status: s })))).toEqual(ids(sorted(poolTrips(s).filter((t) => t.personId === p && inRange(r.from, r.to)(t)))));
        expect(ids(trips(ds, clean({ ...r, status: s })))).toEqual(ids(sorted(poolTrips(s).filter(inRange(r.from, r.to)))));
        expect(ids(events(ds, clean({ person: p as never, ...r, status: s })))).toEqual(ids(personEvents(p, s).filter(inRange(r.from, r.to))));
        expect(ids(events(ds, clean({ ...r })))).toEqual(ids(sorted(ds.events).filter(inRange(r.from, r.to))));
      }),
      { numRuns: 200 },
    );
  });

  it('firstVisit and lastVisit: the ends of the plain filter', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('JP', 'KR', 'US', 'CN', 'IN'), range, status, (p, c, r, s) => {
        const all = sorted(poolVisits(s).filter((v) => v.traveler.personId === p && v.country === c && inRange(r.from, r.to)(v)));
        const options = clean({ ...r, status: s });
        expect(firstVisit(ds, { person: p as never }, c as never, options)?.id).toBe(all[0]?.id);
        expect(lastVisit(ds, { person: p as never }, c as never, options)?.id).toBe(all[all.length - 1]?.id);
      }),
      { numRuns: 200 },
    );
  });

  it('countriesVisited and daysAbroad: days counted from the plain filter', () => {
    fc.assert(
      fc.property(person, range, status, (p, r, s) => {
        const lo = r.from === undefined ? -Infinity : dayNumber(r.from);
        const hi = r.to === undefined ? Infinity : dayNumber(r.to);
        const abroad = sorted(poolVisits(s).filter((v) => v.traveler.personId === p && v.country !== v.travelerCountry && inRange(r.from, r.to)(v)));
        const all = new Set<number>();
        const byCountry = new Map<string, { visitIds: string[]; days: Set<number> }>();
        for (const v of abroad) {
          const c = byCountry.get(v.country) ?? { visitIds: [], days: new Set<number>() };
          byCountry.set(v.country, c);
          c.visitIds.push(v.id);
          for (let d = Math.max(lo, dayNumber(v.start)); d <= Math.min(hi, dayNumber(v.end)); d++) {
            c.days.add(d);
            all.add(d);
          }
        }
        const expected = [...byCountry].map(([code, c]) => ({ code, visits: c.visitIds.length, days: c.days.size, first: isoDate(Math.min(...c.days)), last: isoDate(Math.max(...c.days)), visitIds: c.visitIds }))
          .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.code < b.code ? -1 : 1));
        const options = clean({ ...r, status: s });
        expect(countriesVisited(ds, p as never, options).map(({ country, ...rest }) => ({ code: country.code, ...rest }))).toEqual(expected);
        expect(daysAbroad(ds, p as never, options)).toBe(all.size);
      }),
      { numRuns: 150 },
    );
  });

  it('timeline: each trip once, each visit outside a trip, each event no visit names, in start order', () => {
    fc.assert(
      fc.property(person, range, status, (p, r, s) => {
        const pool = poolVisits(s);
        const mine = sorted(pool.filter((v) => v.traveler.personId === p));
        const tripById = new Map(poolTrips(s).map((t) => [t.id, t]));
        const expected: { type: string; id: string; start: string; visits?: string[] }[] = [];
        const seen = new Set<string>();
        for (const v of mine) {
          if (v.tripId === undefined) {
            if (inRange(r.from, r.to)(v)) expected.push({ type: 'visit', id: v.id, start: v.start });
          } else if (!seen.has(v.tripId)) {
            seen.add(v.tripId);
            const t = tripById.get(v.tripId)!;
            if (inRange(r.from, r.to)(t)) expected.push({ type: 'trip', id: t.id, start: t.start, visits: t.visitIds.filter((id) => pool.some((x) => x.id === id)) });
          }
        }
        const named = new Set(mine.flatMap((v) => v.eventIds));
        for (const e of personEvents(p, s)) if (!named.has(e.id) && inRange(r.from, r.to)(e)) expected.push({ type: 'event', id: e.id, start: e.start });
        expected.sort(byStart);
        const got = timeline(ds, p as never, clean({ ...r, status: s })).map((e) => ({ type: e.type, id: e.id, start: e.start, ...(e.type === 'trip' ? { visits: ids(e.visits) } : {}) }));
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('counterparts: events and visits of each person met, a visit naming someone twice counted once', () => {
    fc.assert(
      fc.property(person, range, status, (me, r, s) => {
        const pool = poolVisits(s);
        const met = new Map<string, { events: string[]; visits: Visit[] }>();
        const entry = (id: string) => met.get(id) ?? met.set(id, { events: [], visits: [] }).get(id)!;
        for (const e of personEvents(me, s).filter(inRange(r.from, r.to))) for (const o of e.participantIds) if (o !== me) entry(o).events.push(e.id);
        for (const v of pool.filter(inRange(r.from, r.to))) {
          const others = v.traveler.personId === me ? (v.counterparts ?? []).map((c) => c.personId) : v.counterparts?.some((c) => c.personId === me) ? [v.traveler.personId] : [];
          for (const o of new Set(others)) if (o !== undefined && o !== me) entry(o).visits.push(v);
        }
        const expected = [...met].filter(([id]) => ds.people.some((x) => x.id === id)).map(([id, m]) => ({
          id, events: m.events, visits: ids([...m.visits].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))),
        })).sort((a, b) => b.events.length + b.visits.length - (a.events.length + a.visits.length) || (a.id < b.id ? -1 : 1));
        const got = counterparts(ds, me as never, clean({ ...r, status: s })).map((c) => ({ id: c.person.id, events: ids(c.events), visits: ids(c.visits) }));
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
