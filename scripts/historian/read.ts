/**
 * Reads the Office of the Historian snapshot (vendor/historian; see its README.md)
 * with fast-xml-parser into plain records. Text is white-space normalized here;
 * nothing else is interpreted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { compareStrings, normalizeSpace } from './text.js';

export type TravelKind = 'secretary-travel' | 'president-travel';

/** One `<trip>` of travels/secretary-travels or travels/president-travels. */
export interface RawTravel {
  kind: TravelKind;
  /** Path relative to the snapshot directory. */
  file: string;
  num: number;
  recordId: string;
  who: string;
  name: string;
  start: string;
  end: string;
  slug: string;
  label: string;
  locale: string;
  remarks: string;
  created: string;
  modified: string;
}

/** One `<visit>` of visits/*.xml (a foreign leader's visit to the US). */
export interface RawVisit {
  kind: 'foreign-leader-visit';
  file: string;
  num: number;
  recordId: string;
  start: string;
  end: string;
  visitor: string;
  slug: string;
  label: string;
  description: string;
  created: string;
  modified: string;
}

export interface RawTerm {
  personId: string;
  name?: string;
  start?: string;
  end?: string;
  /** pocom principal id or presidents.xml `n`, for messages. */
  ref: string;
}

export interface Snapshot {
  folder: string;
  repository: string;
  commit: string;
  date: string;
}

export interface FileCount {
  file: string;
  kind: TravelKind | 'foreign-leader-visit' | 'secretaries' | 'presidents';
  records: number;
}

export interface HistorianInput {
  travels: RawTravel[];
  visits: RawVisit[];
  secretaryTerms: RawTerm[];
  presidentTerms: RawTerm[];
  snapshots: Snapshot[];
  files: FileCount[];
}

type XmlNode = string | { [key: string]: unknown } | undefined;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => ['trip', 'visit', 'principal', 'president'].includes(name),
});

/** Text content of an element, normalized; '' for an empty or missing element. */
function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return normalizeSpace(String(node));
  if (typeof node === 'object') {
    const t = (node as Record<string, unknown>)['#text'];
    return t === undefined ? '' : normalizeSpace(String(t));
  }
  return '';
}

function attr(node: unknown, name: string): string {
  if (node && typeof node === 'object') {
    const v = (node as Record<string, unknown>)[`@_${name}`];
    return v === undefined ? '' : normalizeSpace(String(v));
  }
  return '';
}

function child(node: unknown, name: string): XmlNode {
  if (node && typeof node === 'object') return (node as Record<string, unknown>)[name] as XmlNode;
  return undefined;
}

function list(node: unknown, name: string): unknown[] {
  const v = child(node, name);
  return Array.isArray(v) ? v : [];
}

function xmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new Error(`import-historian: missing folder ${dir}`);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort(compareStrings);
}

function parseFile(root: string, rel: string): unknown {
  return parser.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
}

function recordNumber(raw: string, where: string): number {
  if (!/^\d+$/.test(raw)) throw new Error(`import-historian: ${where}: record id "${raw}" is not a number`);
  return Number(raw);
}

function readTravels(root: string, folder: string, kind: TravelKind, files: FileCount[]): RawTravel[] {
  const role = kind === 'secretary-travel' ? 'secretary' : 'president';
  const out: RawTravel[] = [];
  for (const f of xmlFiles(path.join(root, folder))) {
    const rel = `${folder}/${f}`;
    const trips = list(child(parseFile(root, rel), 'trips'), 'trip');
    files.push({ file: rel, kind, records: trips.length });
    for (const t of trips) {
      const rawId = text(child(t, 'id'));
      const num = recordNumber(rawId, rel);
      const where = `${rel} record ${rawId}`;
      const who = attr(t, 'who');
      if (!who) throw new Error(`import-historian: ${where} has no who attribute`);
      const roleAttr = attr(t, 'role') || text(child(t, 'role'));
      if (roleAttr !== role) {
        throw new Error(`import-historian: ${where} has role "${roleAttr}" in a ${role} folder`);
      }
      const country = child(t, 'country');
      out.push({
        kind,
        file: rel,
        num,
        recordId: `hsg-travel-${num}`,
        who,
        name: text(child(t, 'name')),
        start: text(child(t, 'start-date')),
        end: text(child(t, 'end-date')),
        slug: attr(country, 'id'),
        label: text(country),
        locale: text(child(t, 'locale')),
        remarks: text(child(t, 'remarks')),
        created: text(child(t, 'created-datetime')),
        modified: text(child(t, 'last-modified-datetime')),
      });
    }
  }
  return out;
}

