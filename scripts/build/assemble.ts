import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, type Problem } from '../../src/lint/index.js';
import type { Dataset, DatasetContent } from '../../src/schemas/dataset.js';
import { COLLECTIONS, SCHEMA_VERSION, type Meta } from '../../src/schemas/meta.js';
import type { Person } from '../../src/schemas/person.js';
import type { Trip } from '../../src/schemas/trip.js';
import type { Visit } from '../../src/schemas/visit.js';
import { compareIds } from '../../src/util/canonical.js';
import { datasetChecksum } from '../../src/util/checksum.js';
import { DATA_FILES, IMPORT_REPORT_FILE, type DataFile, type DataFiles } from './files.js';
import { lintForBuild } from './lint.js';

export interface BuildResult {
  /** The dataset, present only when there were no problems. */
  dataset?: Dataset;
  /** The data files as read, present with the dataset (the curated subset is cut along their layers). */
  files?: DataFiles;
  /** One line per problem: file, record id, field, what was expected. */
  problems: string[];
  /** One line per warning (src/lint/README.md): printed, and built anyway. */
  warnings: string[];
  /** How many warnings the reviewed exceptions (data/reference/lint-exceptions.json) skipped. */
  excepted: number;
}

interface ImportReportSummary {
  snapshots: Meta['official']['snapshots'];
  records: Meta['official']['records'];
  coverage?: Meta['coverage'];
}

/** Reads and schema-validates every data file under `dataDir`; every record that fails is reported, none is kept. */
export function readDataFiles(dataDir: string): { files: DataFiles; problems: string[]; origin: Map<string, string> } {
  const problems: string[] = [];
  const files = {} as Record<DataFile, unknown[]>;
  const origin = new Map<string, string>(); // `${collection}|${id}` -> the file that holds it
  for (const [file, { schema, key, collection }] of Object.entries(DATA_FILES) as [DataFile, (typeof DATA_FILES)[DataFile]][]) {
    const where = `data/${file}`;
    const full = path.join(dataDir, file);
    files[file] = [];
    if (!existsSync(full)) {
      problems.push(`${where}: file is missing: expected a JSON array (an empty one, [], if it has no records yet)`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(full, 'utf8'));
    } catch (error) {
      problems.push(`${where}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${where}: expected a JSON array of records, found ${raw === null ? 'null' : typeof raw}`);
      continue;
    }
    raw.forEach((record, index) => {
      const id = record && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
      const label = typeof id === 'string' ? `"${id}"` : `#${index}`;
      const result = schema.safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = issue.path.length ? issue.path.map(String).join('.') : '(record)';
          problems.push(`${where}: record ${label} field ${field}: ${issue.message}`);
        }
        return;
      }
      files[file].push(result.data);
      const at = `${collection}|${String(id)}`;
      if (!origin.has(at)) origin.set(at, where);
    });
  }
  return { files: files as DataFiles, problems, origin };
}

function readImportReport(dataDir: string, problems: string[]): ImportReportSummary {
  const empty: ImportReportSummary = { snapshots: [], records: { travel: 0, visit: 0, visitsWritten: 0, duplicatesMerged: 0 } };
  const full = path.join(dataDir, IMPORT_REPORT_FILE);
  if (!existsSync(full)) {
    problems.push(`data/${IMPORT_REPORT_FILE}: file is missing: expected the report written by npm run import:historian`);
    return empty;
  }
  const report = JSON.parse(readFileSync(full, 'utf8')) as {
    snapshots?: ImportReportSummary['snapshots'];
    totals?: { travel?: number; visit?: number; visitsWritten?: number; duplicatesMerged?: number };
    coverage?: Meta['coverage'];
  };
  return {
    ...(report.coverage ? { coverage: report.coverage } : {}),
    snapshots: report.snapshots ?? [],
    records: {
      travel: report.totals?.travel ?? 0,
      visit: report.totals?.visit ?? 0,
      visitsWritten: report.totals?.visitsWritten ?? 0,
      duplicatesMerged: report.totals?.duplicatesMerged ?? 0,
    },
  };
}

/**
 * Merges the official and curated layers: curated annotations are applied to
 * the official visits they name, a curated trip replaces the derived trip with
 * the same id, and each visit takes the id of the trip that lists it.
 */
