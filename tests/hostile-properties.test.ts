// Property tests of hostile input (issue 11): arbitrary filter objects and
// arguments thrown at every query helper. A call may only throw a library
// error (a DiplomaticVisitsError) or answer; and where it answers a filter, the
// answer must be what a naive model gives, the model refusing every value the
// documentation does not allow: an answer to a value the model refuses is a
// silent wrong answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiplomaticVisitsError } from '../src/errors.js';
import * as q from '../src/query/index.js';
import { normalizeText } from '../src/util/text.js';
import { isIsoDate } from '../src/util/dates.js';
import type { Event, Trip, Visit } from '../src/schemas/types.js';
import { smallDataset as ds } from './fixtures/small-dataset.js';

/** The model refuses: the value is not one the documentation allows. */
class Refused extends Error {}
const refuse = (why: string): never => {
  throw new Refused(why);
};

// --- the values: valid ones, near misses, and anything at all ---------------------------------

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const junk = fc.oneof(
  { weight: 3, arbitrary: pick<unknown>(['', ' ', '\t', '\u0301', [], [''], null, 0, NaN, -1, 1.5, true, 'no', 'JPN', 'blinken', 'x'.repeat(200), {}, new Date(0), new Map(), [[]]]) },
  { weight: 2, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, maxDepth: 2 }) },
);
/** A valid value (one, or a list of one to three for list criteria), or junk. */
const value = (valid: fc.Arbitrary<unknown>, listable = false) =>
  fc.oneof(
    { weight: 4, arbitrary: valid },
    ...(listable ? [{ weight: 2, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 3 }) }] : []),
    { weight: 2, arbitrary: junk },
  );

