// Every file under data/ is in its one canonical format (records sorted by id, keys in schema
// order, two-space JSON, final newline), and `npm run fix:data` gets it there without changing content.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { canonicalDataText, canonicalRecords, DataFormatError, isRecordFile, keyOrderOf, orderKeys } from '../scripts/build/canonical-data.js';
import { DATA_FILES, type DataFile } from '../scripts/build/files.js';
import { fieldRows, schemaPageText } from '../scripts/build/schema-pages.js';
import { rules } from '../src/lint/index.js';
import * as schemas from '../src/schemas/index.js';
import { canonicalJson } from '../src/util/canonical.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'data');

/** Every .json file under `dir`, relative, with `/` separators. */
function jsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return jsonFiles(dir, rel);
    return entry.isFile() && entry.name.endsWith('.json') ? [rel] : [];
  }).sort();
}

// The data files are read once, when the suite is collected: whatever exists right now is checked.
const files = jsonFiles(dataDir).map((file) => ({ file, text: readFileSync(path.join(dataDir, file), 'utf8') }));

/** The same records regardless of order and key order. */
const contentOf = (value: unknown) => (Array.isArray(value) ? value.map(canonicalJson).sort() : [canonicalJson(value)]);

/** The first line where two texts differ, for a message a curator can act on. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const i = a.findIndex((line, n) => line !== e[n]);
  const at = i === -1 ? Math.min(a.length, e.length) : i;
  return `line ${at + 1}: found ${JSON.stringify(a[at] ?? '(end of file)')}, expected ${JSON.stringify(e[at] ?? '(end of file)')}`;
}

describe('data files are canonical', () => {
  it('finds the data files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.file, f] as const))('data/%s is in canonical format (run npm run fix:data)', (file, { text }) => {
    const canonical = canonicalDataText(file, text);
    if (canonical !== text) {
      expect.fail(`data/${file} is not canonical (run npm run fix:data): ${firstDifference(text, canonical)}`);
    }
  });

  it.each(files.map((f) => [f.file, f] as const))('fixing data/%s is idempotent and keeps its content', (file, { text }) => {
    const once = canonicalDataText(file, text);
    expect(canonicalDataText(file, once)).toBe(once);
    expect(contentOf(JSON.parse(once))).toEqual(contentOf(JSON.parse(text)));
  });

  it('sorts record files by their key with compareIds', () => {
    for (const { file, text } of files) {
      if (!isRecordFile(file)) continue;
      const key = DATA_FILES[file].key;
      const ids = (JSON.parse(text) as Record<string, string>[]).map((r) => r[key]);
      expect(ids, `data/${file}`).toEqual(
        (JSON.parse(canonicalDataText(file, text)) as Record<string, string>[]).map((r) => r[key]),
      );
    }
  });
});

describe('canonicalDataText', () => {
  const trip = {
    id: 'blinken-antony-j-2021-03-15',
    personId: 'blinken-antony-j',
    title: 'First trip',
    start: '2021-03-15',
    end: '2021-03-18',
    visitIds: ['hsg-travel-3993', 'hsg-travel-3992'], // arrays keep their (travel) order
    derived: false,
    provenance: [{ sourceId: 'article-a', quote: 'Blinken in Tokyo' }],
  };
  const shuffle = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;

  it('sorts records by id naturally and puts keys in schema order, recursively', () => {
    const records = [
      shuffle({ ...trip, id: 'x-trip-10', provenance: [shuffle({ quote: 'q', sourceId: 's' })] }),
      shuffle({ ...trip, id: 'x-trip-9' }),
      shuffle({ ...trip, id: 'a-trip' }),
    ];
    const out = JSON.parse(canonicalDataText('curated/trips.json', JSON.stringify(records))) as (typeof trip)[];
    expect(out.map((t) => t.id)).toEqual(['a-trip', 'x-trip-9', 'x-trip-10']);
    for (const t of out) expect(Object.keys(t)).toEqual(Object.keys(trip));
    expect(out[0]!.visitIds).toEqual(trip.visitIds);
    expect(Object.keys(out[2]!.provenance[0]!)).toEqual(['sourceId', 'quote']);
  });

  it('orders nested objects by their schemas (visit traveller, provenance)', () => {
    const visit = {
      provenance: [{ recordIds: ['hsg-travel-1'], sourceId: 'hsg-travels' }],
      eventIds: [],
      kind: 'secretary-travel',
      end: '2021-03-17',
      start: '2021-03-15',
      country: 'JP',
      travelerCountry: 'US',
      traveler: { title: 'Secretary of State', name: 'Antony J. Blinken', personId: 'blinken-antony-j' },
      id: 'hsg-travel-1',
    };
    const [out] = JSON.parse(canonicalDataText('official/visits.json', JSON.stringify([visit]))) as Record<string, any>[];
    expect(Object.keys(out!)).toEqual(['id', 'traveler', 'travelerCountry', 'country', 'start', 'end', 'kind', 'eventIds', 'provenance']);
    expect(Object.keys(out!.traveler)).toEqual(['personId', 'name', 'title']);
    expect(Object.keys(out!.provenance[0])).toEqual(['sourceId', 'recordIds']);
  });

  it('sorts countries by code and visit annotations by visitId', () => {
    const countries = [{ code: 'KR' }, { code: 'JP' }, { code: 'AE' }];
    expect((JSON.parse(canonicalDataText('reference/countries.json', JSON.stringify(countries))) as { code: string }[]).map((c) => c.code)).toEqual(['AE', 'JP', 'KR']);
    const notes = ['hsg-travel-100', 'hsg-travel-20', 'hsg-travel-3'].map((visitId) => ({ evidence: [], visitId }));
    const out = JSON.parse(canonicalDataText('curated/visit-annotations.json', JSON.stringify(notes))) as { visitId: string }[];
    expect(out.map((n) => n.visitId)).toEqual(['hsg-travel-3', 'hsg-travel-20', 'hsg-travel-100']);
    expect(Object.keys(out[0]!)).toEqual(['visitId', 'evidence']);
  });

  it('keeps keys the schema does not know, after the known ones, and records without an id last', () => {
    const out = canonicalRecords('curated/issues.json', [{ zeta: 1, label: 'L', id: 'b' }, { label: 'no id' }, { id: 'a' }]);
    expect(out).toEqual([{ id: 'a' }, { id: 'b', label: 'L', zeta: 1 }, { label: 'no id' }]);
    expect(Object.keys(out[1]!)).toEqual(['id', 'label', 'zeta']);
  });

  it('lays out any other JSON file as two-space JSON with a final newline, keeping its order', () => {
    expect(canonicalDataText('official/import-report.json', '{"b":1,"a":[3,1,2]}')).toBe('{\n  "b": 1,\n  "a": [\n    3,\n    1,\n    2\n  ]\n}\n');
  });

  it('refuses text that is not JSON, and a record file that is not an array', () => {
    expect(() => canonicalDataText('curated/trips.json', '[{')).toThrow(DataFormatError);
    expect(() => canonicalDataText('curated/trips.json', '{}')).toThrow(/expected a JSON array/);
  });

  it('derives key order from any schema shape: optional, nullable, default, union, lazy, record', () => {
    type Node = { name: string; kids?: Node[] };
    const NodeSchema: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), kids: z.array(NodeSchema).optional() }));
    const schema = z.object({
      a: z.object({ y: z.string(), x: z.string() }).nullable().default(null),
      b: z.union([z.object({ p: z.number(), q: z.number() }), z.object({ r: z.number(), s: z.number() })]),
      c: z.record(z.string(), z.object({ m: z.number(), n: z.number() })),
      d: NodeSchema,
    });
    const value = { d: { kids: [{ kids: [], name: 'leaf' }], name: 'root' }, c: { k: { n: 1, m: 2 } }, b: { s: 1, r: 2 }, a: { x: '1', y: '2' } };
    const out = orderKeys(value, keyOrderOf(schema)) as typeof value;
    expect(JSON.stringify(out)).toBe('{"a":{"y":"2","x":"1"},"b":{"r":2,"s":1},"c":{"k":{"m":2,"n":1}},"d":{"name":"root","kids":[{"name":"leaf","kids":[]}]}}');
  });

  it('covers every data file the build reads', () => {
    for (const file of Object.keys(DATA_FILES) as DataFile[]) {
      const order = keyOrderOf(DATA_FILES[file].schema);
      expect(order.kind, file).toBe('object');
    }
  });
});

describe('npm run fix:data', () => {
  const fixData = (dir: string, ...args: string[]) =>
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'fix-data.ts'), dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('rewrites a scrambled copy of data/ back to the canonical files, and is idempotent', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dv-fix-data-'));
    cpSync(dataDir, dir, { recursive: true });
    // what the copy should come back to (read from the copy: others may be editing data/ meanwhile)
    const expected = new Map(jsonFiles(dir).map((file) => [file, canonicalDataText(file, readFileSync(path.join(dir, file), 'utf8'))]));
    // scramble every record file: reversed records, reversed keys, other indentation, no final newline
    for (const [file, canonical] of expected) {
      if (!isRecordFile(file)) continue;
      const records = (JSON.parse(canonical) as object[]).reverse().map((r) => Object.fromEntries(Object.entries(r).reverse()));
      writeFileSync(path.join(dir, file), JSON.stringify(records, null, 4));
    }
    mkdirSync(path.join(dir, 'extra'), { recursive: true });
    writeFileSync(path.join(dir, 'extra', 'notes.json'), '{"b":1,   "a":2}');
    const first = fixData(dir);
    expect(first).toMatch(/rewrote \d+ of \d+ file/);
    for (const [file, canonical] of expected) {
      expect(readFileSync(path.join(dir, file), 'utf8') === canonical, `data/${file}`).toBe(true);
    }
    expect(readFileSync(path.join(dir, 'extra', 'notes.json'), 'utf8')).toBe('{\n  "b": 1,\n  "a": 2\n}\n');
    expect(fixData(dir)).toMatch(/already canonical/);
    expect(fixData(dir, '--check')).toMatch(/are canonical/);
  });

  it('--check lists the files that are not canonical and fails, changing nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dv-fix-data-'));
    mkdirSync(path.join(dir, 'curated'));
    const bad = '[{"label":"Taiwan","id":"taiwan","description":"d","aliases":[]}]';
    writeFileSync(path.join(dir, 'curated', 'issues.json'), bad);
    let error: { status?: number; stderr?: string } | undefined;
    try {
      fixData(dir, '--check');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.status).toBe(1);
    expect(error?.stderr).toContain('curated/issues.json');
    expect(readFileSync(path.join(dir, 'curated', 'issues.json'), 'utf8')).toBe(bad);
  });
});

// Each collection's page beside its schema (src/schemas/*-schema.md) documents every field of the
// schema (and no other), says which are required as the schema does, and shows examples the schema
// accepts, written in canonical key order. The integrity rules' README lists every rule.
describe('schema pages', () => {
  const schemaDir = path.join(root, 'src', 'schemas');
  const PAGES = ['country', 'person', 'source', 'visit', 'trip', 'event', 'issue', 'discrepancy', 'dataset'].map((p) => `${p}-schema.md`);
  const pages = PAGES.filter((p) => existsSync(path.join(schemaDir, p))).map((p) => ({ page: p, text: readFileSync(path.join(schemaDir, p), 'utf8') }));
  const schemaNamed = (name: string) => {
    const schema = (schemas as Record<string, unknown>)[name];
    if (!(schema instanceof z.ZodType)) throw new Error(`no schema ${name} in src/schemas/index.ts`);
    return schema;
  };
  /** The examples of a page: the schema each is an example of, and its JSON. */
  const examples = (text: string) =>
    [...text.matchAll(/<!-- example: (\w+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => ({ schema: m[1]!, json: m[2]! }));

  it('there is a page for every collection', () => {
    expect(pages.map((p) => p.page)).toEqual(PAGES);
  });

  it.each(PAGES)('%s has field tables, generated from the schemas (npm run fix:docs)', (page) => {
    const text = readFileSync(path.join(schemaDir, page), 'utf8');
    expect(text, `${page} has no <!-- fields: Schema --> table`).toMatch(/^<!-- fields: \w+/m);
    expect(schemaPageText(text), `${page}: a field table differs from the schemas: run npm run fix:docs`).toBe(text);
  });

  it('every field of every schema a page documents has a description, and its table lists every field', () => {
    // a table row per field, nested ones included: the field names of the schema, read with public API only
    const rows = fieldRows(schemas.VisitSchema).map((r) => r.field);
    expect(rows.filter((f) => !f.includes('.'))).toEqual(Object.keys(schemas.VisitSchema.shape));
    expect(rows).toContain('traveler.personId');
    expect(rows).toContain('provenance[].recordIds');
    expect(fieldRows(schemas.VisitSchema).find((r) => r.field === 'locality')).toMatchObject({ required: 'no', meaning: schemas.VisitSchema.shape.locality.meta()?.description });
    expect(fieldRows(schemas.VisitSchema).find((r) => r.field === 'eventIds')?.required).toBe('yes (may be empty)');
    expect(() => fieldRows(z.strictObject({ undocumented: z.string() }))).toThrow(/undocumented: no description/);
  });

  it.each(PAGES)('%s shows examples its schema accepts, in canonical key order', (page) => {
    const found = examples(readFileSync(path.join(schemaDir, page), 'utf8'));
    expect(found.length, `${page} has no <!-- example: Schema --> block`).toBeGreaterThan(0);
    for (const { schema, json } of found) {
      const value: unknown = JSON.parse(json);
      const result = schemaNamed(schema).safeParse(value);
      expect(result.success, `${page}: example of ${schema}: ${result.error?.message}`).toBe(true);
      expect(JSON.stringify(value, null, 2), `${page}: example of ${schema} in schema key order`).toBe(JSON.stringify(orderKeys(value, keyOrderOf(schemaNamed(schema))), null, 2));
    }
  });

  it('every integrity rule is in src/lint/README.md and named on a schema page', () => {
    const readme = readFileSync(path.join(root, 'src', 'lint', 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([a-z-]+)` \| \[`rules\/([a-z-]+)\.ts`\]/gm)].map((m) => [m[1], m[2]]);
    expect(listed.map(([name]) => name)).toEqual(rules.map((r) => r.name));
    for (const [name, module] of listed) expect(existsSync(path.join(root, 'src', 'lint', 'rules', `${module}.ts`)), `${name}`).toBe(true);
    const all = pages.map((p) => p.text).join('\n');
    for (const rule of rules) expect(all, `no schema page names the rule ${rule.name}`).toContain(`\`${rule.name}\``);
  });
});
