/**
 * Interpretation of the records beyond transcription, by rules written down as
 * data in data/reference/historian-rules.json (see docs/official-import.md,
 * "Interpretation rules"):
 *
 * - the country of each record: the slug's code (country-slugs.json) unless a
 *   country rule for that slug, date, label or locality gives the state or
 *   territory of the date (the Soviet Union, South Vietnam, Bermuda ...);
 *   every code must then lie within its `periods`;
 * - the traveller's title on the record's dates: the role of the record's kind
 *   whose term holds the dates, else a title rule (President-elect).
 *
 * Every rule's records are listed in the import report.
 */
import type { Person } from '../../src/schemas/person.js';
import type { CountrySlugFile } from './countries.js';
import type { RawTravel, RawVisit } from './read.js';
import { PRESIDENT, SECRETARY } from './people.js';
import { compareRecordIds, compareStrings } from './text.js';

export interface CountryRule {
  id: string;
  principle: string;
  slugs: string[];
  label?: string;
  /** Regular expression the whole locality must match (case-insensitive). */
  locality?: string;
  from?: string;
  to?: string;
  /** Absent: the slug's code is kept (a reviewed decision). */
  code?: string;
  reason: string;
}

export interface TitleRule {
  id: string;
  kind: 'secretary-travel' | 'president-travel';
  remarksContain: string;
  title: string;
  reason: string;
}

export interface RulesFile {
  principles: Record<string, string>;
  countryRules: CountryRule[];
  titleRules: TitleRule[];
}

export interface Period {
  from?: string;
  to?: string;
}

/** One rule in the report: what it did and to which records. */
export interface RuleUse {
  id: string;
  /** `country` or `title`. */
  field: 'country' | 'title';
  principle?: string;
  /** e.g. "russia -> SUHH", "President -> President-elect". */
  change: string;
  records: number;
  recordIds: string[];
  reason: string;
}

export interface Interpretation {
  /** record id -> country code (travel: the country visited; visit: the visitor's country). */
  country: Map<string, string>;
  /** record id -> traveller's title (travel records only). */
  title: Map<string, string>;
  /** Slugs per code as the records are coded after the rules (for countries.json historianSlugs). */
  slugsByCode: Map<string, Set<string>>;
  rules: RuleUse[];
  unusedCountryRules: string[];
  /** Records whose country the rules changed from the slug's code. */
  countryRecoded: number;
  /** Travel records whose title came from the role held on their dates. */
  titlesFromRoles: number;
}

const dated = (from?: string, to?: string): string =>
  from && to ? ` dated ${from}..${to}` : from ? ` dated from ${from}` : to ? ` dated up to ${to}` : '';

const inRange = (date: string, from?: string, to?: string): boolean => (!from || date >= from) && (!to || date <= to);

/** Whether [start, end] overlaps one of the periods (no periods: always). */
export function withinPeriods(periods: Period[] | undefined, start: string, end: string): boolean {
  if (!periods || periods.length === 0) return true;
  return periods.some((p) => (!p.from || end >= p.from) && (!p.to || start <= p.to));
}

function checkRules(rules: RulesFile, table: CountrySlugFile): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of rules.countryRules) {
    if (ids.has(r.id)) problems.push(`${r.id}: duplicate rule id`);
    ids.add(r.id);
    if (!rules.principles[r.principle]) problems.push(`${r.id}: unknown principle "${r.principle}"`);
    if (!r.reason) problems.push(`${r.id}: no reason`);
    for (const s of r.slugs) if (!(s in table.slugs)) problems.push(`${r.id}: slug "${s}" is not in country-slugs.json`);
    if (r.code !== undefined && !table.countries[r.code]?.codeNote) {
      problems.push(`${r.id}: code ${r.code} needs an entry with a codeNote in country-slugs.json "countries"`);
    }
    if (r.locality !== undefined) {
      try {
        new RegExp(r.locality);
      } catch (e) {
        problems.push(`${r.id}: locality is not a regular expression: ${(e as Error).message}`);
      }
    }
  }
  for (const r of rules.titleRules) {
    if (ids.has(r.id)) problems.push(`${r.id}: duplicate rule id`);
    ids.add(r.id);
  }
  if (problems.length > 0) throw new Error(`import-historian: data/reference/historian-rules.json has problems:\n  ${problems.join('\n  ')}`);
}

