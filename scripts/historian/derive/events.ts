/**
 * Events from "Attended …" remarks: every official visit whose remark names a
 * multilateral meeting (scripts/historian/derive/event-rules.ts) is grouped
 * with the other visits that name the same meeting in the same country within
 * a few days, and the group becomes one event that they all hold in `eventIds`.
 */
import type { Event } from '../../../src/schemas/event.js';
import type { Visit } from '../../../src/schemas/visit.js';
import { compareIds } from '../../../src/util/canonical.js';
import { compareRecordIds, compareStrings, daysBetween } from '../text.js';
import { EVENT_RULES, type EventRule } from './event-rules.js';
import { clauses } from './remarks.js';
import { recordIdsOf, slugify, sourceOf } from './util.js';

/** "Attended", "attended", "Participated in", never "attended by". */
const ATTENDED = /\b(?:[Aa]ttended|[Pp]articipated in|Invited [Gg]uest (?:to|at))\b(?! by)/;
/** Where the attended clause ends: the next thing the traveller did. */
const CLAUSE_END = /,? and (?:met|discussed|signed|visited|addressed|held|delivered|toured|called|accompanied|supported|conferred|commemorated|co-chaired|co-hosted|attended)\b/;
/** Visits naming the same meeting at most this many days apart belong to one event. */
const GAP_DAYS = 3;

export interface Attendance {
  visit: Visit;
  rule: EventRule;
  match: RegExpExecArray;
  /** The sentence of the remark that names the meeting. */
  quote: string;
  /** Place named in the clause ("in Chicago", "at Sea Island"), when the visit gives none. */
  placeInClause?: string;
}

/** Every meeting a visit's remark says it attended, one per rule group. */
export function attendancesOf(visit: Visit): Attendance[] {
  if (!visit.remarks) return [];
  const out: Attendance[] = [];
  const groups = new Set<string>();
  for (const c of clauses(visit.remarks, ATTENDED, CLAUSE_END)) {
    for (const rule of EVENT_RULES) {
      if (groups.has(rule.group)) continue;
      const m = rule.pattern.exec(c.clause);
      if (!m || rule.unless?.test(c.clause)) continue;
      groups.add(rule.group);
      const place = /\b(?:in|at) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)/.exec(c.clause.slice(m.index + m[0].length))?.[1];
      out.push({ visit, rule, match: m, quote: c.sentence, ...(place ? { placeInClause: place } : {}) });
    }
  }
  return out;
}

const valueOf = (v: string | ((m: RegExpExecArray, start: string) => string) | undefined, a: Attendance): string | undefined =>
  typeof v === 'function' ? v(a.match, a.visit.start) : v;

/** The most frequent value, ties broken by code-unit order so the result never depends on input order. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0];
}

export interface DerivedEvents {
  events: Event[];
  /** Visit id -> ids of the derived events it attended. */
  eventIdsByVisit: Map<string, string[]>;
  /** Attendances per rule id, for the import report. */
  byRule: Record<string, { visits: number; events: number }>;
  /** Visits that name a meeting another country's visits hold on the same dates: no event is made of them. */
  contradicted: Contradicted[];
}

export interface Contradicted {
  rule: string;
  visitIds: string[];
  /** The visits' country. */
  country: string;
  /** Where the larger group of visits places the meeting. */
  heldIn: string;
}

const spanOf = (g: Attendance[]) => ({
  start: g.reduce((m, a) => (a.visit.start < m ? a.visit.start : m), g[0]!.visit.start),
  end: g.reduce((m, a) => (a.visit.end > m ? a.visit.end : m), g[0]!.visit.end),
});

/**
 * Groups the attendances into events. `keep(candidate)` lets the caller drop
 * an event the curated layer already holds.
 */
