// Writes the exports for other ecosystems from a built dataset.json:
//   <out>/dataset.schema.json   JSON Schema (draft 2020-12) generated from the zod schemas
//   <out>/csv/<table>.csv       one CSV per collection, plus long tables for nested lists
//   <out>/csv/datapackage.json  Frictionless Data Package descriptor of the CSV files
// Usage: tsx scripts/build-exports.ts [dataset.json] [--out dir] [--verbose]
//   (defaults: dist/dataset.json, and the folder of the dataset file; --verbose lists every file with its size)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { datasetCsvFiles } from './build/csv.js';
import { dataPackage, type PackageInfo } from './build/datapackage.js';
import { datasetJsonSchema } from '../src/schemas/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, verbose: { type: 'boolean' } } });
  } catch (error) {
    console.error(`build-exports: ${(error as Error).message}\nusage: tsx scripts/build-exports.ts [dataset.json] [--out dir] [--verbose]`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  const input = path.resolve(positionals[0] ?? path.join(root, 'dist', 'dataset.json'));
  const outDir = path.resolve(values.out ?? path.dirname(input));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageInfo;

  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    console.error(`build-exports: cannot read ${input}: ${(error as Error).message} (run npm run build:data first)`);
    process.exit(1);
  }
  // Validated like a file a user brings: the exports must describe a valid dataset.
  const dataset = loadDataset(text);

  const written: [string, number][] = [];
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    written.push([path.relative(process.cwd(), file), Buffer.byteLength(content)]);
  };

  write(path.join(outDir, 'dataset.schema.json'), `${JSON.stringify(datasetJsonSchema({ version: dataset.meta.version }), null, 2)}\n`);

  const csvDir = path.join(outDir, 'csv');
  rmSync(csvDir, { recursive: true, force: true });
  const files = datasetCsvFiles(dataset);
  for (const f of files) write(path.join(csvDir, f.file), f.text);
  write(path.join(csvDir, 'datapackage.json'), `${JSON.stringify(dataPackage(dataset, files, pkg), null, 2)}\n`);

  const kib = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KiB`);
  const size = (suffix: string) => written.filter(([f]) => f.endsWith(suffix)).reduce((n, [, b]) => n + b, 0);
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  console.log(
    `build-exports: wrote ${rel(path.join(outDir, 'dataset.schema.json'))} (${kib(size('dataset.schema.json'))}), ` +
      `${rel(csvDir)}/: ${files.length} CSV files (${kib(size('.csv'))}) + datapackage.json (${kib(size('datapackage.json'))})`,
  );
  if (values.verbose) {
    for (const [file, bytes] of written) {
      const rows = files.find((f) => file.endsWith(`${path.sep}${f.file}`))?.rows;
      console.log(`  ${file.padEnd(44)} ${kib(bytes).padStart(10)}${rows === undefined ? '' : `  ${rows} rows`}`);
    }
  }
}

main();
