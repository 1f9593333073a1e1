/** The import report: written to data/official/import-report.json and printed in human form. */
import type { SlugReportRow } from './countries.js';
import type { RuleUse } from './interpret.js';
import type { FileCount, Snapshot } from './read.js';
import type { LeadersResult } from './leaders.js';
import type { DerivedReport } from './derive/index.js';
import type { DateIssue, DuplicateGroup, KeptApart, Skipped } from './visits.js';

export interface ImportReport {
  /** The README's snapshot table ("same" resolved). */
  snapshots: Snapshot[];
  /** The numbers dataset meta carries (MetaSchema official.records). travel + visit = visitsWritten + duplicatesMerged + skipped. */
  totals: { travel: number; visit: number; visitsWritten: number; duplicatesMerged: number };
  recordsByKind: { secretaryTravel: number; presidentTravel: number; foreignLeaderVisit: number; secretaryTerms: number; presidentTerms: number };
  visitsWrittenByKind: { secretaryTravel: number; presidentTravel: number; foreignLeaderVisit: number };
  /** First start and last end date of the visits of each kind: what this snapshot covers. The build copies it into meta.coverage. */
  coverage: Coverage;
  /** Records read per XML file. */
  filesRead: FileCount[];
  /** Every group of records merged into one visit. */
  duplicates: DuplicateGroup[];
  /** Records of the same traveller and country with overlapping dates that were not merged, and why. */
  overlapsKeptApart: KeptApart[];
  skipped: Skipped[];
  dateIssues: DateIssue[];
  countries: {
    slugsMapped: number;
    countries: number;
    current: number;
    former: number;
    projectCodes: string[];
    /** Slugs in data/reference/country-slugs.json that no record uses. */
    unusedSlugs: string[];
  };
  /**
   * Every interpretation rule of data/reference/historian-rules.json and the
   * records it touched; the country and title of every other record is the
   * slug's code and the role held on its dates.
   */
  interpretations: {
    rules: RuleUse[];
    /** Records whose country a rule changed from the slug's code. */
    countryRecoded: number;
    /** Travel records titled by the role held on their dates. */
    titlesFromRoles: number;
    /** Travel records titled by a title rule. */
    titlesFromRules: number;
    /** Country rules that matched no record (stale after a new snapshot). */
    countryRulesUnused: string[];
  };
  /** Every slug the records use, its code, the country labels printed under it and how many records use it. */
  slugs: SlugReportRow[];
  people: {
    total: number;
    /** People derived from foreign leaders' visits (see `leaders`). */
    foreignLeaders: number;
    secretaries: number;
    presidents: number;
    namesFromPresidentsXml: number;
    namesFromTravelRecords: number;
    namesFromReferenceFile: string[];
    namesDerivedFromId: string[];
    idAliases: { from: string; to: string; reason: string }[];
  };
  /** Travel records dated outside every term of the traveller's role (e.g. trips as President-elect). */
  travelOutsideTerm: { recordId: string; personId: string; title: string; start: string; end: string }[];
  visitors: {
    titled: number;
    keptWhole: number;
    keptWholeRecords: { recordId: string; visitor: string; reason: string }[];
  };
  /** Foreign leaders resolved to people: counts by matching rule, curated ids reused, and every doubtful merge or split. */
  leaders: LeadersResult['report'];
  trips: {
    derived: number;
    singleVisit: number;
    visitsInTrips: number;
    mostVisits: { id: string; visits: number };
    /** Derived trips by their `grouping.rule`. */
    byRule: Record<string, number>;
    /** Every grouping rule other than the dates alone: what it does, the trips it shaped and the visits it joined (or started a trip with). */
    rules: { rule: string; what: string; trips: string[]; visitIds: string[] }[];
  };
  /**
   * Events and agenda issue links derived from the remarks by the rules of
   * scripts/historian/derive/, with what each rule wrote and what was left to
   * the curated layer.
   */
  derived: DerivedReport;
  /** Counterparts from "Met with …" remarks (scripts/historian/derive/counterparts.ts): visits that gained one, counterparts written, those resolved to a person, and those left to curated events. */
  counterparts: { visits: number; counterparts: number; resolved: number; yieldedToCurated: { visitId: string; personId: string }[] };
  discrepancies: number;
  /** Every file the importer writes (this report excepted), with its record count and size in bytes. */
  outputs: { file: string; records: number; bytes: number }[];
}

export interface DateSpan {
  first: string;
  last: string;
}

export interface Coverage {
  secretaryTravel: DateSpan;
  presidentTravel: DateSpan;
  foreignLeaderVisit: DateSpan;
}