export function interpret(
  travels: RawTravel[],
  visits: RawVisit[],
  table: CountrySlugFile,
  rules: RulesFile,
  people: Person[],
  resolvePerson: (id: string) => string,
): Interpretation {
  checkRules(rules, table);
  const localityRe = new Map(rules.countryRules.map((r) => [r.id, r.locality === undefined ? undefined : new RegExp(`^(?:${r.locality})$`, 'i')]));
  const touched = new Map<string, string[]>(rules.countryRules.map((r) => [r.id, []]));
  const country = new Map<string, string>();
  const slugsByCode = new Map<string, Set<string>>();
  const problems: string[] = [];
  let countryRecoded = 0;

  const codeOf = (recordId: string, slug: string, label: string, locale: string | undefined, start: string, end: string): void => {
    const slugCode = table.slugs[slug];
    if (slugCode === undefined) return; // buildCountries reports unmapped slugs
    const matches = rules.countryRules.filter((r) => {
      if (!r.slugs.includes(slug) || !inRange(start, r.from, r.to)) return false;
      if (r.label !== undefined && r.label !== label) return false;
      const re = localityRe.get(r.id);
      return re === undefined || (locale !== undefined && re.test(locale));
    });
    if (matches.length > 1) problems.push(`${recordId}: several country rules match (${matches.map((m) => m.id).join(', ')})`);
    const rule = matches[0];
    const code = rule?.code ?? slugCode;
    if (rule) touched.get(rule.id)!.push(recordId);
    if (code !== slugCode) countryRecoded++;
    if (!withinPeriods(table.countries[code]?.periods, start, end)) {
      problems.push(`${recordId} (${slug}, "${label}", ${start}..${end}): ${code} did not exist on these dates (periods in country-slugs.json): add a rule to historian-rules.json`);
    }
    country.set(recordId, code);
    const set = slugsByCode.get(code) ?? new Set<string>();
    set.add(slug);
    slugsByCode.set(code, set);
  };
  for (const t of travels) codeOf(t.recordId, t.slug, t.label, t.locale, t.start, t.end);
  for (const v of visits) codeOf(v.recordId, v.slug, v.label, undefined, v.start, v.end);

  // Titles: the role held on the record's dates, else a title rule.
  const personById = new Map(people.map((p) => [p.id, p]));
  const title = new Map<string, string>();
  const titled = new Map<string, string[]>(rules.titleRules.map((r) => [r.id, []]));
  let titlesFromRoles = 0;
  for (const t of travels) {
    const roleTitle = t.kind === 'secretary-travel' ? SECRETARY : PRESIDENT;
    const roles = personById.get(resolvePerson(t.who))?.roles.filter((r) => r.title === roleTitle && r.country === 'US') ?? [];
    if (roles.some((r) => (!r.start || t.start >= r.start) && (!r.end || t.end <= r.end))) {
      title.set(t.recordId, roleTitle);
      titlesFromRoles++;
      continue;
    }
    const firstStart = roles.map((r) => r.start ?? '').sort(compareStrings)[0] ?? '';
    const rule = rules.titleRules.find((r) => r.kind === t.kind && t.remarks.includes(r.remarksContain) && firstStart !== '' && t.end < firstStart);
    if (!rule) {
      problems.push(`${t.recordId} (${t.who}, ${t.start}..${t.end}): outside every ${roleTitle} term and no title rule in historian-rules.json explains it`);
      continue;
    }
    title.set(t.recordId, rule.title);
    titled.get(rule.id)!.push(t.recordId);
  }
  if (problems.length > 0) throw new Error(`import-historian: ${problems.length} record(s) cannot be interpreted:\n  ${problems.join('\n  ')}`);

  const sortIds = (ids: string[]): string[] => [...ids].sort(compareRecordIds);
  const ruleUses: RuleUse[] = [
    ...rules.countryRules.map((r) => {
      const ids = sortIds(touched.get(r.id)!);
      return {
        id: r.id,
        field: 'country' as const,
        principle: r.principle,
        change: `${r.slugs.join(', ')}${r.label ? ` labelled "${r.label}"` : ''}${r.locality ? ` at /${r.locality}/` : ''}${dated(r.from, r.to)} -> ${r.code ?? 'the slug\'s code (kept)'}`,
        records: ids.length,
        recordIds: ids,
        reason: r.reason,
      };
    }),
    ...rules.titleRules.map((r) => {
      const ids = sortIds(titled.get(r.id)!);
      return {
        id: r.id,
        field: 'title' as const,
        change: `${r.kind} outside every term, remarks "${r.remarksContain}" -> ${r.title}`,
        records: ids.length,
        recordIds: ids,
        reason: r.reason,
      };
    }),
  ];
  const unusedCountryRules = rules.countryRules.filter((r) => touched.get(r.id)!.length === 0).map((r) => r.id);
  return { country, title, slugsByCode, rules: ruleUses, unusedCountryRules, countryRecoded, titlesFromRoles };
}