const people = ds.people.map((p) => p.id);
const countries = ds.countries.map((c) => c.code);
const date = fc.integer({ min: 2019, max: 2025 }).chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, '0')}-01`));
const VALID = {
  person: pick(people),
  traveler: pick(['blinken', 'Austin', 'erdogan', 'J.', ' biden ']),
  country: fc.oneof(pick(countries), pick(countries.map((c) => c.toLowerCase()))),
  travelerCountry: pick(countries),
  locality: pick(['tokyo', 'Seoul', 'beijing', 'new delhi']),
  region: pick([...new Set(ds.countries.map((c) => c.region))].flatMap((r) => [r, r.toUpperCase()])),
  subregion: pick([...new Set(ds.countries.map((c) => c.subregion))]),
  kind: pick([...q.VISIT_KINDS]),
  event: pick(ds.events.map((e) => e.id)),
  from: date,
  to: date,
  issue: pick(ds.issues.map((i) => i.id)),
  trip: pick(ds.trips.map((t) => t.id)),
  derived: fc.boolean(),
  series: pick([...new Set(ds.events.flatMap((e) => (e.series ? [e.series, e.series.toLowerCase()] : [])))]),
  visit: pick(ds.visits.map((v) => v.id)),
  eventKind: pick([...q.EVENT_KINDS]),
} as const;
const LISTABLE = new Set(['person', 'country', 'travelerCountry', 'kind']);

/** A filter object: usually a few known keys with valid or junk values, sometimes a stray key, sometimes anything at all. */
function filterOf(keys: readonly string[], valid: (key: string) => fc.Arbitrary<unknown> = (k) => VALID[k as keyof typeof VALID]) {
  const known = fc.shuffledSubarray([...keys], { maxLength: Math.min(3, keys.length) }).chain((chosen) =>
    fc.tuple(...chosen.map((k) => value(valid(k), LISTABLE.has(k)))).map((values) => Object.fromEntries(chosen.map((k, i) => [k, values[i]]))));
  return fc.oneof(
    { weight: 8, arbitrary: known },
    { weight: 1, arbitrary: fc.tuple(known, fc.string({ minLength: 1, maxLength: 8 }), junk).map(([f, k, v]) => ({ ...f, [k]: v })) },
    { weight: 1, arbitrary: junk },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Runs a call: a library error is an answer too; anything else thrown fails the property. */
function attempt<T>(call: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    if (error instanceof DiplomaticVisitsError) return { ok: false };
    throw error;
  }
}

// --- the naive model ---------------------------------------------------------------------------

const isPlain = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && [null, Object.prototype].includes(Object.getPrototypeOf(v) as object | null);

function readFilter(f: unknown, keys: readonly string[]): Record<string, unknown> {
  if (f === undefined) return {};
  if (!isPlain(f)) refuse('not a plain object');
  for (const k of Object.keys(f as object)) if (!keys.includes(k)) refuse(`key ${k}`);
  return Object.fromEntries(Object.entries(f as object).filter(([, v]) => v !== undefined));
}
const many = (v: unknown, check: (x: unknown) => string): Set<string> => {
  const items = Array.isArray(v) ? v : [v];
  if (items.length === 0) refuse('empty list');
  return new Set(Array.from(items, check));
};
const oneOf = (known: readonly string[]) => (x: unknown) => (typeof x === 'string' && known.includes(x) ? x : refuse(String(x)));
// upper case as the data writes it, or all lower case; mixed case is refused
const countryCode = (x: unknown) => (typeof x === 'string' && countries.includes(x.toUpperCase()) && (x === x.toUpperCase() || x === x.toLowerCase()) ? x.toUpperCase() : refuse('country'));
const text = (x: unknown) => {
  if (typeof x !== 'string') return refuse('text');
  const needle = normalizeText(x.trim()).trim();
  return needle === '' ? refuse('blank') : needle;
};
const named = (names: readonly string[]) => (x: unknown) => (typeof x === 'string' && names.some((n) => n.toLowerCase() === x.toLowerCase()) ? x.toLowerCase() : refuse('name'));
/** A date bound as the helpers take it: a day, a month or a year (its first day as `from`, its last as `to`), or a Date's UTC day. */
const bound = (x: unknown, end: boolean): string => {
  if (x instanceof Date) {
    const t = x.getTime();
    if (Number.isNaN(t) || x.getUTCFullYear() < 0 || x.getUTCFullYear() > 9999) return refuse('date');
    return x.toISOString().slice(0, 10);
  }
  if (typeof x !== 'string') return refuse('date');
  if (/^\d{4}$/.test(x)) return end ? `${x}-12-31` : `${x}-01-01`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(x);
  if (month) {
    if (!end) return `${x}-01`;
    // the last day: one day before the first of the next month (a Date, as in the model, not the library's arithmetic)
    const year = Number(month[1]), m = Number(month[2]);
    const first = new Date(0);
    first.setUTCFullYear(m === 12 ? year + 1 : year, m === 12 ? 0 : m, 1);
    return `${x}-${String(new Date(first.getTime() - 86_400_000).getUTCDate()).padStart(2, '0')}`;
  }
  return isIsoDate(x) ? x : refuse('date');
};
const range = (f: Record<string, unknown>) => {
  const from = 'from' in f && f.from !== undefined ? bound(f.from, false) : undefined;
  const to = 'to' in f && f.to !== undefined ? bound(f.to, true) : undefined;
  if (from !== undefined && to !== undefined && from > to) refuse('reversed');
  return (start: string, end: string) => (from === undefined || end >= from) && (to === undefined || start <= to);
};
const country = new Map(ds.countries.map((c) => [c.code, c]));
const regions = ds.countries.map((c) => c.region);
const subregions = ds.countries.map((c) => c.subregion);
const visitKinds = [...new Set([...q.VISIT_KINDS, ...ds.visits.map((v) => v.kind)])];
const eventKinds = [...new Set([...q.EVENT_KINDS, ...ds.events.map((e) => e.kind)])];
const parent = new Map(ds.issues.map((i) => [i.id, i.parentId]));
const under = (issueId: string, root: string) => {
  for (let at: string | undefined = issueId; at !== undefined; at = parent.get(at)) if (at === root) return true;
  return false;
};
const linked = (root: string, type: string, id: string | undefined) => ds.issueLinks.some((l) => l.subject.type === type && l.subject.id === id && under(l.issueId, root));
// The helpers read travel that took place unless asked (`status`): postponed and cancelled records are not in the model.
const travel = ds.visits.filter((v) => v.status === undefined);
const travelTrips = ds.trips.filter((t) => t.status === undefined);
const visitsOfTrip = (id: string) => travel.filter((v) => v.tripId === id);

/** The visit criteria shared by visits and trips, as one predicate. */
function visitCriteria(f: Record<string, unknown>): (v: Visit) => boolean {
  const tests: ((v: Visit) => boolean)[] = [];
  if ('person' in f) { const s = many(f.person, oneOf(people)); tests.push((v) => s.has(v.traveler.personId!)); }
  if ('traveler' in f) { const n = text(f.traveler); tests.push((v) => normalizeText(v.traveler.name).includes(n)); }
  if ('country' in f) { const s = many(f.country, countryCode); tests.push((v) => s.has(v.country)); }
  if ('travelerCountry' in f) { const s = many(f.travelerCountry, countryCode); tests.push((v) => s.has(v.travelerCountry)); }
  if ('locality' in f) { const n = text(f.locality); tests.push((v) => v.locality !== undefined && normalizeText(v.locality).includes(n)); }
  if ('region' in f) { const r = named(regions)(f.region); tests.push((v) => country.get(v.country)!.region.toLowerCase() === r); }
  if ('subregion' in f) { const r = named(subregions)(f.subregion); tests.push((v) => country.get(v.country)!.subregion.toLowerCase() === r); }
  if ('kind' in f) { const s = many(f.kind, oneOf(visitKinds)); tests.push((v) => s.has(v.kind)); }
  if ('event' in f) { const e = oneOf(ds.events.map((x) => x.id))(f.event); tests.push((v) => v.eventIds.includes(e)); }
  return (v) => tests.every((t) => t(v));
}

const VISIT_KEYS = ['person', 'traveler', 'country', 'travelerCountry', 'locality', 'region', 'subregion', 'kind', 'event', 'from', 'to', 'issue', 'trip'];
function modelVisits(raw: unknown): string[] {
  const f = readFilter(raw, VISIT_KEYS);
  const inRange = range(f);
  const base = visitCriteria(f);
  const issue = 'issue' in f ? oneOf(ds.issues.map((i) => i.id))(f.issue) : undefined;
  const trip = 'trip' in f ? oneOf(travelTrips.map((t) => t.id))(f.trip) : undefined;
  return travel
    .filter((v) => base(v) && inRange(v.start, v.end) && (trip === undefined || v.tripId === trip)
      && (issue === undefined || linked(issue, 'visit', v.id) || linked(issue, 'trip', v.tripId) || v.eventIds.some((e) => linked(issue, 'event', e))))
    .map((v) => v.id)
    .sort();
}

const TRIP_KEYS = ['person', 'traveler', 'country', 'travelerCountry', 'locality', 'region', 'subregion', 'kind', 'event', 'from', 'to', 'issue', 'derived'];
function modelTrips(raw: unknown): string[] {
  const f = readFilter(raw, TRIP_KEYS);
  const inRange = range(f);
  const { person, ...rest } = f;
  const persons = person === undefined ? undefined : many(person, oneOf(people));
  const visitLevel = Object.keys(rest).some((k) => !['from', 'to', 'issue', 'derived'].includes(k));
  const test = visitCriteria(Object.fromEntries(Object.entries(rest).filter(([k]) => !['from', 'to', 'issue', 'derived'].includes(k))));
  const issue = 'issue' in f ? oneOf(ds.issues.map((i) => i.id))(f.issue) : undefined;
  if ('derived' in f && typeof f.derived !== 'boolean') refuse('derived');
  return travelTrips
    .filter((t: Trip) => (persons === undefined || persons.has(t.personId)) && inRange(t.start, t.end)
      && (!('derived' in f) || t.derived === f.derived)
      && (!visitLevel || visitsOfTrip(t.id).some(test))
      && (issue === undefined || linked(issue, 'trip', t.id) || visitsOfTrip(t.id).some((v) => linked(issue, 'visit', v.id) || v.eventIds.some((e) => linked(issue, 'event', e)))))
    .map((t) => t.id)
    .sort();
}

const EVENT_KEYS = ['person', 'country', 'region', 'subregion', 'kind', 'series', 'issue', 'trip', 'visit', 'from', 'to'];
function modelEvents(raw: unknown): string[] {
  const f = readFilter(raw, EVENT_KEYS);
  const inRange = range(f);
  const tests: ((e: Event) => boolean)[] = [];
  if ('person' in f) {
    const p = oneOf(people)(f.person);
    tests.push((e) => e.participantIds.includes(p) || travel.some((v) => v.traveler.personId === p && v.eventIds.includes(e.id)));
  }
  if ('country' in f) { const s = many(f.country, countryCode); tests.push((e) => s.has(e.country)); }
  if ('region' in f) { const r = named(regions)(f.region); tests.push((e) => country.get(e.country)!.region.toLowerCase() === r); }
  if ('subregion' in f) { const r = named(subregions)(f.subregion); tests.push((e) => country.get(e.country)!.subregion.toLowerCase() === r); }
  if ('kind' in f) { const s = many(f.kind, oneOf(eventKinds)); tests.push((e) => s.has(e.kind)); }
  if ('series' in f) { const s = named(ds.events.flatMap((e) => e.series ?? []))(f.series); tests.push((e) => e.series?.toLowerCase() === s); }
  if ('issue' in f) { const i = oneOf(ds.issues.map((x) => x.id))(f.issue); tests.push((e) => linked(i, 'event', e.id)); }
  if ('trip' in f) { const t = oneOf(travelTrips.map((x) => x.id))(f.trip); tests.push((e) => visitsOfTrip(t).some((v) => v.eventIds.includes(e.id))); }
  if ('visit' in f) { const id = oneOf(travel.map((x) => x.id))(f.visit); tests.push((e) => travel.find((v) => v.id === id)!.eventIds.includes(e.id)); }
  return ds.events.filter((e) => inRange(e.start, e.end) && tests.every((t) => t(e))).map((e) => e.id).sort();
}

/** The library's answer equals the model's, or the library refused; an answer the model refuses fails. */
function agrees(library: () => readonly { id: string }[], model: () => string[], counts: { answered: number; nonEmpty: number }) {
  const got = attempt(library);
  if (!got.ok) return;
  let expected: string[];
  try {
    expected = model();
  } catch (error) {
    if (error instanceof Refused) throw new Error(`answered a value the documentation does not allow (${error.message})`);
    throw error;
  }
  expect(got.value.map((r) => r.id).sort()).toEqual(expected);
  counts.answered++;
  if (expected.length) counts.nonEmpty++;
}

const RUNS = 600;

describe('arbitrary filters: a library error or the right answer', () => {
  it('visits', () => {
    const counts = { answered: 0, nonEmpty: 0 };
    fc.assert(fc.property(filterOf(VISIT_KEYS), (f) => agrees(() => q.visits(ds, f as never), () => modelVisits(f), counts)), { numRuns: RUNS });
    expect(counts.nonEmpty).toBeGreaterThan(RUNS / 10);
  });

  it('trips', () => {
    const counts = { answered: 0, nonEmpty: 0 };
    fc.assert(fc.property(filterOf(TRIP_KEYS), (f) => agrees(() => q.trips(ds, f as never), () => modelTrips(f), counts)), { numRuns: RUNS });
    expect(counts.nonEmpty).toBeGreaterThan(RUNS / 10);
  });

  it('events', () => {
    const counts = { answered: 0, nonEmpty: 0 };
    const valid = (k: string) => (k === 'kind' ? VALID.eventKind : VALID[k as keyof typeof VALID]);
    fc.assert(fc.property(filterOf(EVENT_KEYS, valid), (f) => agrees(() => q.events(ds, f as never), () => modelEvents(f), counts)), { numRuns: RUNS });
    expect(counts.nonEmpty).toBeGreaterThan(RUNS / 20);
  });

  it('visitsForIssue and tripsForIssue: the same as visits and trips with the issue', () => {
    const counts = { answered: 0, nonEmpty: 0 };
    const issue = value(VALID.issue);
    fc.assert(
      fc.property(issue, filterOf(VISIT_KEYS.filter((k) => k !== 'issue')), filterOf(TRIP_KEYS.filter((k) => k !== 'issue')), (i, vf, tf) => {
        agrees(() => q.visitsForIssue(ds, i as never, vf as never), () => {
          if (typeof i !== 'string') refuse('issue');
          return modelVisits({ ...readFilter(vf, VISIT_KEYS.filter((k) => k !== 'issue')), issue: i });
        }, counts);
        agrees(() => q.tripsForIssue(ds, i as never, tf as never), () => {
          if (typeof i !== 'string') refuse('issue');
          return modelTrips({ ...readFilter(tf, TRIP_KEYS.filter((k) => k !== 'issue')), issue: i });
        }, counts);
      }),
      { numRuns: RUNS / 2 },
    );
    expect(counts.nonEmpty).toBeGreaterThan(RUNS / 20);
  });

  it('firstVisit and lastVisit: the first and last of the matching visits by start date', () => {
    fc.assert(
      fc.property(filterOf(['person', 'kind', 'traveler']), value(VALID.country), (by, c) => {
        const first = attempt(() => q.firstVisit(ds, by as never, c as never));
        const last = attempt(() => q.lastVisit(ds, by as never, c as never));
        expect(first.ok).toBe(last.ok);
        if (!first.ok || !last.ok) return;
        const f = readFilter(by, ['person', 'kind', 'traveler']);
        const code = countryCode(c);
        const all = travel.filter((v) => v.country === code && visitCriteria(f)(v)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        expect(first.value?.start).toBe(all[0]?.start);
        expect(last.value?.start).toBe(all.at(-1)?.start);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('search: hits that hold every word, at most limit of them, of the types asked', () => {
    const words = value(pick(['tokyo', 'Blinken visit', 'g7', 'erdoğan', 'channels', 'x']));
    const options = filterOf(['types', 'limit'], (k) =>
      k === 'limit' ? fc.integer({ min: 1, max: 5 }) : fc.uniqueArray(pick([...q.SEARCH_TYPES]), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(words, options, (w, o) => {
        const got = attempt(() => q.search(ds, w as never, o as never));
        if (!got.ok) return;
        const f = readFilter(o, ['types', 'limit']);
        if (typeof w !== 'string' || w.trim() === '') refuse('text');
        if ('limit' in f) expect(Number.isInteger(f.limit) && (f.limit as number) >= 1).toBe(true);
        if ('types' in f) expect(Array.isArray(f.types) && (f.types as unknown[]).length > 0).toBe(true);
        expect(got.value.length).toBeLessThanOrEqual((f.limit as number | undefined) ?? Infinity);
        for (const hit of got.value) if (f.types) expect(f.types as string[]).toContain(hit.type);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('arbitrary arguments to every other helper: a library error or an answer', () => {
  const id = value(fc.oneof(VALID.trip, VALID.visit, VALID.event, VALID.person, pick(ds.issueLinks.map((l) => l.id))));
  const subject = fc.oneof(id, filterOf(['type', 'id'], (k) => (k === 'type' ? pick(['trip', 'visit', 'event', 'source', 'person', 'issue-link']) : id)));
  const rangeFilter = filterOf(['from', 'to']);
  const calls: [string, fc.Arbitrary<unknown[]>, (args: unknown[]) => unknown][] = [
    ['tripOf', fc.tuple(id), ([a]) => q.tripOf(ds, a as never)],
    ['itinerary', fc.tuple(id), ([a]) => q.itinerary(ds, a as never)],
    ['participants', fc.tuple(id), ([a]) => q.participants(ds, a as never)],
    ['evidenceFor', fc.tuple(id), ([a]) => q.evidenceFor(ds, a as never)],
    ['issuesOf', fc.tuple(subject, filterOf(['relation', 'inherited'], (k) => (k === 'relation' ? pick(['agenda', 'context']) : fc.boolean()))), ([a, b]) => q.issuesOf(ds, a as never, b as never)],
    ['discrepancies', fc.tuple(subject), ([a]) => q.discrepancies(ds, a as never)],
    ['counterparts', fc.tuple(value(VALID.person), rangeFilter), ([a, b]) => q.counterparts(ds, a as never, b as never)],
    ['countriesVisited', fc.tuple(value(VALID.person), rangeFilter), ([a, b]) => q.countriesVisited(ds, a as never, b as never)],
    ['daysAbroad', fc.tuple(value(VALID.person), rangeFilter), ([a, b]) => q.daysAbroad(ds, a as never, b as never)],
    ['timeline', fc.tuple(value(VALID.person), rangeFilter), ([a, b]) => q.timeline(ds, a as never, b as never)],
    ['bind', fc.tuple(fc.oneof(fc.constant(ds), junk)), ([a]) => q.bind(a as never).visits({ person: 'austin-lloyd-j' } as never)],
  ];
  it.each(calls)('%s', (_, args, call) => {
    let answered = 0;
    fc.assert(
      fc.property(args, (a) => {
        if (attempt(() => call(a)).ok) answered++;
      }),
      { numRuns: RUNS / 2 },
    );
    expect(answered).toBeGreaterThan(0);
  });

  it('a range a helper answers is a real, forward range', () => {
    fc.assert(
      fc.property(value(VALID.person), rangeFilter, (p, r) => {
        const got = attempt(() => q.daysAbroad(ds, p as never, r as never));
        if (!got.ok) return;
        oneOf(people)(p);
        range(readFilter(r, ['from', 'to']));
        expect(Number.isInteger(got.value) && got.value >= 0).toBe(true);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

