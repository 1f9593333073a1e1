/**
 * Imports every Office of the Historian record (the public-domain snapshot
 * vendored in vendor/historian, see its README and VENDORED.md) into
 * data/official/*.json and data/reference/countries.json.
 *
 *   npm run import:historian                 # read vendor/historian, write the files, print the report
 *   npm run import:historian -- <dir>        # read another snapshot directory
 *   npm run import:historian -- --check      # write nothing; exit 1 if a committed file differs
 *
 * importHistorian(dir) is pure with respect to the repository: it reads the
 * snapshot and data/reference/*, and returns the files' contents; only the
 * CLI below writes. See docs/official-import.md.
 */
import fs from 'node:fs';
import type { z } from 'zod/v4';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CountrySchema, type Country } from '../src/schemas/country.js';
import { DiscrepancySchema, type Discrepancy } from '../src/schemas/discrepancy.js';
import { PersonSchema, type Person } from '../src/schemas/person.js';
import { EventSchema, type Event } from '../src/schemas/event.js';
import { IssueLinkSchema, IssueSchema, type Issue, type IssueLink } from '../src/schemas/issue.js';
import { SourceSchema, type Source } from '../src/schemas/source.js';
import { TripSchema, type Trip } from '../src/schemas/trip.js';
import { VisitAnnotationSchema, VisitSchema, type Visit, type VisitAnnotation } from '../src/schemas/visit.js';
import { canonicalCollection, toJson } from './historian/canonical.js';
import { deriveCounterparts } from './historian/derive/counterparts.js';
import { deriveFromRemarks, type CuratedLayer } from './historian/derive/index.js';
import { buildCountries, type CountrySlugFile, type SlugUse } from './historian/countries.js';
import { resolveLeaders, type IdentityTable } from './historian/leaders.js';
import { buildPeople, PRESIDENT, SECRETARY, type PeopleFile } from './historian/people.js';
import { readHistorian, type Snapshot } from './historian/read.js';
import { interpret, type RulesFile } from './historian/interpret.js';
import { formatReport, type Coverage, type DateSpan, type ImportReport } from './historian/report.js';
import { compareRecordIds, compareStrings } from './historian/text.js';
import { deriveTrips, TRIP_RULES, type TripJoin } from './historian/trips.js';
import { buildVisits, SOURCE_POCOM, SOURCE_TRAVELS, SOURCE_VISITS } from './historian/visits.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Vendored so that a plain clone can re-run the import and its tests.
export const DEFAULT_HISTORIAN_DIR = path.join(repoRoot, 'vendor', 'historian');

export const OUTPUT_FILES = {
  countries: 'data/reference/countries.json',
  people: 'data/official/people.json',
  sources: 'data/official/sources.json',
  visits: 'data/official/visits.json',
  trips: 'data/official/trips.json',
  events: 'data/official/events.json',
  issueLinks: 'data/official/issue-links.json',
  discrepancies: 'data/official/discrepancies.json',
  report: 'data/official/import-report.json',
} as const;

export interface ImportOptions {
  /** Directory of country-slugs.json, historian-people.json, historian-rules.json and leader-identities.json; defaults to data/reference of this repository. */
  referenceDir?: string;
  /** The curated people (their ids are reused for the same foreign leaders); defaults to data/curated/people.json. */
  curatedPeopleFile?: string;
  /** Directory of the curated layer (events, issues, issue links, trips, visit annotations), whose facts win over derived ones; defaults to data/curated of this repository. */
  curatedDir?: string;
}

export interface ImportResult {
  /** Repository-relative path -> exact file content. */
  files: Record<string, string>;
  report: ImportReport;
}

const PUBLISHER = 'Office of the Historian, U.S. Department of State';

function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`import-historian: cannot read ${file}: ${(e as Error).message}`);
  }
}

function snapshotOf(snapshots: Snapshot[], repository: string): Snapshot {
  const rows = snapshots.filter((s) => s.repository === repository);
  if (rows.length === 0) throw new Error(`import-historian: README snapshot table has no row for ${repository}`);
  if (new Set(rows.map((r) => r.commit)).size > 1) {
    throw new Error(`import-historian: README gives several commits for ${repository}`);
  }
  return rows[0]!;
}

