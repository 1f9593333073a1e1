/**
 * data/official/trips.json: trips derived from the official visits of one
 * traveller (Secretary of State or President). Foreign leaders' visits do not
 * form trips.
 *
 * Visits are taken in travel order and each visit either joins the trip so far
 * or starts a new one. The decision uses every signal the records hold, in
 * this order (the first that applies wins; see docs/official-import.md):
 *
 * 1. a return to the U.S. stated in the remarks ("Returned to U.S. April 16")
 *    ends the journey: a later stop starts a new trip;
 * 2. a departure stated in the next stop's remarks ("Left U.S. May 12") after
 *    the trip so far starts a new trip;
 * 3. a stated departure and the next stated return bound one journey: every
 *    stop between them joins ("stated-journey");
 * 4. the next stop starts at most one day after the trip's latest end
 *    ("consecutive-days");
 * 5. the next stop is one made "while returning" / "en route to U.S."
 *    ("returning-stop"), or the last stop was one "en route to" somewhere
 *    ("en-route-stop") or says the traveller went on by sea ("sea-voyage"),
 *    within a few days;
 * 6. both stops belong to one journey of a President (the Secretary with him,
 *    same country, overlapping days) ("president-journey");
 * 7. before 1950, gaps of up to ten days between stops are a voyage, not a
 *    return home ("sea-era-gap");
 * 8. one free day between two stops in the same subregion outside the
 *    Americas, where flying home and back is implausible
 *    ("same-region-short-gap");
 * 9. otherwise a new trip.
 */
import type { Trip, TripGroupingRule } from '../../src/schemas/trip.js';
import type { Visit } from '../../src/schemas/visit.js';
import { compareRecordIds, compareStrings, daysBetween, listJoin, monthSpan } from './text.js';

/** A visit joins the trip when it starts on, or the day after, the trip's latest end. Two days apart (a free day between) usually means a return home, e.g. Blinken's China visit ending 2024-04-27 and his Riyadh stop from 2024-04-29. */
export const MAX_START_AFTER_END_DAYS = 1;
/** An en-route or returning stop joins its journey within this many days (air era): the largest such gap in the records after 1950 is 2 (Dulles, London 1958-10-19, "en route to Taipei", Taipei from 10-21). */
export const EN_ROUTE_MAX_DAYS = 3;
/** Before this date journeys abroad were mostly by sea: every gap of up to ten days between stops in the records before it is a voyage (Root 1906, Buenos Aires to Santiago: 10 days), and the returns home in between are stated in the remarks. */
export const SEA_ERA_BEFORE = '1950-01-01';
export const SEA_ERA_MAX_DAYS = 10;
/** One free day between two stops of the same subregion outside the Americas (Pompeo, Israel 2020-11-19, then Abu Dhabi 11-21). */
export const SAME_REGION_MAX_DAYS = 2;

