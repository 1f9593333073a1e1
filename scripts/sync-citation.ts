// Carries package.json's version into CITATION.cff (run after `changeset version`).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const file = path.join(root, 'CITATION.cff');
const text = readFileSync(file, 'utf8');
if (!/^version: ".*"$/m.test(text)) {
  console.error('sync-citation: CITATION.cff has no `version: "…"` line');
  process.exit(1);
}
writeFileSync(file, text.replace(/^version: ".*"$/m, `version: "${version}"`));
console.log(`sync-citation: CITATION.cff version ${version}`);