export function formatReport(r: ImportReport, dir: string): string {
  const lines: string[] = [];
  const n = (x: number): string => x.toLocaleString('en-US');
  lines.push(`Office of the Historian import from ${dir}`);
  lines.push('Snapshots:');
  for (const s of r.snapshots) lines.push(`  ${s.folder}  ${s.repository}@${s.commit.slice(0, 12)}  ${s.date}`);
  const travelFiles = r.filesRead.filter((f) => f.kind === 'secretary-travel' || f.kind === 'president-travel').length;
  const visitFiles = r.filesRead.filter((f) => f.kind === 'foreign-leader-visit').length;
  lines.push(
    `Records read: ${n(r.totals.travel)} travel (${n(r.recordsByKind.secretaryTravel)} secretary, ${n(r.recordsByKind.presidentTravel)} president) from ${travelFiles} files; ` +
      `${n(r.totals.visit)} foreign leaders' visits from ${visitFiles} files; ${r.recordsByKind.secretaryTerms} secretary terms; ${r.recordsByKind.presidentTerms} presidential terms`,
  );
  lines.push(
    `Visits written: ${n(r.totals.visitsWritten)} (${n(r.visitsWrittenByKind.secretaryTravel)} secretary, ${n(r.visitsWrittenByKind.presidentTravel)} president, ${n(r.visitsWrittenByKind.foreignLeaderVisit)} foreign leader)`,
  );
  lines.push(
    `Coverage: secretary travel ${r.coverage.secretaryTravel.first}..${r.coverage.secretaryTravel.last}, president travel ${r.coverage.presidentTravel.first}..${r.coverage.presidentTravel.last}, foreign leaders' visits ${r.coverage.foreignLeaderVisit.first}..${r.coverage.foreignLeaderVisit.last}`,
  );
  lines.push(`Duplicates merged: ${r.totals.duplicatesMerged} record(s) folded into ${r.duplicates.length} visit(s)`);
  for (const d of r.duplicates) {
    const how = d.differences.length === 0 ? 'exact duplicates' : `differ on ${d.differences.join(', ')}; fields from ${d.fieldsFrom}`;
    lines.push(`  ${d.visitId} <- ${d.mergedRecordIds.join(', ')} (${how})`);
  }
  lines.push(`Overlapping records kept apart: ${r.overlapsKeptApart.length} pair(s) (listed in import-report.json)`);
  lines.push(`Skipped records: ${r.skipped.length}${r.skipped.map((s) => `\n  ${s.recordId}: ${s.reason}`).join('')}`);
  lines.push(`Date issues: ${r.dateIssues.length}${r.dateIssues.map((s) => `\n  ${s.recordId}: ${s.problem} -> ${s.handling}`).join('')}`);
  lines.push(
    `Countries: ${r.countries.slugsMapped} slugs mapped to ${r.countries.countries} countries (${r.countries.current} current, ${r.countries.former} former; project codes ${r.countries.projectCodes.join(', ') || 'none'}); unused slugs in the table: ${r.countries.unusedSlugs.join(', ') || 'none'}`,
  );
  const i = r.interpretations;
  lines.push(
    `Interpretation rules (data/reference/historian-rules.json): ${i.rules.length} rules; ${n(i.countryRecoded)} record(s) recoded to the state or territory of their date; titles: ${n(i.titlesFromRoles)} from the role held on the date, ${i.titlesFromRules} from a title rule; unused rules: ${i.countryRulesUnused.join(', ') || 'none'}`,
  );
  for (const u of i.rules) lines.push(`  ${u.id} (${u.field}): ${u.records} record(s): ${u.change}`);
  lines.push(
    `People: ${r.people.total} (${r.people.secretaries} Secretaries of State, ${r.people.presidents} Presidents); names derived from the id: ${r.people.namesDerivedFromId.length}; from data/reference: ${r.people.namesFromReferenceFile.join(', ') || 'none'}; id aliases: ${r.people.idAliases.map((a) => `${a.from} -> ${a.to}`).join(', ') || 'none'}`,
  );
  lines.push(`Travel records outside the traveller's term: ${r.travelOutsideTerm.length}${r.travelOutsideTerm.length ? ` (${[...new Set(r.travelOutsideTerm.map((t) => t.personId))].join(', ')})` : ''}`);
  lines.push(`Visitors: ${n(r.visitors.titled)} split into title and name, ${r.visitors.keptWhole} kept whole`);
  lines.push(
    `Foreign leaders: ${n(r.leaders.visits)} visits resolved to ${n(r.leaders.people)} people (rules: ${Object.entries(r.leaders.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
      `curated ids reused: ${r.leaders.curatedIdsReused.join(', ') || 'none'}; doubtful cases listed: ${r.leaders.doubtful.length}`,
  );
  lines.push(`Trips derived: ${n(r.trips.derived)} (${n(r.trips.singleVisit)} of one visit; most visits: ${r.trips.mostVisits.id}, ${r.trips.mostVisits.visits})`);
  for (const u of r.trips.rules) lines.push(`  ${u.rule}: ${u.trips.length} trip(s), ${u.visitIds.length} visit(s): ${u.what}`);
  const d = r.derived;
  lines.push(
    `Derived from remarks (scripts/historian/derive): ${n(d.events)} events for ${n(d.visitsWithEvent)} visits, ${n(d.issueLinks)} agenda issue links for ${n(d.visitsWithIssue)} visits; left to the curated layer: ${d.yieldedToCurated.map((y) => `${y.derived} -> ${y.curated}`).join(', ') || 'none'}`,
  );
  for (const u of d.rules) lines.push(`  ${u.rule}: ${u.records} ${u.derives}(s), ${u.visits} visit(s)`);
  for (const c of d.contradicted) lines.push(`  no event for ${c.visitIds.join(', ')} (${c.country}): ${c.rule} names a meeting held in ${c.heldIn} on the same dates`);
  const c = r.counterparts;
  lines.push(
    `Counterparts from remarks: ${n(c.counterparts)} for ${n(c.visits)} visits, ${n(c.resolved)} resolved to a person; left to curated events: ${c.yieldedToCurated.map((y) => `${y.visitId} ${y.personId}`).join(', ') || 'none'}`,
  );
  lines.push(`Discrepancies: ${r.discrepancies}`);
  lines.push('Files:');
  for (const o of r.outputs) lines.push(`  ${o.file}  ${n(o.records)} records  ${n(o.bytes)} bytes`);
  return lines.join('\n');
}