function buildSources(snapshots: Snapshot[]): Source[] {
  const make = (id: string, repository: string, title: string): Source => {
    const snap = snapshotOf(snapshots, repository);
    const folders = snapshots.filter((s) => s.repository === repository).map((s) => s.folder);
    return {
      id,
      kind: 'official-dataset',
      title,
      publisher: PUBLISHER,
      url: `https://github.com/${repository}`,
      license: 'CC0-1.0',
      repository,
      commit: snap.commit,
      note: `Snapshot of ${snap.date}: ${folders.join(', ')}.`,
    };
  };
  return [
    make(SOURCE_POCOM, 'HistoryAtState/pocom', 'Principal Officers and Chiefs of Mission: Secretaries of State'),
    make(SOURCE_TRAVELS, 'HistoryAtState/travels', 'Travels Abroad of the President and the Secretary of State'),
    make(SOURCE_VISITS, 'HistoryAtState/visits', 'Visits by Foreign Leaders'),
  ].sort((a, b) => compareStrings(a.id, b.id));
}

/** The curated facts the derived ones must not repeat or contradict; the issue vocabulary the derived links use. */
function readCurated(dir: string): CuratedLayer {
  const read = <T>(file: string, schema: z.ZodType<T>): T[] => {
    const rows = readJson<unknown[]>(path.join(dir, file));
    return rows.map((row, i) => {
      const r = schema.safeParse(row);
      if (!r.success) throw new Error(`import-historian: ${path.join(dir, file)} record #${i} is invalid (run npm run build:data for details)`);
      return r.data;
    });
  };
  return {
    events: read<Event>('events.json', EventSchema),
    issues: read<Issue>('issues.json', IssueSchema),
    issueLinks: read<IssueLink>('issue-links.json', IssueLinkSchema),
    trips: read<Trip>('trips.json', TripSchema),
    annotations: read<VisitAnnotation>('visit-annotations.json', VisitAnnotationSchema),
  };
}

/** First start and last end of each official kind's visits. */
function coverageOf(visits: Visit[]): Coverage {
  const span = (kind: Visit['kind']): DateSpan => {
    const of = visits.filter((v) => v.kind === kind);
    if (of.length === 0) throw new Error(`import-historian: no ${kind} visits: the snapshot is incomplete`);
    return {
      first: of.reduce((m, v) => (v.start < m ? v.start : m), of[0]!.start),
      last: of.reduce((m, v) => (v.end > m ? v.end : m), of[0]!.end),
    };
  };
  return { secretaryTravel: span('secretary-travel'), presidentTravel: span('president-travel'), foreignLeaderVisit: span('foreign-leader-visit') };
}

