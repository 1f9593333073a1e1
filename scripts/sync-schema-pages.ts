// Regenerates the field tables of src/schemas/*-schema.md from the zod schemas
// (scripts/build/schema-pages.ts). `--check`: exit 1 if a page is not current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaPageText } from './build/schema-pages.js';

const dir = path.resolve(import.meta.dirname, '..', 'src', 'schemas');
const check = process.argv.includes('--check');
let stale = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('-schema.md')).sort()) {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const next = schemaPageText(text);
  if (next === text) continue;
  stale++;
  if (check) console.error(`src/schemas/${file}: field tables differ from the schemas (run npm run fix:docs)`);
  else writeFileSync(full, next), console.log(`src/schemas/${file}: field tables regenerated`);
}
if (check && stale) process.exit(1);
