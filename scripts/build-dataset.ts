// Builds dist/dataset.json from data/**, or refuses with every problem listed.
// Usage: tsx scripts/build-dataset.ts [dataDir] [--out file] [--version x.y.z]
// --version: the meta.version to write instead of package.json's (scripts/release-version.ts
// builds the dataset of the release it is about to make, before package.json says so).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDataset } from './build/assemble.js';
import { browserModuleSource } from './build/browser-module.js';
import { curatedSubset } from './build/curated.js';
import { idTypesSource } from './build/id-types.js';
import { readInterpretations } from './build/interpretations.js';
import { shippedText } from './build/layout.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, version: { type: 'string' } } });
const dataDir = positionals[0] ? path.resolve(positionals[0]) : path.join(root, 'data');
const outFile = values.out ? path.resolve(values.out) : path.join(root, 'dist', 'dataset.json');
const version = values.version ?? (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const { dataset, files, problems, warnings, excepted } = buildDataset(dataDir, version);
// Warnings do not stop the build: listed with their count, after any problems.
const warningLines = warnings.length ? `\nbuild-dataset: ${warnings.length} warning(s) (src/lint/README.md):\n${warnings.map((w) => `  ${w}\n`).join('')}` : '';
if (!dataset) {
  console.error(`build-dataset: ${problems.length} problem(s); nothing written.\n`);
  for (const line of problems) console.error(`  ${line}`);
  if (warningLines) console.error(warningLines.trimEnd());
  process.exit(1);
}
if (warningLines) console.error(warningLines.trim());
mkdirSync(path.dirname(outFile), { recursive: true });
// ASCII only (non-ASCII as \u escapes): parses faster, same value and checksum. Beside it, its
// layout (where each collection sits), through which the library reads one collection at a time.
const layoutFile = (file: string) => file.replace(/\.json$/, '.layout.json');
const recordsFile = (file: string) => file.replace(/\.json$/, '.records.json');
const { text: json, layout, records: recordsIndex } = shippedText(dataset);
writeFileSync(outFile, json);
writeFileSync(layoutFile(outFile), `${JSON.stringify(layout)}\n`);
writeFileSync(recordsFile(outFile), `${JSON.stringify(recordsIndex)}\n`);
let curatedLine = '';
if (!values.out) {
  // The literal id types follow the bundled data only.
  writeFileSync(path.join(root, 'src', 'generated', 'ids.ts'), idTypesSource(dataset));
  // `diplomatic-visits/curated`: the curated layer and what it references, shipped as its own file.
  const curated = curatedSubset(dataset, files!);
  const { text: curatedJson, layout: curatedLayout, records: curatedRecords } = shippedText(curated);
  const curatedFile = path.join(path.dirname(outFile), 'curated.json');
  writeFileSync(curatedFile, curatedJson);
  writeFileSync(layoutFile(curatedFile), `${JSON.stringify(curatedLayout)}\n`);
  writeFileSync(recordsFile(curatedFile), `${JSON.stringify(curatedRecords)}\n`);
  // The browser build's form of each file (src/dataset/bundled-browser.ts): a string literal, each collection in the compact form of src/dataset/codec.ts, decoded on first use.
  writeFileSync(path.join(path.dirname(outFile), 'dataset.browser.js'), browserModuleSource(json, layout, 'dataset.json'));
  writeFileSync(path.join(path.dirname(outFile), 'curated.browser.js'), browserModuleSource(curatedJson, curatedLayout, 'curated.json'));
  const c = curated.meta.counts;
  curatedLine = `\nbuild-dataset: wrote ${path.relative(process.cwd(), curatedFile)} (${(Buffer.byteLength(curatedJson) / 1024).toFixed(0)} KiB, sha256 ${curated.meta.sha256.slice(0, 12)}…): ${c.visits} visits, ${c.trips} trips, ${c.events} events, ${c.issueLinks} issue links`;
}
const counts = Object.entries(dataset.meta.counts).map(([k, n]) => `${k} ${n}`).join(', ');
const { records } = dataset.meta.official;
console.log(`build-dataset: wrote ${path.relative(process.cwd(), outFile)} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB, sha256 ${dataset.meta.sha256.slice(0, 12)}…)`);
console.log(`  ${counts}`);
console.log(`  official records: ${records.travel} travel + ${records.visit} visit read; ${records.visitsWritten} visits written; ${records.duplicatesMerged} duplicates merged${curatedLine}`);
const { coverage } = dataset.meta;
if (coverage) {
  console.log(`  coverage: secretary travel ${coverage.secretaryTravel.first}..${coverage.secretaryTravel.last}; president travel ${coverage.presidentTravel.first}..${coverage.presidentTravel.last}; foreign leaders' visits ${coverage.foreignLeaderVisit.first}..${coverage.foreignLeaderVisit.last}`);
}
console.log(`  lint: ${warnings.length} warning(s)${excepted ? `; ${excepted} skipped by the reviewed exceptions (data/reference/lint-exceptions.json)` : ''}`);
const interpretations = readInterpretations(dataDir);
if (interpretations) console.log(`  ${interpretations}`);