export function importHistorian(dir: string, options: ImportOptions = {}): ImportResult {
  const referenceDir = options.referenceDir ?? path.join(repoRoot, 'data/reference');
  const input = readHistorian(dir);
  const slugTable = readJson<CountrySlugFile>(path.join(referenceDir, 'country-slugs.json'));
  const peopleTable = readJson<PeopleFile>(path.join(referenceDir, 'historian-people.json'));
  const rulesTable = readJson<RulesFile>(path.join(referenceDir, 'historian-rules.json'));
  const identityTable = readJson<IdentityTable>(path.join(referenceDir, 'leader-identities.json'));
  const curatedPeople = readJson<Person[]>(options.curatedPeopleFile ?? path.join(repoRoot, 'data/curated/people.json'));

  // Countries: every slug the records use, with the labels printed under it.
  const used = new Map<string, SlugUse>();
  const use = (slug: string, label: string): void => {
    const u = used.get(slug) ?? { labels: new Set<string>(), records: 0 };
    if (label) u.labels.add(label);
    u.records++;
    used.set(slug, u);
  };
  for (const t of input.travels) use(t.slug, t.label);
  for (const v of input.visits) use(v.slug, v.label);

  const peopleResult = buildPeople(input.secretaryTerms, input.presidentTerms, input.travels, peopleTable);

  // The state or territory of each record's date, and each traveller's title on it (data/reference/historian-rules.json).
  const interpretation = interpret(input.travels, input.visits, slugTable, rulesTable, peopleResult.people, peopleResult.resolve);
  const countryResult = buildCountries(slugTable, used, interpretation.slugsByCode);
  const nameByCode = new Map(countryResult.countries.map((c) => [c.code, c.name]));
  const countryName = (code: string): string => nameByCode.get(code) ?? code;

  const visitResult = buildVisits(
    input.travels,
    input.visits,
    interpretation,
    peopleResult.resolve,
    peopleResult.people,
    countryName,
  );
  // Foreign leaders: every visitor resolved to a person (scripts/historian/leaders.ts).
  const leaders = resolveLeaders(visitResult.visits, countryResult.countries, peopleResult.people, curatedPeople, identityTable);
  // Events and agenda issues the remarks state (scripts/historian/derive), curated facts winning; after the
  // leaders are resolved, so a derived event lists the foreign leaders who attended it.
  const curatedLayer = readCurated(options.curatedDir ?? path.join(repoRoot, 'data/curated'));
  const derived = deriveFromRemarks(leaders.visits, curatedLayer, countryName);
  const people = [...peopleResult.people, ...leaders.people].sort((a, b) => compareStrings(a.id, b.id));
  // The people met, from "Met with …" (scripts/historian/derive/counterparts.ts): after the people are all known.
  const met = deriveCounterparts(derived.visits, people, curatedLayer, nameByCode);
  const visits = met.visits;
  const countryByCode = new Map(countryResult.countries.map((c) => [c.code, c]));
  const tripJoins: TripJoin[] = [];
  const trips = deriveTrips(
    visits,
    (code) => {
      const c = countryByCode.get(code);
      return { name: countryName(code), region: c?.region, subregion: c?.subregion };
    },
    tripJoins,
  );
  const sources = buildSources(input.snapshots);

  const discrepancies: Discrepancy[] = [...visitResult.discrepancies];
  const termIds = new Set([...input.secretaryTerms, ...input.presidentTerms].map((t) => t.personId));
  for (const a of peopleResult.aliases) {
    if (!termIds.has(a.from)) continue;
    const person = people.find((p) => p.id === a.to)!;
    discrepancies.push({
      id: `${a.to}-two-person-ids`,
      subjects: [{ type: 'person', id: a.to }],
      description: `The official records give ${person.name} two ids: ${a.from} and ${a.to}. ${a.reason}`,
      sourceIds: [SOURCE_POCOM, SOURCE_TRAVELS],
      resolution: `Written once, as ${a.to}, with the roles from both files (data/reference/historian-people.json).`,
    });
  }
  discrepancies.sort((a, b) => compareStrings(a.id, b.id));

  const files: Record<string, string> = {};
  const collections: [string, unknown[], string][] = [
    [OUTPUT_FILES.countries, countryResult.countries, canonicalCollection('countries', countryResult.countries, CountrySchema, (c: Country) => c.code)],
    [OUTPUT_FILES.people, people, canonicalCollection('people', people, PersonSchema, (p) => p.id)],
    [OUTPUT_FILES.sources, sources, canonicalCollection('sources', sources, SourceSchema, (s) => s.id)],
    [OUTPUT_FILES.visits, visits, canonicalCollection('visits', visits, VisitSchema, (v) => v.id)],
    [OUTPUT_FILES.trips, trips, canonicalCollection('trips', trips, TripSchema, (t) => t.id)],
    [OUTPUT_FILES.events, derived.events, canonicalCollection('events', derived.events, EventSchema, (e) => e.id)],
    [OUTPUT_FILES.issueLinks, derived.issueLinks, canonicalCollection('issueLinks', derived.issueLinks, IssueLinkSchema, (l) => l.id)],
    [OUTPUT_FILES.discrepancies, discrepancies, canonicalCollection('discrepancies', discrepancies, DiscrepancySchema, (d) => d.id)],
  ];
  for (const [file, , content] of collections) files[file] = content;

  const countKind = <T extends { kind: string }>(xs: T[], kind: string): number => xs.filter((x) => x.kind === kind).length;
  const travelTotal = input.travels.length;
  const visitTotal = input.visits.length;
  const duplicatesMerged = visitResult.duplicates.reduce((sum, d) => sum + d.mergedRecordIds.length - 1, 0);
  if (travelTotal + visitTotal !== visits.length + duplicatesMerged + visitResult.skipped.length) {
    throw new Error('import-historian: internal error: records read != visits written + merged + skipped');
  }
  const mostVisits = [...trips].sort((a, b) => b.visitIds.length - a.visitIds.length || compareStrings(a.id, b.id))[0];
  const report: ImportReport = {
    snapshots: input.snapshots,
    totals: { travel: travelTotal, visit: visitTotal, visitsWritten: visits.length, duplicatesMerged },
    recordsByKind: {
      secretaryTravel: countKind(input.travels, 'secretary-travel'),
      presidentTravel: countKind(input.travels, 'president-travel'),
      foreignLeaderVisit: visitTotal,
      secretaryTerms: input.secretaryTerms.length,
      presidentTerms: input.presidentTerms.length,
    },
    visitsWrittenByKind: {
      secretaryTravel: countKind(visits, 'secretary-travel'),
      presidentTravel: countKind(visits, 'president-travel'),
      foreignLeaderVisit: countKind(visits, 'foreign-leader-visit'),
    },
    coverage: coverageOf(visits),
    filesRead: input.files,
    duplicates: visitResult.duplicates,
    overlapsKeptApart: visitResult.keptApart,
    skipped: visitResult.skipped,
    dateIssues: visitResult.dateIssues,
    countries: {
      slugsMapped: countryResult.slugs.length,
      countries: countryResult.countries.length,
      current: countryResult.countries.filter((c) => !c.former).length,
      former: countryResult.countries.filter((c) => c.former).length,
      projectCodes: countryResult.countries.filter((c) => c.code.startsWith('X')).map((c) => c.code),
      unusedSlugs: countryResult.unusedSlugs,
    },
    interpretations: {
      rules: interpretation.rules,
      countryRecoded: interpretation.countryRecoded,
      titlesFromRoles: interpretation.titlesFromRoles,
      titlesFromRules: interpretation.rules.filter((u) => u.field === 'title').reduce((sum, u) => sum + u.records, 0),
      countryRulesUnused: interpretation.unusedCountryRules,
    },
    slugs: countryResult.slugs,
    people: {
      total: people.length,
      foreignLeaders: leaders.people.length,
      secretaries: people.filter((p) => p.roles.some((r) => r.title === SECRETARY)).length,
      presidents: people.filter((p) => p.roles.some((r) => r.title === PRESIDENT)).length,
      namesFromPresidentsXml: peopleResult.namesFrom.presidentsXml.length,
      namesFromTravelRecords: peopleResult.namesFrom.travelRecords.length,
      namesFromReferenceFile: peopleResult.namesFrom.referenceFile,
      namesDerivedFromId: peopleResult.namesFrom.derivedFromId,
      idAliases: peopleResult.aliases,
    },
    travelOutsideTerm: [...peopleResult.outsideTerm].sort((a, b) => compareRecordIds(a.recordId, b.recordId)),
    visitors: {
      titled: visitResult.visitors.titled,
      keptWhole: visitResult.visitors.keptWhole.length,
      keptWholeRecords: visitResult.visitors.keptWhole,
    },
    leaders: leaders.report,
    trips: {
      derived: trips.length,
      singleVisit: trips.filter((t) => t.visitIds.length === 1).length,
      visitsInTrips: trips.reduce((sum, t) => sum + t.visitIds.length, 0),
      mostVisits: { id: mostVisits?.id ?? '', visits: mostVisits?.visitIds.length ?? 0 },
      byRule: Object.fromEntries(
        (Object.keys(TRIP_RULES) as (keyof typeof TRIP_RULES)[])
          .filter((rule) => rule !== 'stated-return' && rule !== 'stated-departure')
          .map((rule) => [rule, trips.filter((t) => t.grouping?.rule === rule).length]),
      ),
      rules: (Object.keys(TRIP_RULES) as (keyof typeof TRIP_RULES)[])
        .filter((rule) => rule !== 'consecutive-days' && rule !== 'single-visit')
        .map((rule) => {
          const used = tripJoins.filter((j) => j.rule === rule);
          return {
            rule,
            what: TRIP_RULES[rule],
            trips: [...new Set(used.map((j) => j.tripId))].sort(compareStrings),
            visitIds: used.map((j) => j.visitId).sort(compareRecordIds),
          };
        }),
    },
    derived: derived.report,
    counterparts: {
      visits: met.visitsWithCounterpart,
      counterparts: met.counterparts,
      resolved: met.resolved,
      yieldedToCurated: met.yieldedToCurated,
    },
    discrepancies: discrepancies.length,
    outputs: collections.map(([file, records, content]) => ({ file, records: records.length, bytes: Buffer.byteLength(content) })),
  };
  files[OUTPUT_FILES.report] = toJson(report);
  return { files, report };
}

/** Files whose committed content differs from `files` (or that are missing). */
export function changedFiles(files: Record<string, string>, root = repoRoot): string[] {
  return Object.keys(files)
    .sort(compareStrings)
    .filter((rel) => {
      const abs = path.join(root, rel);
      return !fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== files[rel];
    });
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknown.length > 0) {
    console.error(`import-historian: unknown option(s): ${unknown.join(' ')}\nusage: import-historian [historian-dir] [--check]`);
    return 2;
  }
  const dirArg = argv.find((a) => !a.startsWith('-'));
  const dir = dirArg ? path.resolve(dirArg) : DEFAULT_HISTORIAN_DIR;
  const { files, report } = importHistorian(dir);
  console.log(formatReport(report, dir));
  const changed = changedFiles(files);
  if (check) {
    if (changed.length === 0) {
      console.log('\n--check: every generated file matches the committed one.');
      return 0;
    }
    console.error(`\n--check: ${changed.length} file(s) differ from what the importer generates (run npm run import:historian):`);
    for (const f of changed) console.error(`  ${f}`);
    return 1;
  }
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(repoRoot, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  console.log(`\nWrote ${Object.keys(files).length} files (${changed.length} changed).`);
  return 0;
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
