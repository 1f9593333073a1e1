/**
 * data/official/visits.json: one Visit per official record, exact and near
 * duplicates merged into one visit that lists every record id. See
 * docs/official-import.md for the rules.
 */
import { isIsoDate } from '../../src/schemas/common.js';
import type { Discrepancy } from '../../src/schemas/discrepancy.js';
import type { Person } from '../../src/schemas/person.js';
import type { Traveler, Visit, VisitKind } from '../../src/schemas/visit.js';
import type { Interpretation } from './interpret.js';
import type { RawTravel, RawVisit } from './read.js';
import { compareRecordIds, compareStrings } from './text.js';
import { splitVisitor } from './visitor.js';

export const SOURCE_TRAVELS = 'hsg-travels';
export const SOURCE_VISITS = 'hsg-visits';
export const SOURCE_POCOM = 'hsg-pocom';

/** A record after date checks and mapping, before merging. */
interface Rec {
  recordId: string;
  num: number;
  kind: VisitKind;
  sourceId: string;
  /** Who travelled, for duplicate detection: person id, or the visitor text (lower case). */
  travelerKey: string;
  traveler: Traveler;
  travelerCountry: string;
  country: string;
  locality?: string;
  start: string;
  end: string;
  dateQualifier?: 'approximate';
  dateNote?: string;
  remarks?: string;
  /** Latest of created / last-modified, ms since epoch; -Infinity when neither is given. */
  edited: number;
  editedText: string;
}

export interface DateIssue {
  recordId: string;
  problem: string;
  handling: string;
}

export interface Skipped {
  recordId: string;
  reason: string;
}

export interface DuplicateGroup {
  visitId: string;
  mergedRecordIds: string[];
  /** The record whose dates and text the visit keeps. */
  fieldsFrom: string;
  /** Fields on which the merged records disagree ([] for exact duplicates). */
  differences: string[];
}

export interface KeptApart {
  recordIds: [string, string];
  reason: string;
}

export interface VisitsResult {
  visits: Visit[];
  discrepancies: Discrepancy[];
  duplicates: DuplicateGroup[];
  keptApart: KeptApart[];
  dateIssues: DateIssue[];
  skipped: Skipped[];
  visitors: { titled: number; keptWhole: { recordId: string; visitor: string; reason: string }[] };
}

function editedAt(created: string, modified: string): { edited: number; editedText: string } {
  let best = { edited: Number.NEGATIVE_INFINITY, editedText: '' };
  for (const t of [created, modified]) {
    const ms = Date.parse(t);
    if (t && !Number.isNaN(ms) && ms > best.edited) best = { edited: ms, editedText: t };
  }
  return best;
}

