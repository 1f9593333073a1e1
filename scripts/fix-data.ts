// Applies the lint rules' fixers to data/curated (src/lint/README.md), listing
// each change, then rewrites every JSON file under data/ into its canonical
// format (scripts/build/canonical-data.ts): records sorted by id, keys in
// schema order, two-space JSON, a final newline.
// Usage: tsx scripts/fix-data.ts [dataDir] [--check]
//   --check  change nothing; list the fixes and the files that are not canonical and exit 1 if any.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyFixers } from './build/apply-fixers.js';
import { canonicalDataText, DataFormatError } from './build/canonical-data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean', default: false } } });
const dataDir = positionals[0] ? path.resolve(positionals[0]) : path.join(root, 'data');

/** Every .json file under `dir`, as paths relative to it with `/` separators, sorted. */
function jsonFilesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return jsonFilesUnder(dir, rel);
      return entry.isFile() && entry.name.endsWith('.json') ? [rel] : [];
    })
    .sort();
}

const fixed = applyFixers(dataDir);
if (fixed.lines.length) {
  const verb = values.check ? 'would fix' : 'fixed';
  console.log(`fix-data: ${verb} ${fixed.lines.length} problem(s) in ${fixed.texts.size} file(s):\n${fixed.lines.map((l) => `  ${l}`).join('\n')}`);
}

const changed: string[] = [];
const failed: string[] = [];
const files = jsonFilesUnder(dataDir);
for (const file of files) {
  const full = path.join(dataDir, file);
  const text = readFileSync(full, 'utf8');
  let canonical: string;
  try {
    canonical = canonicalDataText(file, fixed.texts.get(file) ?? text);
  } catch (error) {
    if (!(error instanceof DataFormatError)) throw error;
    failed.push(error.message);
    continue;
  }
  if (canonical === text) continue;
  changed.push(file);
  if (!values.check) writeFileSync(full, canonical);
}

const where = path.relative(process.cwd(), dataDir) || '.';
if (values.check) {
  if (changed.length) console.error(`fix-data: ${changed.length} of ${files.length} file(s) under ${where} are not canonical (run npm run fix:data):\n${changed.map((f) => `  ${f}`).join('\n')}`);
  else console.log(`fix-data: all ${files.length} file(s) under ${where} are canonical`);
} else {
  console.log(changed.length
    ? `fix-data: rewrote ${changed.length} of ${files.length} file(s) under ${where}:\n${changed.map((f) => `  ${f}`).join('\n')}`
    : `fix-data: all ${files.length} file(s) under ${where} were already canonical`);
}
for (const message of failed) console.error(`fix-data: ${message} (left as it is)`);
if (failed.length || (values.check && (changed.length || fixed.lines.length))) process.exitCode = 1;
