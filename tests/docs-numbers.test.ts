// Numbers the docs state about this build, checked against it so they never go stale.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetCsvFiles } from '../scripts/build/csv.js';
import type { Dataset } from '../src/schemas/types.js';

const root = path.resolve(import.meta.dirname, '..');
const file = path.join(root, 'dist', 'dataset.json');
if (!existsSync(file)) throw new Error('dist/dataset.json is missing: run npm run build first (npm test does)');
const ds = JSON.parse(readFileSync(file, 'utf8')) as Dataset;

describe('numbers in the docs', () => {
  it('docs/data-for-analysts.md gives the row count of every CSV table', () => {
    const doc = readFileSync(path.join(root, 'docs', 'data-for-analysts.md'), 'utf8');
    const stated = new Map([...doc.matchAll(/^\| `([a-z_]+\.csv)` \| ([\d,]+) \|/gm)].map((m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))]));
    const actual = new Map(datasetCsvFiles(ds!).map((f) => [f.file, f.rows]));
    expect(Object.fromEntries(stated)).toEqual(Object.fromEntries(actual));
  });

  it("src/schemas/dataset-schema.md's meta example has this build's counts", () => {
    const page = readFileSync(path.join(root, 'src', 'schemas', 'dataset-schema.md'), 'utf8');
    const counts = /"counts": (\{[^}]*\})/.exec(page)![1]!;
    expect(JSON.parse(counts)).toEqual(ds!.meta.counts);
  });
});