function readVisits(root: string, files: FileCount[]): RawVisit[] {
  const out: RawVisit[] = [];
  for (const f of xmlFiles(path.join(root, 'visits'))) {
    const rel = `visits/${f}`;
    const visits = list(child(parseFile(root, rel), 'visits'), 'visit');
    files.push({ file: rel, kind: 'foreign-leader-visit', records: visits.length });
    for (const v of visits) {
      const rawId = text(child(v, 'id'));
      const num = recordNumber(rawId, rel);
      const from = child(v, 'from');
      out.push({
        kind: 'foreign-leader-visit',
        file: rel,
        num,
        recordId: `hsg-visit-${num}`,
        start: text(child(v, 'start-date')),
        end: text(child(v, 'end-date')),
        visitor: text(child(v, 'visitor')),
        slug: attr(from, 'id'),
        label: text(from),
        description: text(child(v, 'description')),
        created: text(child(v, 'created-datetime')),
        modified: text(child(v, 'last-modified-datetime')),
      });
    }
  }
  return out;
}

function optionalDate(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function readSecretaries(root: string, files: FileCount[]): RawTerm[] {
  const rel = 'pocom/secretary.xml';
  const principals = list(child(child(parseFile(root, rel), 'principal-position'), 'principals'), 'principal');
  files.push({ file: rel, kind: 'secretaries', records: principals.length });
  return principals.map((p) => {
    const personId = text(child(p, 'person-id'));
    const ref = text(child(p, 'id'));
    if (!personId) throw new Error(`import-historian: ${rel} principal ${ref} has no person-id`);
    return {
      personId,
      ref,
      start: optionalDate(text(child(child(p, 'started'), 'date'))),
      end: optionalDate(text(child(child(p, 'ended'), 'date'))),
    };
  });
}

function readPresidents(root: string, files: FileCount[]): RawTerm[] {
  const rel = 'travels/presidents/presidents.xml';
  const presidents = list(child(parseFile(root, rel), 'presidents'), 'president');
  files.push({ file: rel, kind: 'presidents', records: presidents.length });
  return presidents.map((p) => {
    const personId = text(child(p, 'id'));
    const ref = `n=${attr(p, 'n')}`;
    if (!personId) throw new Error(`import-historian: ${rel} president ${ref} has no id`);
    return {
      personId,
      ref,
      name: text(child(p, 'name')),
      start: optionalDate(text(child(p, 'took-office-date'))),
      end: optionalDate(text(child(p, 'left-office-date'))),
    };
  });
}

/**
 * The snapshot table of the README: `| folder | repository | commit | date |`,
 * where "same" repeats the row above. Markdown, not XML: read line by line.
 */
export function readSnapshots(readme: string): Snapshot[] {
  const rows: Snapshot[] = [];
  for (const line of readme.split('\n')) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => normalizeSpace(c));
    if (cells.length !== 4 || cells[0] === 'folder' || /^-+$/.test(cells[0]!)) continue;
    const prev = rows[rows.length - 1];
    const pick = (value: string, key: keyof Snapshot): string => {
      if (value !== 'same') return value;
      if (!prev) throw new Error('import-historian: README snapshot table starts with "same"');
      return prev[key];
    };
    rows.push({
      folder: cells[0]!,
      repository: pick(cells[1]!, 'repository'),
      commit: pick(cells[2]!, 'commit'),
      date: pick(cells[3]!, 'date'),
    });
  }
  for (const r of rows) {
    if (!/^[0-9a-f]{40}$/.test(r.commit)) {
      throw new Error(`import-historian: README snapshot row "${r.folder}" has no 40-digit commit`);
    }
  }
  if (rows.length === 0) throw new Error('import-historian: no snapshot table found in README.md');
  return rows;
}

export function readHistorian(root: string): HistorianInput {
  if (!fs.existsSync(root)) throw new Error(`import-historian: snapshot directory not found: ${root}`);
  const files: FileCount[] = [];
  const travels = [
    ...readTravels(root, 'travels/secretary-travels', 'secretary-travel', files),
    ...readTravels(root, 'travels/president-travels', 'president-travel', files),
  ];
  const visits = readVisits(root, files);
  const secretaryTerms = readSecretaries(root, files);
  const presidentTerms = readPresidents(root, files);
  const snapshots = readSnapshots(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));

  const seen = new Map<string, string>();
  for (const r of [...travels, ...visits]) {
    const other = seen.get(r.recordId);
    if (other) throw new Error(`import-historian: record ${r.recordId} appears twice (${other} and ${r.file})`);
    seen.set(r.recordId, r.file);
  }
  return { travels, visits, secretaryTerms, presidentTerms, snapshots, files };
}
