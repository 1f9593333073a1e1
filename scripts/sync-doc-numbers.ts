/**
 * Rewrites the numbers the docs state about the build (CSV row counts, the
 * meta example's counts, the README's counts table) from dist/dataset.json,
 * so a data change is one command away from docs that agree with it.
 * tests/docs-numbers.test.ts and tests/readme.test.ts check the same numbers.
 *
 *   npm run build && npm run -s fix:docs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetCsvFiles } from './build/csv.js';
import type { AnyDataset } from '../src/schemas/records.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ds = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as AnyDataset;
const n = (x: number) => x.toLocaleString('en-US');

function rewrite(file: string, edit: (text: string) => string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  if (after !== before) {
    writeFileSync(full, after);
    console.log(`fix:docs: updated ${file}`);
  }
}

const rows = new Map(datasetCsvFiles(ds).map((f) => [f.file, f.rows]));
rewrite('docs/data-for-analysts.md', (text) =>
  text.replace(/^(\| `([a-z_]+\.csv)` \| )([\d,]+)( \|)/gm, (all, head: string, file: string, _old: string, tail: string) =>
    rows.has(file) ? `${head}${n(rows.get(file)!)}${tail}` : all));

rewrite('src/schemas/dataset-schema.md', (text) =>
  text.replace(/"counts": \{[^}]*\}/, () => `"counts": ${JSON.stringify(ds.meta.counts, null, 2).replace(/\n/g, '\n  ')}`));

const c = ds.meta.counts;
rewrite('README.md', (text) =>
  text.replace(
    /(\| countries \| people \| sources \| visits \| trips \| events \| issues \| issueLinks \| discrepancies \|\n\|[-|: ]+\|\n)\|[^\n]*\|/,
    (_all, head: string) => `${head}| ${[c.countries, c.people, c.sources, c.visits, c.trips, c.events, c.issues, c.issueLinks, c.discrepancies].map(n).join(' | ')} |`,
  ));