export function deriveEvents(
  visits: readonly Visit[],
  countryName: (code: string) => string = (c) => c,
  keep: (event: Event, attendances: Attendance[]) => boolean = () => true): DerivedEvents {
  const byKey = new Map<string, Attendance[]>();
  for (const visit of visits) {
    for (const a of attendancesOf(visit)) {
      // One meeting per rule, name (inaugurations of different presidents) and host country.
      const key = `${a.rule.id}|${valueOf(a.rule.name, a)}|${a.visit.country}`;
      byKey.set(key, [...(byKey.get(key) ?? []), a]);
    }
  }
  const groups: Attendance[][] = [];
  for (const key of [...byKey.keys()].sort(compareStrings)) {
    const list = byKey.get(key)!.sort((x, y) => compareStrings(x.visit.start, y.visit.start) || compareRecordIds(x.visit.id, y.visit.id));
    let current: Attendance[] = [];
    let end = '';
    for (const a of list) {
      if (current.length > 0 && daysBetween(end, a.visit.start) > GAP_DAYS) {
        groups.push(current);
        current = [];
      }
      if (current.length === 0) end = a.visit.end;
      current.push(a);
      if (a.visit.end > end) end = a.visit.end;
    }
    if (current.length) groups.push(current);
  }

  // One meeting is held in one place: a group of one rule that overlaps a larger group of the
  // same rule in another country is a record error (hsg-travel-1430 puts the 2004 APEC summit in
  // Jerusalem, while Santiago holds it), so it becomes no event and is reported.
  const contradicted: Contradicted[] = [];
  const kept = groups.filter((g) => {
    const span = spanOf(g);
    const rival = groups.find((o) => o !== g && o[0]!.rule.id === g[0]!.rule.id && o[0]!.visit.country !== g[0]!.visit.country &&
      valueOf(o[0]!.rule.name, o[0]!) === valueOf(g[0]!.rule.name, g[0]!) &&
      daysBetween(spanOf(o).end, span.start) <= GAP_DAYS && daysBetween(span.end, spanOf(o).start) <= GAP_DAYS &&
      (o.length > g.length || (o.length === g.length && compareStrings(spanOf(o).start + o[0]!.visit.country, span.start + g[0]!.visit.country) < 0)));
    if (rival) contradicted.push({ rule: g[0]!.rule.id, visitIds: g.map((a) => a.visit.id), country: g[0]!.visit.country, heldIn: rival[0]!.visit.country });
    return !rival;
  });
  const candidates = kept.map((group) => toEvent(group, countryName));
  // Two meetings that would get the same id (same place and month) both take the day.
  const idCount = new Map<string, number>();
  for (const c of candidates) idCount.set(c.event.id, (idCount.get(c.event.id) ?? 0) + 1);
  for (const c of candidates) if (idCount.get(c.event.id)! > 1) c.event.id = `${c.event.id}-${c.event.start.slice(8, 10)}`;

  const events: Event[] = [];
  const eventIdsByVisit = new Map<string, string[]>();
  const byRule: DerivedEvents['byRule'] = {};
  for (const rule of EVENT_RULES) byRule[rule.id] = { visits: 0, events: 0 };
  for (const { event, group } of candidates) {
    if (!keep(event, group)) continue;
    events.push(event);
    byRule[group[0]!.rule.id]!.events++;
    for (const a of group) {
      byRule[a.rule.id]!.visits++;
      eventIdsByVisit.set(a.visit.id, [...(eventIdsByVisit.get(a.visit.id) ?? []), event.id].sort(compareStrings));
    }
  }
  events.sort((a, b) => compareIds(a.id, b.id));
  return { events, eventIdsByVisit, byRule, contradicted };
}

function toEvent(group: Attendance[], countryName: (code: string) => string): { event: Event; group: Attendance[] } {
  const first = group[0]!;
  const start = group.reduce((m, a) => (a.visit.start < m ? a.visit.start : m), first.visit.start);
  const end = group.reduce((m, a) => (a.visit.end > m ? a.visit.end : m), first.visit.end);
  const country = first.visit.country;
  // The place: where the US travellers were (their records give it), else what the remarks name.
  const locality =
    mostCommon(group.map((a) => a.visit.locality).filter((l): l is string => !!l).map((l) => l.split(/[,(]/)[0]!.trim())) ??
    mostCommon(group.map((a) => a.placeInClause).filter((l): l is string => !!l));
  const name = valueOf(first.rule.name, first)!;
  const series = valueOf(first.rule.series, first);
  const stem = valueOf(first.rule.slug, first)!;
  const recordIds = [...new Set(group.flatMap((a) => recordIdsOf(a.visit)))].sort(compareRecordIds);
  const participantIds = [...new Set(group.map((a) => a.visit.traveler.personId).filter((p): p is string => !!p))].sort(compareStrings);
  const visitIds = group.map((a) => a.visit.id);
  const event: Event = {
    id: slugify(`${stem}-${locality ?? country}-${start.slice(0, 7)}`),
    name: `${name}, ${locality ?? countryName(country)} ${start.slice(0, 4)}`,
    kind: first.rule.kind,
    ...(series ? { series } : {}),
    start,
    end,
    dateQualifier: 'approximate',
    dateNote:
      group.length === 1
        ? `No record gives the meeting's own dates; dated by the official visit that attended it (${visitIds[0]}).`
        : `No record gives the meeting's own dates; the range spans the ${group.length} official visits that attended it (${visitIds.slice(0, 3).join(', ')}${group.length > 3 ? ', …' : ''}).`,
    country,
    ...(locality ? { locality } : {}),
    participantIds,
    provenance: group
      .slice()
      .sort((a, b) => compareRecordIds(a.visit.id, b.visit.id))
      .map((a) => ({ sourceId: sourceOf(a.visit), recordIds: recordIdsOf(a.visit), quote: a.quote })),
    derivedBy: { rule: first.rule.id, recordIds },
  };
  return { event, group };
}