/** Checks start/end; returns undefined (and records why) when the record cannot be placed in time. */
function checkDates(
  recordId: string,
  start: string,
  end: string,
  dateIssues: DateIssue[],
  skipped: Skipped[],
): Pick<Rec, 'start' | 'end' | 'dateQualifier' | 'dateNote'> | undefined {
  if (!isIsoDate(start)) {
    skipped.push({ recordId, reason: `start date "${start}" is missing or not a real YYYY-MM-DD date` });
    return undefined;
  }
  if (!isIsoDate(end)) {
    const problem = end === '' ? 'no end date' : `end date "${end}" is not a real YYYY-MM-DD date`;
    dateIssues.push({ recordId, problem, handling: 'end set to the start date, dateQualifier approximate' });
    return {
      start,
      end: start,
      dateQualifier: 'approximate',
      dateNote: `The official record gives ${problem}; the visit is dated by its start date only.`,
    };
  }
  if (end < start) {
    skipped.push({ recordId, reason: `end date ${end} is before start date ${start}` });
    return undefined;
  }
  return { start, end };
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    // The smaller record id is the root, so a group's id is its smallest record.
    if (compareRecordIds(ra, rb) < 0) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

const byTravelOrder = (a: Rec, b: Rec): number =>
  compareStrings(a.start, b.start) || compareStrings(a.end, b.end) || compareRecordIds(a.recordId, b.recordId);

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

/**
 * Travel records: same person, same country code, the same locality (compared
 * case-insensitively; an empty locality matches only an empty one), and dates
 * that overlap by more than a hand-over day, unless another record of the same
 * person in another country sits between them (by record number and date).
 */
function findTravelDuplicates(recs: Rec[], uf: UnionFind, keptApart: KeptApart[]): void {
  const byPerson = new Map<string, Rec[]>();
  for (const r of recs) byPerson.set(r.travelerKey, [...(byPerson.get(r.travelerKey) ?? []), r]);
  for (const personRecs of byPerson.values()) {
    const byCountry = new Map<string, Rec[]>();
    for (const r of personRecs) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
    for (const group of byCountry.values()) {
      forEachOverlappingPair(group, (a, b, pair) => {
        if (lower(a.locality) !== lower(b.locality)) {
          keptApart.push({
            recordIds: pair,
            reason: !a.locality || !b.locality ? 'one record gives no locality' : 'different localities',
          });
          return;
        }
        if (a.start !== b.start && b.start >= a.end) {
          keptApart.push({ recordIds: pair, reason: 'consecutive stays: one starts the day the other ends' });
          return;
        }
        const commonStart = b.start;
        const commonEnd = a.end < b.end ? a.end : b.end;
        const [lo, hi] = [Math.min(a.num, b.num), Math.max(a.num, b.num)];
        const between = personRecs.find(
          (x) => x.country !== a.country && x.num > lo && x.num < hi && x.start >= commonStart && x.end <= commonEnd,
        );
        if (between) {
          keptApart.push({
            recordIds: pair,
            reason: `out and back: ${between.recordId} (${between.country}) lies between them in record order and within their common dates`,
          });
          return;
        }
        uf.union(a.recordId, b.recordId);
      });
    }
  }
}

/**
 * Foreign leaders' visits: one record per engagement. Only exact duplicates
 * (same visitor text, country, dates and description) are merged; the same
 * visitor's overlapping engagements with different descriptions are kept.
 */
function findVisitDuplicates(recs: Rec[], uf: UnionFind, keptApart: KeptApart[]): void {
  const groups = new Map<string, Rec[]>();
  for (const r of recs) {
    const key = `${r.travelerCountry}|${r.travelerKey}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    forEachOverlappingPair(group, (a, b, pair) => {
      if (a.start === b.start && a.end === b.end && (a.remarks ?? '') === (b.remarks ?? '')) {
        uf.union(a.recordId, b.recordId);
      } else {
        keptApart.push({ recordIds: pair, reason: 'separate engagements of the same visitor: dates or descriptions differ' });
      }
    });
  }
}

/** Sorts `group` in travel order and calls `visit` for every pair whose dates overlap, with their record ids in order. */
function forEachOverlappingPair(group: Rec[], visit: (a: Rec, b: Rec, pair: [string, string]) => void): void {
  group.sort(byTravelOrder);
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i]!, group[j]!];
      if (b.start > a.end) break;
      visit(a, b, [a.recordId, b.recordId].sort(compareRecordIds) as [string, string]);
    }
  }
}

function describeGroup(
  members: Rec[],
  winner: Rec,
  visitId: string,
  countryName: (code: string) => string,
): { differences: string[]; discrepancy?: Discrepancy } {
  const fields: { key: string; label: string; get: (r: Rec) => string | undefined }[] = [
    { key: 'start', label: 'Start date', get: (r) => r.start },
    { key: 'end', label: 'End date', get: (r) => r.end },
    { key: 'locality', label: 'Locality', get: (r) => r.locality },
    { key: 'traveler.name', label: 'Traveller name', get: (r) => r.traveler.name },
    { key: 'remarks', label: 'Remarks', get: (r) => r.remarks },
  ];
  const differences: string[] = [];
  const parts: string[] = [];
  for (const f of fields) {
    const values = members.map((m) => f.get(m) ?? '');
    if (new Set(values).size <= 1) continue;
    differences.push(f.key);
    const quoted = f.key === 'start' || f.key === 'end';
    const said = members.map((m) => {
      const v = f.get(m);
      return `${m.recordId} ${v === undefined ? 'gives none' : quoted ? `gives ${v}` : `says "${v}"`}`;
    });
    parts.push(`${f.label}: ${said.join('; ')}`);
  }
  if (differences.length === 0) return { differences };
  const ids = members.map((m) => m.recordId);
  const where = [countryName(winner.country), winner.locality].filter(Boolean).join(', ');
  const description =
    `The official records ${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]} describe the same stay ` +
    `(${winner.traveler.name} in ${where}, from ${members.map((m) => m.start).sort(compareStrings)[0]}) but disagree. ` +
    parts.join('. ') +
    (parts[parts.length - 1]!.endsWith('"') ? '' : '.');
  const resolution =
    `Merged into visit ${visitId}, which lists every record id and takes its dates and text from ${winner.recordId}, ` +
    `the most recently created or modified record${winner.editedText ? ` (${winner.editedText})` : ''}.`;
  return {
    differences,
    discrepancy: {
      id: `${visitId}-records-disagree`,
      subjects: [{ type: 'visit', id: visitId }],
      description,
      sourceIds: [winner.sourceId],
      resolution,
    },
  };
}

export function buildVisits(
  travels: RawTravel[],
  leaderVisits: RawVisit[],
  interpreted: Pick<Interpretation, 'country' | 'title'>,
  resolvePerson: (id: string) => string,
  people: Person[],
  countryName: (code: string) => string,
): VisitsResult {
  const dateIssues: DateIssue[] = [];
  const skipped: Skipped[] = [];
  const personById = new Map(people.map((p) => [p.id, p]));
  const travelRecs: Rec[] = [];
  for (const r of travels) {
    const dates = checkDates(r.recordId, r.start, r.end, dateIssues, skipped);
    if (!dates) continue;
    const personId = resolvePerson(r.who);
    const title = interpreted.title.get(r.recordId)!;
    travelRecs.push({
      recordId: r.recordId,
      num: r.num,
      kind: r.kind,
      sourceId: SOURCE_TRAVELS,
      travelerKey: personId,
      traveler: { personId, name: r.name || personById.get(personId)!.name, title },
      travelerCountry: 'US',
      country: interpreted.country.get(r.recordId)!,
      ...(r.locale ? { locality: r.locale } : {}),
      ...dates,
      ...(r.remarks ? { remarks: r.remarks } : {}),
      ...editedAt(r.created, r.modified),
    });
  }

  // Visitors get their person ids afterwards, from scripts/historian/leaders.ts.
  const visitors: VisitsResult['visitors'] = { titled: 0, keptWhole: [] };
  const visitRecs: Rec[] = [];
  for (const r of leaderVisits) {
    const dates = checkDates(r.recordId, r.start, r.end, dateIssues, skipped);
    if (!dates) continue;
    if (!r.visitor) {
      skipped.push({ recordId: r.recordId, reason: 'no visitor text' });
      continue;
    }
    const split = splitVisitor(r.visitor);
    const traveler: Traveler = { name: split.name };
    if ('title' in split) {
      traveler.title = split.title;
      visitors.titled++;
    } else {
      visitors.keptWhole.push({ recordId: r.recordId, visitor: r.visitor, reason: split.keptWhole });
    }
    visitRecs.push({
      recordId: r.recordId,
      num: r.num,
      kind: 'foreign-leader-visit',
      sourceId: SOURCE_VISITS,
      travelerKey: r.visitor.toLowerCase(),
      traveler: { name: traveler.name, ...(traveler.title ? { title: traveler.title } : {}) },
      travelerCountry: interpreted.country.get(r.recordId)!,
      country: 'US',
      ...dates,
      ...(r.description ? { remarks: r.description } : {}),
      ...editedAt(r.created, r.modified),
    });
  }

  const uf = new UnionFind();
  const keptApart: KeptApart[] = [];
  findTravelDuplicates(travelRecs, uf, keptApart);
  findVisitDuplicates(visitRecs, uf, keptApart);

  const groups = new Map<string, Rec[]>();
  for (const r of [...travelRecs, ...visitRecs]) {
    const root = uf.find(r.recordId);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }

  const visits: Visit[] = [];
  const discrepancies: Discrepancy[] = [];
  const duplicates: DuplicateGroup[] = [];
  for (const [root, members] of groups) {
    members.sort((a, b) => compareRecordIds(a.recordId, b.recordId));
    const visitId = members[0]!.recordId;
    if (root !== visitId) throw new Error(`import-historian: internal error: group ${root} is not led by its smallest record`);
    // The most recently created or modified record wins; ties go to the later record number.
    const winner = [...members].sort((a, b) => b.edited - a.edited || b.num - a.num)[0]!;
    const recordIds = members.map((m) => m.recordId);
    const visit: Visit = {
      id: visitId,
      traveler: winner.traveler,
      travelerCountry: winner.travelerCountry,
      country: winner.country,
      ...(winner.locality ? { locality: winner.locality } : {}),
      start: winner.start,
      end: winner.end,
      ...(winner.dateQualifier ? { dateQualifier: winner.dateQualifier } : {}),
      ...(winner.dateNote ? { dateNote: winner.dateNote } : {}),
      kind: winner.kind,
      eventIds: [],
      ...(winner.remarks ? { remarks: winner.remarks } : {}),
      provenance: [{ sourceId: winner.sourceId, recordIds }],
    };
    visits.push(visit);
    if (members.length > 1) {
      const { differences, discrepancy } = describeGroup(members, winner, visitId, countryName);
      duplicates.push({ visitId, mergedRecordIds: recordIds, fieldsFrom: winner.recordId, differences });
      if (discrepancy) discrepancies.push(discrepancy);
    }
  }

  visits.sort((a, b) => compareRecordIds(a.id, b.id));
  duplicates.sort((a, b) => compareRecordIds(a.visitId, b.visitId));
  keptApart.sort((a, b) => compareRecordIds(a.recordIds[0], b.recordIds[0]) || compareRecordIds(a.recordIds[1], b.recordIds[1]));
  dateIssues.sort((a, b) => compareRecordIds(a.recordId, b.recordId));
  skipped.sort((a, b) => compareRecordIds(a.recordId, b.recordId));
  visitors.keptWhole.sort((a, b) => compareRecordIds(a.recordId, b.recordId));
  return { visits, discrepancies, duplicates, keptApart, dateIssues, skipped, visitors };
}
