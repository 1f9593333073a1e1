/**
 * data/official/people.json: Secretaries of State (pocom/secretary.xml) and
 * Presidents (travels/presidents/presidents.xml), with their terms as roles.
 */
import type { Person, Role } from '../../src/schemas/person.js';
import type { RawTerm, RawTravel } from './read.js';
import { compareStrings } from './text.js';

export interface PeopleFile {
  personIdAliases: Record<string, { id: string; reason: string }>;
  names: Record<string, string>;
}

export const SECRETARY = 'Secretary of State';
export const PRESIDENT = 'President';

export interface PeopleResult {
  people: Person[];
  /** Maps an id as a record writes it to the person id written (aliases applied). */
  resolve(id: string): string;
  namesFrom: { presidentsXml: string[]; travelRecords: string[]; referenceFile: string[]; derivedFromId: string[] };
  aliases: { from: string; to: string; reason: string }[];
  /** Travel records dated wholly or partly outside every term of the traveller's role. */
  outsideTerm: { recordId: string; personId: string; title: string; start: string; end: string }[];
}

/** 'randolph-edmund-jennings' -> 'Edmund Jennings Randolph' (the records' surname-first convention). */
export function nameFromId(id: string): string {
  const parts = id.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1));
  return [...parts.slice(1), parts[0]].join(' ');
}

export function buildPeople(
  secretaryTerms: RawTerm[],
  presidentTerms: RawTerm[],
  travels: RawTravel[],
  table: PeopleFile,
): PeopleResult {
  const resolve = (id: string): string => table.personIdAliases[id]?.id ?? id;
  const roles = new Map<string, Role[]>();
  const presidentName = new Map<string, string>();
  const add = (term: RawTerm, title: string): void => {
    const id = resolve(term.personId);
    const role: Role = { title, country: 'US' };
    if (term.start) role.start = term.start;
    if (term.end) role.end = term.end;
    roles.set(id, [...(roles.get(id) ?? []), role]);
  };
  for (const t of secretaryTerms) add(t, SECRETARY);
  for (const t of presidentTerms) {
    add(t, PRESIDENT);
    if (t.name) presidentName.set(resolve(t.personId), t.name);
  }

  // Every trip's traveller must be a known person with the role the record files it under.
  const problems: string[] = [];
  const travelNames = new Map<string, Map<string, number>>();
  for (const r of travels) {
    const id = resolve(r.who);
    const title = r.kind === 'secretary-travel' ? SECRETARY : PRESIDENT;
    const personRoles = roles.get(id);
    if (!personRoles) problems.push(`${r.recordId} (${r.file}): who="${r.who}" is neither in pocom/secretary.xml nor in presidents.xml`);
    else if (!personRoles.some((x) => x.title === title)) problems.push(`${r.recordId}: who="${r.who}" has no ${title} term`);
    if (r.name) {
      const m = travelNames.get(id) ?? new Map<string, number>();
      m.set(r.name, (m.get(r.name) ?? 0) + 1);
      travelNames.set(id, m);
    }
  }
  if (problems.length > 0) {
    throw new Error(`import-historian: ${problems.length} travel record(s) do not resolve to a person:\n  ${problems.slice(0, 50).join('\n  ')}`);
  }

  const namesFrom: PeopleResult['namesFrom'] = { presidentsXml: [], travelRecords: [], referenceFile: [], derivedFromId: [] };
  const people: Person[] = [];
  for (const id of [...roles.keys()].sort(compareStrings)) {
    let name = presidentName.get(id);
    if (name) namesFrom.presidentsXml.push(id);
    if (!name && travelNames.has(id)) {
      // The form the records use most often; ties broken alphabetically.
      name = [...travelNames.get(id)!.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
      namesFrom.travelRecords.push(id);
    }
    if (!name && table.names[id]) {
      name = table.names[id];
      namesFrom.referenceFile.push(id);
    }
    if (!name) {
      name = nameFromId(id);
      namesFrom.derivedFromId.push(id);
    }
    const sorted = [...roles.get(id)!].sort(
      (a, b) => compareStrings(a.start ?? '9999', b.start ?? '9999') || compareStrings(a.title, b.title),
    );
    people.push({ id, name, roles: sorted });
  }

  const outsideTerm: PeopleResult['outsideTerm'] = [];
  for (const r of travels) {
    const id = resolve(r.who);
    const title = r.kind === 'secretary-travel' ? SECRETARY : PRESIDENT;
    const terms = roles.get(id)!.filter((x) => x.title === title);
    const inside = terms.some((t) => (!t.start || r.start >= t.start) && (!t.end || r.end <= t.end));
    if (!inside) outsideTerm.push({ recordId: r.recordId, personId: id, title, start: r.start, end: r.end });
  }

  const aliases = Object.entries(table.personIdAliases)
    .map(([from, a]) => ({ from, to: a.id, reason: a.reason }))
    .sort((a, b) => compareStrings(a.from, b.from));
  return { people, resolve, namesFrom, aliases, outsideTerm };
}
