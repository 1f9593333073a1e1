// The CSV export read back with an independent RFC 4180 parser and turned
// back into JSON: nothing is lost, awkward text survives, formula cells are
// neutralized, and datapackage.json describes the files as they are.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod/v4';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { CSV_TABLES, LIST_SEPARATOR, datasetCsvFiles, type CsvTable } from '../scripts/build/csv.js';
import { DatasetSchema, type Dataset, type DatasetContent } from '../src/schemas/dataset.js';
import { writeDataDir } from './fixtures/data-dir.js';
import { validContent } from './fixtures/lint-base.js';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** RFC 4180, written here independently of the exporter: returns the records of a CSV text. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
    if (c === ',') { record.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 2; continue; }
    if (c === '\r' || c === '\n') throw new Error(`bare line break outside quotes at ${i}`);
    field += c; i++;
  }
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

/** Rows as objects keyed by the header. */
function readTable(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  for (const row of rows) expect(row.length).toBe(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

/** The documented way back from a neutralized cell: drop one leading apostrophe. */
const unneutralize = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
/** The documented way back from a list cell: split on each ";" that no "\\" escapes, then drop the escapes. */
const splitList = (cell: string) => [...`${cell};`.matchAll(/((?:\\.|[^\\;])*);/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));

type Shape = z.ZodType;
const unwrap = (s: Shape): Shape => (s instanceof z.ZodOptional ? unwrap(s.unwrap() as Shape) : s);
const elementOf = (collection: keyof DatasetContent) => (DatasetSchema.shape[collection] as z.ZodArray<z.ZodObject>).element;

/** Every leaf path of a record schema; items of lists of objects are written `list[].field`. */
function leafPaths(schema: Shape, prefix = ''): string[] {
  const s = unwrap(schema);
  const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
  if (s instanceof z.ZodObject) return Object.entries(s.shape).flatMap(([k, v]) => leafPaths(v as Shape, at(k)));
  if (s instanceof z.ZodArray && unwrap(s.element as Shape) instanceof z.ZodObject) return leafPaths(s.element as Shape, `${prefix}[]`);
  return [prefix];
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown) {
  const keys = dotted.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

function decode(cell: string, table: CsvTable, name: string): unknown {
  const column = table.columns.find((c) => c.name === name)!;
  if (column.list) {
    if (cell === '') return column.optional ? undefined : [];
    return splitList(unneutralize(cell));
  }
  if (cell === '') return undefined;
  if (column.type === 'boolean') return cell === 'true';
  if (column.type === 'integer') return Number(cell);
  return unneutralize(cell);
}

/** Rebuilds the dataset's collections from the CSV texts, driven by the table specs. */
function fromCsv(texts: Map<string, string>): DatasetContent {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of CSV_TABLES.filter((t) => !t.items)) {
    out[table.collection] = readTable(texts.get(`${table.name}.csv`)!).map((row) => {
      const record: Record<string, unknown> = {};
      for (const c of table.columns) {
        const v = decode(row[c.name]!, table, c.name);
        if (v !== undefined) setPath(record, c.path, v);
      }
      return record;
    });
  }
  for (const table of CSV_TABLES.filter((t) => t.items)) {
    const parentCol = table.columns.find((c) => c.path === '@parent')!.name;
    const key = table.collection === 'countries' ? 'code' : 'id';
    const groups = new Map<string, { position: number; item: Record<string, unknown> }[]>();
    for (const row of readTable(texts.get(`${table.name}.csv`)!)) {
      const item: Record<string, unknown> = {};
      for (const c of table.columns.filter((c) => !c.path.startsWith('@'))) {
        const v = decode(row[c.name]!, table, c.name);
        if (v !== undefined) setPath(item, c.path, v);
      }
      const list = groups.get(row[parentCol]!) ?? [];
      list.push({ position: Number(row.position), item });
      groups.set(row[parentCol]!, list);
    }
    const optional = elementOf(table.collection).shape[table.items!]!.safeParse(undefined).success;
    for (const record of out[table.collection]!) {
      const items = groups.get(String(record[key]))?.sort((a, b) => a.position - b.position).map((g) => g.item);
      if (items) record[table.items!] = items;
      else if (!optional) record[table.items!] = [];
    }
  }
  return out as unknown as DatasetContent;
}

/** A valid dataset whose text has every awkward character a CSV can meet. */
function awkwardDataset(): Dataset {
  const content = validContent();
  const [tokyo, seoul, austin] = content.visits as [typeof content.visits[0], typeof content.visits[0], typeof content.visits[0]];
  tokyo.remarks = 'Met Prime Minister Suga, Foreign Minister Motegi; said "the alliance is the cornerstone".\nSecond line,\r\nthird line.';
  tokyo.locality = 'Tokyo, Yokohama';
  seoul.remarks = '=HYPERLINK("http://evil.example","click")';
  seoul.locality = '서울 (Seoul)';
  austin.remarks = '-12 degrees; - a remark that starts with a dash';
  austin.traveler.title = '@Secretary';
  content.trips[0]!.title = "'Asia, March 2021'";
  content.events[0]!.name = '+2 ministerial, 東京';
  content.events[0]!.locality = '\tTokyo';
  content.issues[0]!.aliases = ['中美沟通', 'US–China "channels"', '=cmd', 'talks; channels', 'a\\b;', '\\'];
  content.issues[0]!.description = 'Ends with a new line\n';
  content.issueLinks[0]!.summary = 'Путин и Си: обсуждение, «каналы» — ok';
  content.issueLinks[0]!.evidence = [{ sourceId: 'article-a', quote: 'military channels' }, { sourceId: 'article-a', quote: 'channels, "military"' }];
  content.countries[0]!.codeNote = 'Japan; 日本';
  content.sources[0] = { ...content.sources[0]!, publisher: 'Al-Jazeera — الجزيرة', published: '2021-03-15', url: 'https://example.org/a?x=1,2' };
  content.discrepancies[0]!.resolution = '\rstarts with CR';
  const { dataset, problems } = buildDataset(writeDataDir(content), '1.2.3');
  expect(problems).toEqual([]);
  return dataset!;
}

describe('CSV tables', () => {
  it('cover every field of every record schema', () => {
    for (const collection of ['countries', 'people', 'sources', 'visits', 'trips', 'events', 'issues', 'issueLinks', 'discrepancies'] as const) {
      const covered = CSV_TABLES.filter((t) => t.collection === collection).flatMap((t) =>
        t.columns.filter((c) => !c.path.startsWith('@')).map((c) => (t.items ? `${t.items}[].${c.path}` : c.path)),
      );
      expect(covered.sort(), collection).toEqual(leafPaths(elementOf(collection)).sort());
    }
  });

  it('name nested fields with a snake_case prefix and give long tables a parent id and position', () => {
    const visits = CSV_TABLES.find((t) => t.name === 'visits')!;
    expect(visits.columns.find((c) => c.path === 'traveler.personId')!.name).toBe('traveler_person_id');
    const prov = CSV_TABLES.find((t) => t.name === 'visit_provenance')!;
    expect(prov.columns.slice(0, 2).map((c) => c.name)).toEqual(['visit_id', 'position']);
    expect(prov.primaryKey).toEqual(['visit_id', 'position']);
  });
});

describe('CSV export of a fixture dataset (scripts/build-exports.ts)', () => {
  let dataset: Dataset;
  let out: string;
  const texts = new Map<string, string>();

  beforeAll(() => {
    dataset = awkwardDataset();
    const dir = mkdtempSync(path.join(tmpdir(), 'dv-exports-'));
    writeFileSync(path.join(dir, 'dataset.json'), `${JSON.stringify(dataset)}\n`);
    out = path.join(dir, 'out');
    execFileSync(process.execPath, [tsx, path.join(root, 'scripts', 'build-exports.ts'), path.join(dir, 'dataset.json'), '--out', out], { cwd: root, stdio: 'pipe' });
    for (const f of readdirSync(path.join(out, 'csv'))) if (f.endsWith('.csv')) texts.set(f, readFileSync(path.join(out, 'csv', f), 'utf8'));
  });

  it('writes one CSV per table, the descriptor and the JSON Schema', () => {
    expect([...texts.keys()].sort()).toEqual(CSV_TABLES.map((t) => `${t.name}.csv`).sort());
    expect(existsSync(path.join(out, 'csv', 'datapackage.json'))).toBe(true);
    expect(existsSync(path.join(out, 'dataset.schema.json'))).toBe(true);
  });

  it('reads back into the same JSON: commas, quotes, new lines and non-Latin text survive', () => {
    const { meta: _meta, ...content } = dataset;
    expect(fromCsv(texts)).toEqual(JSON.parse(JSON.stringify(content)));
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const visits = readTable(texts.get('visits.csv')!);
    const cell = (id: string, col: string) => visits.find((r) => r.id === id)![col]!;
    expect(cell('hsg-travel-2', 'remarks')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell('austin-2021-03-15-jp', 'remarks')).toBe("'-12 degrees; - a remark that starts with a dash");
    expect(cell('austin-2021-03-15-jp', 'traveler_title')).toBe("'@Secretary");
    expect(readTable(texts.get('events.csv')!)[0]!.locality).toBe("'\tTokyo");
    expect(readTable(texts.get('events.csv')!)[0]!.name).toBe("'+2 ministerial, 東京");
    expect(readTable(texts.get('discrepancies.csv')!)[0]!.resolution).toBe("'\rstarts with CR");
    // a value that starts with ' gets one more, so dropping one is always right
    expect(readTable(texts.get('trips.csv')!)[0]!.title).toBe("''Asia, March 2021'");
    // an alias list whose cell would start with = is neutralized as a whole
    // and an item's own ";" and "\\" are escaped with "\\", so the items split back exactly
    expect(readTable(texts.get('issues.csv')!).find((r) => r.id === 'us-china-communication')!.aliases).toBe('中美沟通;US–China "channels";=cmd;talks\\; channels;a\\\\b\\;;\\\\');
    // no field of any file starts with a formula character
    for (const [file, text] of texts) for (const row of parseCsv(text)) for (const f of row) expect(f, file).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is RFC 4180: CRLF after every record, quotes doubled, UTF-8 without BOM', () => {
    const raw = readFileSync(path.join(out, 'csv', 'visits.csv'));
    expect(raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = raw.toString('utf8');
    expect(text.startsWith('id,traveler_person_id,traveler_name,traveler_title,traveler_country,country,locality,start,end,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Met Prime Minister Suga, Foreign Minister Motegi; said ""the alliance is the cornerstone"".\nSecond line,\r\nthird line."');
    expect(text).toContain('서울 (Seoul)');
  });

  it('describes the files in datapackage.json: fields, types, keys, sizes and hashes', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { license: string; name: string };
    const dp = JSON.parse(readFileSync(path.join(out, 'csv', 'datapackage.json'), 'utf8'));
    expect(dp).toMatchObject({ profile: 'tabular-data-package', name: pkg.name, version: '1.2.3', datasetSha256: dataset.meta.sha256 });
    expect(dp.licenses.map((l: { name: string }) => l.name)).toEqual([pkg.license, 'CC0-1.0']);
    expect(dp.sources[0].path).toBe(`https://github.com/HistoryAtState/travels/tree/${'a'.repeat(40)}`);
    const names = new Set(dp.resources.map((r: { name: string }) => r.name));
    for (const r of dp.resources) {
      const bytes = readFileSync(path.join(out, 'csv', r.path));
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const [header] = parseCsv(bytes.toString('utf8'));
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const f of r.schema.fields) expect(['string', 'date', 'boolean', 'integer']).toContain(f.type);
      for (const key of [r.schema.primaryKey].flat()) expect(header).toContain(key);
      for (const fk of r.schema.foreignKeys ?? []) {
        expect(header).toContain(fk.fields);
        const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
        expect(names.has(target)).toBe(true);
        // every non-empty reference resolves, as frictionless validate would check
        const targetRows = readTable(texts.get(`${target}.csv`)!);
        const keys = new Set(targetRows.map((row) => row[fk.reference.fields]));
        for (const row of readTable(bytes.toString('utf8'))) if (row[fk.fields]) expect(keys.has(row[fk.fields]), `${r.name}.${fk.fields}`).toBe(true);
      }
    }
    const visits = dp.resources.find((r: { name: string }) => r.name === 'visits');
    expect(visits.schema.fields.find((f: { name: string }) => f.name === 'start')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(visits.schema.fields.find((f: { name: string }) => f.name === 'kind').constraints.enum).toContain('secretary-travel');
  });

  it('writes its columns in schema order, whatever the order of the keys in the records', () => {
    // Every object's keys reversed: a writer that followed the records' own key order would change its bytes.
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    const shuffled = reversed(dataset) as Dataset;
    expect(Object.keys(shuffled.visits[0]!)).not.toEqual(Object.keys(dataset.visits[0]!));
    const again = datasetCsvFiles(shuffled);
    expect(again.map((f) => f.file).sort()).toEqual([...texts.keys()].sort());
    for (const f of again) expect(f.text, f.file).toBe(texts.get(f.file));
  });

  it('writes id lists as plain ";"-joined cells, which split on ";" alone', () => {
    const trips = readTable(texts.get('trips.csv')!);
    for (const row of trips) expect(row.visit_ids!.split(LIST_SEPARATOR)).toEqual(dataset.trips.find((t) => t.id === row.id)!.visitIds);
  });
});

const distCsv = path.join(root, 'dist', 'csv');
const distDataset = path.join(root, 'dist', 'dataset.json');

describe('the built dist/csv', () => {
  beforeAll(() => {
    // Fails, never skips: npm test builds dist/ first.
    if (!existsSync(path.join(distCsv, 'datapackage.json')) || !existsSync(distDataset)) throw new Error('dist/csv or dist/dataset.json is missing: run npm run build first (npm test does)');
    const dp = JSON.parse(readFileSync(path.join(distCsv, 'datapackage.json'), 'utf8'));
    const ds = JSON.parse(readFileSync(distDataset, 'utf8'));
    if (dp.datasetSha256 !== ds.meta.sha256) throw new Error('dist/csv was built from another dist/dataset.json: run npm run build');
  });

  it('is served by the package exports as diplomatic-visits/csv/*', () => {
    const resolve = (spec: string) =>
      execFileSync(process.execPath, ['-e', `process.stdout.write(require.resolve(${JSON.stringify(spec)}))`], { cwd: root, encoding: 'utf8' });
    expect(resolve('diplomatic-visits/csv/visits.csv')).toBe(path.join(distCsv, 'visits.csv'));
    expect(resolve('diplomatic-visits/csv/datapackage.json')).toBe(path.join(distCsv, 'datapackage.json'));
  });

  it('reads back into dist/dataset.json', () => {
    const { meta, ...content } = JSON.parse(readFileSync(distDataset, 'utf8')) as Dataset;
    const texts = new Map(readdirSync(distCsv).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(path.join(distCsv, f), 'utf8')]));
    const back = fromCsv(texts);
    expect(back.visits).toHaveLength(meta.counts.visits);
    expect(back).toEqual(content);
  });
});