export function mergeLayers(files: DataFiles): { content: DatasetContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const visits: Visit[] = [...files['official/visits.json'], ...files['curated/visits.json']].map((v) => ({
    ...v,
    eventIds: [...v.eventIds],
    provenance: [...v.provenance],
  }));
  const visitById = new Map(visits.map((v) => [v.id, v]));

  for (const note of files['curated/visit-annotations.json']) {
    const visit = visitById.get(note.visitId);
    if (!visit) {
      problems.push({ rule: 'references', collection: 'visits', id: note.visitId, field: 'visitId', message: `annotation names "${note.visitId}", which is not an official visit: expected the id of a visit in data/official/visits.json (the smallest record id of a merged group)` });
      continue;
    }
    for (const eventId of note.eventIds ?? []) if (!visit.eventIds.includes(eventId)) visit.eventIds.push(eventId);
    for (const e of note.evidence) visit.provenance.push({ sourceId: e.sourceId, quote: e.quote });
  }

  const curatedTrips = new Map(files['curated/trips.json'].map((t) => [t.id, t]));
  const trips: Trip[] = [...files['curated/trips.json']];
  for (const derived of files['official/trips.json']) {
    const curated = curatedTrips.get(derived.id);
    if (!curated) {
      trips.push(derived);
      continue;
    }
    const missing = derived.visitIds.filter((id) => !curated.visitIds.includes(id));
    if (missing.length) {
      problems.push({ rule: 'trip-overlay', collection: 'trips', id: curated.id, field: 'visitIds', message: `replaces the derived trip "${derived.id}" but omits its visits ${missing.join(', ')}: expected every visit of the derived trip` });
    }
  }
  for (const trip of trips) for (const visitId of trip.visitIds) {
    const visit = visitById.get(visitId);
    if (visit && visit.tripId === undefined) visit.tripId = trip.id;
  }

  const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => compareIds(a.id, b.id));
  // Dated records ship in the order queries list them (start, then id), so the
  // first query of a process need not sort 7,500 visits; data/ stays sorted by id.
  const byStart = <T extends { id: string; start: string }>(records: T[]) => byId(records).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const content: DatasetContent = {
    countries: [...files['reference/countries.json']].sort((a, b) => compareIds(a.code, b.code)),
    people: byId(mergePeople(files['official/people.json'], files['curated/people.json'])),
    sources: byId([...files['official/sources.json'], ...files['curated/sources.json']]),
    visits: byStart(visits).map(orderVisitKeys),
    trips: byStart(trips),
    events: byStart([...files['official/events.json'], ...files['curated/events.json']]),
    issues: byId(files['curated/issues.json']),
    issueLinks: byId([...files['official/issue-links.json'], ...files['curated/issue-links.json']]),
    discrepancies: byId([...files['official/discrepancies.json'], ...files['curated/discrepancies.json']]),
  };
  return { content, problems };
}

/**
 * A foreign leader the curated layer already names (xi-jinping, suga-yoshihide) is
 * written once: the curated name, the official roles (as the records show them)
 * followed by the curated ones (with their sources), and the official derivation.
 */
function mergePeople(official: Person[], curated: Person[]): Person[] {
  const curatedById = new Map(curated.map((p) => [p.id, p]));
  const merged = official.map((o) => {
    const c = curatedById.get(o.id);
    if (!c || !o.derivation) return o;
    curatedById.delete(o.id);
    return { id: o.id, name: c.name, roles: [...o.roles, ...c.roles], derivation: o.derivation };
  });
  return [...merged, ...curated.filter((p) => curatedById.has(p.id))];
}

// A visit gains `tripId` during the merge; put it back in its schema position.
const VISIT_KEYS = ['id', 'traveler', 'travelerCountry', 'country', 'locality', 'start', 'end', 'dateQualifier', 'dateNote', 'kind', 'tripId', 'eventIds', 'remarks', 'counterparts', 'provenance'] as const;
function orderVisitKeys(visit: Visit): Visit {
  const out: Record<string, unknown> = {};
  for (const key of VISIT_KEYS) if (visit[key] !== undefined) out[key] = visit[key];
  return out as Visit;
}

/** Reads, validates, merges and checks everything under `dataDir`; returns the dataset or every problem found. */
export function buildDataset(dataDir: string, version: string): BuildResult {
  const { files, problems: schemaProblems, origin } = readDataFiles(dataDir);
  const problems = [...schemaProblems];
  const report = readImportReport(dataDir, problems);
  const { content, problems: mergeProblems } = mergeLayers(files);
  // An official visit's eventIds and quotes may come from its annotation: name both files.
  const annotated = new Set(files['curated/visit-annotations.json'].map((a) => a.visitId));
  const fileOf = (p: Problem) => {
    const file = origin.get(`${p.collection}|${p.id}`);
    return file === 'data/official/visits.json' && annotated.has(p.id) ? `${file} (annotated in data/curated/visit-annotations.json)` : file;
  };
  for (const p of mergeProblems) problems.push(formatProblem(p, fileOf(p)));
  const lint = lintForBuild(content, dataDir, fileOf);
  problems.push(...lint.problems);
  const { warnings, excepted } = lint;
  if (problems.length) return { problems, warnings, excepted };

  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, content[c].length])) as Meta['counts'];
  const meta: Meta = {
    name: 'diplomatic-visits',
    version,
    schemaVersion: SCHEMA_VERSION,
    sha256: '',
    counts,
    official: { snapshots: report.snapshots, records: report.records },
    ...(report.coverage ? { coverage: report.coverage } : {}),
  };
  const dataset: Dataset = { meta, ...content };
  meta.sha256 = datasetChecksum(dataset);
  return { dataset, files, problems, warnings, excepted };
}
