// The JSON Schema, checked with an independent validator (ajv, draft 2020-12):
// it accepts the real dataset and a fixture, and rejects broken records as zod does.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { datasetJsonSchema } from '../src/schemas/json-schema.js';
import { DatasetSchema } from '../src/schemas/dataset.js';
import { writeDataDir } from './fixtures/data-dir.js';

const root = path.resolve(import.meta.dirname, '..');
const distSchema = path.join(root, 'dist', 'dataset.schema.json');
const distDataset = path.join(root, 'dist', 'dataset.json');

/** A calendar check written independently of src/schemas: the date must survive a round trip through Date. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function validator(schema: object) {
  // strict mode: an unknown keyword or a loose type in the schema throws here.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  ajv.addFormat('uri', { type: 'string', validate: (s: string) => URL.canParse(s) });
  return ajv.compile(schema);
}

const schema = datasetJsonSchema({ version: '1.0.0' });
const validate = validator(schema);
const fixture = () => structuredClone(buildDataset(writeDataDir(), '1.0.0').dataset!) as unknown as Record<string, Record<string, unknown>[]>;
const errorsOf = (data: unknown): ErrorObject[] => (validate(data) ? [] : [...(validate.errors ?? [])]);

describe('dataset JSON Schema', () => {
  it('is draft 2020-12 with named definitions for every record type', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/diplomatic-visits@1.0.0/dist/dataset.schema.json');
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(['Meta', 'Country', 'Person', 'Source', 'Visit', 'Trip', 'Event', 'Issue', 'IssueLink', 'Discrepancy', 'Provenance', 'Evidence', 'IsoDate', 'Id']),
    );
    // refine() is invisible to JSON Schema: the date is restated as a pattern and a format
    expect((schema.$defs as Record<string, unknown>).IsoDate).toMatchObject({ type: 'string', format: 'date' });
  });

  it('accepts a small fixture dataset', () => {
    expect(errorsOf(fixture())).toEqual([]);
  });

  it('accepts the real built dist/dataset.json', () => {
    if (!existsSync(distDataset)) throw new Error('dist/dataset.json is missing: run npm run build first (npm test does)');
    expect(errorsOf(JSON.parse(readFileSync(distDataset, 'utf8')))).toEqual([]);
  });

  it('is the file the build writes to dist/dataset.schema.json', () => {
    if (!existsSync(distSchema) || !existsSync(distDataset)) throw new Error('dist/ is missing: run npm run build first (npm test does)');
    const version = (JSON.parse(readFileSync(distDataset, 'utf8')) as { meta: { version: string } }).meta.version;
    expect(JSON.parse(readFileSync(distSchema, 'utf8'))).toEqual(datasetJsonSchema({ version }));
    // and the package exports it as diplomatic-visits/dataset.schema.json
    const resolved = execFileSync(process.execPath, ['-e', "process.stdout.write(require.resolve('diplomatic-visits/dataset.schema.json'))"], { cwd: root, encoding: 'utf8' });
    expect(resolved).toBe(distSchema);
  });

  const broken: [string, (ds: Record<string, Record<string, unknown>[]>) => void, string, string][] = [
    ['a visit with a day that does not exist', (ds) => { ds.visits![0]!.start = '2023-02-30'; }, '/visits/0/start', 'format'],
    ['a visit with month 13', (ds) => { ds.visits![0]!.end = '2021-13-01'; }, '/visits/0/end', 'pattern'],
    ['a visit with an extra key', (ds) => { ds.visits![1]!.note = 'not in the schema'; }, '/visits/1', 'additionalProperties'],
    ['a visit without provenance', (ds) => { ds.visits![2]!.provenance = []; }, '/visits/2/provenance', 'minItems'],
    ['a visit of an unknown kind', (ds) => { ds.visits![0]!.kind = 'holiday'; }, '/visits/0/kind', 'enum'],
    ['a person id that is not kebab-case', (ds) => { ds.people![0]!.id = 'Blinken_Antony'; }, '/people/0/id', 'pattern'],
    ['an evidence quote over 300 characters', (ds) => { (ds.issueLinks![0]!.evidence as { quote: string }[])[0]!.quote = 'x'.repeat(301); }, '/issueLinks/0/evidence/0/quote', 'maxLength'],
    ['a source URL that is not a URL', (ds) => { ds.sources![0]!.url = 'not a url'; }, '/sources/0/url', 'format'],
    ['a missing required field', (ds) => { delete ds.trips![0]!.derived; }, '/trips/0', 'required'],
  ];
  for (const [name, breakIt, instancePath, keyword] of broken) {
    it(`rejects ${name}, as zod does`, () => {
      const ds = fixture();
      breakIt(ds);
      const errors = errorsOf(ds);
      expect(errors.map((e) => [e.instancePath, e.keyword])).toContainEqual([instancePath, keyword]);
      expect(DatasetSchema.safeParse(ds).success).toBe(false);
    });
  }

  it('rejects an unknown top-level collection', () => {
    const ds = { ...fixture(), extra: [] };
    expect(errorsOf(ds).map((e) => e.keyword)).toContain('additionalProperties');
  });
});