/** Country facts the rules need. */
export interface CountryInfo {
  name: string;
  region?: string;
  subregion?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?:,\s*(\d{4}))?`;
const US = String.raw`(?:the\s+)?(?:u\.\s?s(?!\.?-)\.?|united states|washington)`;
/** "Left U.S. February 23", "Departed the U.S. December 4", "Left Washington March 6", "Departed from Washington January 1". */
const DEPARTURE = new RegExp(String.raw`\b(?:left|departed)(?:\s+from)?\s+${US}\.?\s+${DATE}`, 'i');
/** "Returned to U.S. April 16", "returned September 23", "Returned to Washington January 19", "Arrived In the U.S. February 24". */
const RETURN = new RegExp(String.raw`\b(?:returned(?:\s+to\s+${US})?|arrived\s+in\s+${US})\.?\s+${DATE}`, 'i');
/** A stop on the way home: "while returning to U.S.", "en route to U.S. from Sarajevo", "en route return to Washington", "en route from Manila", "Re-embarked for the U.S.". */
const RETURNING = new RegExp(String.raw`(?:while|when)\s+returning|returning\s+(?:to|from|home)|before\s+returning|en\s+route\s+(?:back|home|from|re\w*\s+to|to\s+${US})|way\s+(?:home|back)|embarked\s+for\s+${US}`, 'i');
/** A stop on the way out: "Stopped en route to Beirut", "Overnight stop en route to Casablanca", "on the way to South America", "Disembarked". */
const EN_ROUTE = /\ben\s+route\s+to\b|\bon\s+the\s+way\s+to\b|\bdisembarked\b/i;
/** The traveller went on by sea: "Traveled by sea from Athens to Tunis". */
const BY_SEA = /\b(?:travell?ed\s+by\s+sea|by\s+ship)\b/i;

interface Stated {
  departure?: string;
  ret?: string;
}

/** The stated departure and return dates of a visit's remarks, with the year taken from the visit (the nearest fitting year). */
export function statedDates(v: Visit): Stated {
  const remarks = v.remarks ?? '';
  const out: Stated = {};
  const d = DEPARTURE.exec(remarks);
  if (d) out.departure = resolveDate(d, v.start, 'before');
  const r = RETURN.exec(remarks);
  if (r) out.ret = resolveDate(r, v.end, 'after');
  return out;
}

function resolveDate(m: RegExpExecArray, anchor: string, side: 'before' | 'after'): string {
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const day = Number(m[2]);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const at = (year: number): string => `${year}-${pad(month)}-${pad(day)}`;
  if (m[3]) return at(Number(m[3]));
  const year = Number(anchor.slice(0, 4));
  // A departure lies on or before the stop, a return on or after it (Lansing: left December 4, 1918 for a stop from December 14).
  if (side === 'before') return at(year) <= anchor ? at(year) : at(year - 1);
  return at(year) >= anchor ? at(year) : at(year + 1);
}

export const isReturningStop = (v: Visit): boolean => RETURNING.test(v.remarks ?? '');
export const isEnRouteStop = (v: Visit): boolean => !isReturningStop(v) && EN_ROUTE.test(v.remarks ?? '');
export const goesOnBySea = (v: Visit): boolean => BY_SEA.test(v.remarks ?? '');

interface Decision {
  join: boolean;
  /** Set where several joins share one reason, so the note names the reason once with every visit it joined. */
  visitId?: string;
  rule: TripGroupingRule | 'gap' | 'stated-return' | 'stated-departure';
  note: string;
}

/** The ranking of join rules, strongest first: a trip's `grouping.rule` is the strongest rule that joined any two of its visits. */
const RANK: TripGroupingRule[] = [
  'stated-journey',
  'president-journey',
  'returning-stop',
  'en-route-stop',
  'sea-voyage',
  'sea-era-gap',
  'same-region-short-gap',
  'consecutive-days',
  'single-visit',
];

/** What each rule does, for the import report (docs/official-import.md has the table). */
export const TRIP_RULES: Record<TripJoin['rule'], string> = {
  'stated-return': 'splits: a stop after the return to the U.S. stated in the remarks of a stop of the trip',
  'stated-departure': 'splits: a stop whose remarks state a departure from the U.S. after the trip',
  'stated-journey': 'joins every stop between a stated departure and the next stated return',
  'consecutive-days': 'joins a stop that starts at most one day after the trip ends',
  'returning-stop': `joins a stop made while returning to the U.S., within ${EN_ROUTE_MAX_DAYS} days (${SEA_ERA_MAX_DAYS} before 1950)`,
  'en-route-stop': `joins the stop after one made en route, within ${EN_ROUTE_MAX_DAYS} days (${SEA_ERA_MAX_DAYS} before 1950)`,
  'sea-voyage': `joins the stop after one whose remarks say the traveller went on by sea, within ${EN_ROUTE_MAX_DAYS} days (${SEA_ERA_MAX_DAYS} before 1950)`,
  'president-journey': "joins a Secretary's stops that are stops of one journey of a President (same country, overlapping days)",
  'sea-era-gap': `joins stops up to ${SEA_ERA_MAX_DAYS} days apart before 1950 (a voyage)`,
  'same-region-short-gap': 'joins stops with one free day between them in the same subregion outside the Americas',
  'single-visit': 'a trip of one visit',
};

/** One decision other than by consecutive days, for the import report: the visit it joined to a trip (or started a new trip with) and the rule. */
export interface TripJoin {
  tripId: string;
  rule: TripGroupingRule | 'stated-return' | 'stated-departure';
  visitId: string;
}

/** Derives the trips; `joins`, when given, receives every join or split made by a rule other than the dates alone. */
export function deriveTrips(visits: Visit[], country: (code: string) => CountryInfo, joins: TripJoin[] = []): Trip[] {
  const byPerson = new Map<string, Visit[]>();
  for (const v of visits) {
    if (v.kind !== 'secretary-travel' && v.kind !== 'president-travel') continue;
    const personId = v.traveler.personId;
    if (!personId) throw new Error(`import-historian: travel visit ${v.id} has no personId`);
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), v]);
  }
  for (const list of byPerson.values()) {
    list.sort((a, b) => compareStrings(a.start, b.start) || compareStrings(a.end, b.end) || compareRecordIds(a.id, b.id));
  }

  // Presidents' journeys first, so a Secretary's stops can be matched to the journey of the President they accompanied.
  const presidentTrips: Trip[] = [];
  const secretaryIds: string[] = [];
  for (const [personId, list] of [...byPerson].sort((a, b) => compareStrings(a[0], b[0]))) {
    if (list.every((v) => v.kind === 'president-travel')) presidentTrips.push(...groupPerson(personId, list, country, () => undefined, joins));
    else secretaryIds.push(personId);
  }
  const presidentVisits = visits.filter((v) => v.kind === 'president-travel');
  const tripOfVisit = new Map<string, Trip>();
  for (const t of presidentTrips) for (const id of t.visitIds) tripOfVisit.set(id, t);
  const presidentTripOf = (v: Visit): Trip | undefined => {
    if (v.kind !== 'secretary-travel') return undefined;
    const p = presidentVisits.find((p) => p.country === v.country && p.start <= v.end && v.start <= p.end && p.traveler.personId !== v.traveler.personId);
    return p ? tripOfVisit.get(p.id) : undefined;
  };

  const trips = [...presidentTrips];
  for (const personId of secretaryIds) trips.push(...groupPerson(personId, byPerson.get(personId)!, country, presidentTripOf, joins));

  trips.sort((a, b) => compareStrings(a.id, b.id));
  for (let i = 1; i < trips.length; i++) {
    if (trips[i]!.id === trips[i - 1]!.id) throw new Error(`import-historian: two derived trips share the id ${trips[i]!.id}`);
  }
  return trips;
}

function groupPerson(
  personId: string,
  list: Visit[],
  country: (code: string) => CountryInfo,
  presidentTripOf: (v: Visit) => Trip | undefined,
  joins: TripJoin[],
): Trip[] {
  const stated = new Map(list.map((v) => [v.id, statedDates(v)]));
  // The stated return that closes the journey opened by each stated departure: the first return on that stop or a later one, unless another departure comes first.
  const returnAfter = new Map<string, { date: string; visitId: string }>();
  list.forEach((v, i) => {
    if (!stated.get(v.id)!.departure) return;
    for (let j = i; j < list.length; j++) {
      const s = stated.get(list[j]!.id)!;
      if (j > i && s.departure) break;
      if (s.ret) {
        returnAfter.set(v.id, { date: s.ret, visitId: list[j]!.id });
        break;
      }
    }
  });

  const trips: Trip[] = [];
  let current: Visit[] = [];
  let end = '';
  let opened = '';
  let pending: Omit<TripJoin, 'tripId'>[] = [];
  const rules: TripGroupingRule[] = [];
  const notes: { rule: string; reason: string; visitIds: string[] }[] = [];

  // A stated return or departure is named as the reason for a new trip only where another rule would have joined the stops.
  const decide = (next: Visit): Decision => {
    const stop = statedStop(next);
    const join = joinRule(next);
    if (stop && join.join && join.rule !== 'stated-journey') return { ...stop, note: `${stop.note}, though ${join.rule} would join them` };
    if (stop) return { join: false, rule: 'gap', note: stop.note };
    return join;
  };

  const statedStop = (next: Visit): Decision | undefined => {
    for (const v of current) {
      const r = stated.get(v.id)!.ret;
      if (r && next.start > r) return { join: false, rule: 'stated-return', note: `the remarks of ${v.id} state a return to the U.S. on ${r}, before ${next.id} (${next.start})` };
    }
    const dep = stated.get(next.id)!.departure;
    if (dep && dep >= end) return { join: false, rule: 'stated-departure', note: `the remarks of ${next.id} state a departure from the U.S. on ${dep}, after the previous stop ended ${end}` };
    return undefined;
  };

  const joinRule = (next: Visit): Decision => {
    const gap = daysBetween(end, next.start);
    const last = current[current.length - 1]!;
    const gapText = `${next.id} starts ${next.start}, ${gap} day${Math.abs(gap) === 1 ? '' : 's'} after the trip's last day ${end}`;
    for (const v of current) {
      const d = stated.get(v.id)!.departure;
      const r = returnAfter.get(v.id);
      if (d && r && next.start <= r.date) {
        return { join: true, rule: 'stated-journey', note: `between the departure on ${d} stated by ${v.id} and the return on ${r.date} stated by ${r.visitId}`, visitId: next.id };
      }
    }
    if (gap <= MAX_START_AFTER_END_DAYS) return { join: true, rule: 'consecutive-days', note: gapText };
    const seaEra = next.start < SEA_ERA_BEFORE;
    const stopDays = seaEra ? SEA_ERA_MAX_DAYS : EN_ROUTE_MAX_DAYS;
    if (gap <= stopDays && isReturningStop(next)) return { join: true, rule: 'returning-stop', note: `${next.id} is a stop on the way home ("${quoteOf(next, RETURNING)}"), ${gap} days after ${end}` };
    if (gap <= stopDays && isEnRouteStop(last)) return { join: true, rule: 'en-route-stop', note: `${last.id} is a stop on the way ("${quoteOf(last, EN_ROUTE)}"), ${next.id} follows ${gap} days later` };
    if (gap <= (seaEra ? SEA_ERA_MAX_DAYS : EN_ROUTE_MAX_DAYS) && goesOnBySea(last)) return { join: true, rule: 'sea-voyage', note: `${last.id}: "${quoteOf(last, BY_SEA)}"; ${next.id} follows ${gap} days later` };
    const pNext = presidentTripOf(next);
    if (pNext) {
      const with_ = current.find((v) => presidentTripOf(v) === pNext);
      if (with_) return { join: true, rule: 'president-journey', note: `${with_.id} and ${next.id} are stops of the President's journey ${pNext.id} (same country, same days)` };
    }
    if (seaEra && gap <= SEA_ERA_MAX_DAYS) return { join: true, rule: 'sea-era-gap', note: `${gapText}: before 1950, a voyage between stops rather than a return home` };
    if (gap <= SAME_REGION_MAX_DAYS) {
      const a = country(last.country);
      const b = country(next.country);
      if (a.subregion && a.subregion === b.subregion && a.region !== 'Americas') {
        return { join: true, rule: 'same-region-short-gap', note: `${gapText}, both in ${a.subregion}: one free day, too short to fly home and back` };
      }
    }
    return { join: false, rule: 'gap', note: gapText };
  };

  const flush = (): void => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    const names: string[] = [];
    for (const v of current) {
      const n = country(v.country).name;
      if (!names.includes(n)) names.push(n);
    }
    const rule = current.length === 1 ? 'single-visit' : RANK.find((r) => rules.includes(r))!;
    const joined = notes.map((n) => `joined by ${n.rule}: ${n.visitIds.length ? `${listJoin(n.visitIds)} ${n.visitIds.length === 1 ? 'lies' : 'lie'} ` : ''}${n.reason}`);
    const note = [opened, ...joined].filter(Boolean).join('; ') || (current.length === 1 ? 'one visit: no rule joins it to the stops before or after it' : 'each stop starts at most a day after the last ends');
    for (const j of pending) joins.push({ tripId: `${personId}-${start}`, ...j });
    trips.push({
      id: `${personId}-${start}`,
      personId,
      title: `${listJoin(names)}, ${monthSpan(start, end)}`,
      start,
      end,
      visitIds: current.map((v) => v.id),
      derived: true,
      grouping: { rule, note },
    });
  };

  for (const v of list) {
    const decision = current.length > 0 ? decide(v) : undefined;
    if (decision?.join) {
      current.push(v);
      if (v.end > end) end = v.end;
      rules.push(decision.rule as TripGroupingRule);
      if (decision.rule !== 'consecutive-days') pending.push({ rule: decision.rule as TripGroupingRule, visitId: v.id });
      if (decision.visitId) {
        const shared = notes.find((n) => n.reason === decision.note);
        if (shared) shared.visitIds.push(decision.visitId);
        else notes.push({ rule: decision.rule, reason: decision.note, visitIds: [decision.visitId] });
      } else if (decision.rule !== 'consecutive-days') notes.push({ rule: decision.rule, reason: decision.note, visitIds: [] });
    } else {
      flush();
      current = [v];
      end = v.end;
      rules.length = 0;
      notes.length = 0;
      opened = decision && decision.rule !== 'gap' ? `starts a new trip by ${decision.rule}: ${decision.note}` : '';
      pending = decision && decision.rule !== 'gap' ? [{ rule: decision.rule as TripJoin['rule'], visitId: v.id }] : [];
    }
  }
  flush();
  return trips;
}

function quoteOf(v: Visit, pattern: RegExp): string {
  const remarks = v.remarks ?? '';
  const m = pattern.exec(remarks);
  if (!m) return remarks;
  // The sentence that holds the match.
  const from = remarks.lastIndexOf('.', m.index - 1);
  const sentence = remarks.slice(from < 0 ? 0 : from + 1);
  const to = sentence.search(/\.(\s|$)/);
  return (to < 0 ? sentence : sentence.slice(0, to + 1)).trim();
}
