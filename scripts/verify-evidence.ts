// Checks every evidence quote against the source texts in a directory.
// Usage: tsx scripts/verify-evidence.ts <dir-with-source-texts> [dataDir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFiles, mergeLayers } from './build/assemble.js';
import { verifyEvidence } from './build/verify-evidence.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [textsDir, dataArg] = process.argv.slice(2);
if (!textsDir) {
  console.error('usage: npm run verify:evidence -- <directory of source texts> [data directory]');
  process.exit(2);
}
const { files, problems: readProblems } = readDataFiles(dataArg ? path.resolve(dataArg) : path.join(root, 'data'));
if (readProblems.length) {
  console.error(`verify-evidence: the data files do not validate (run npm run build:data for details):\n  ${readProblems.join('\n  ')}`);
  process.exit(1);
}
const { content } = mergeLayers(files);
const result = verifyEvidence(content, path.resolve(textsDir));
for (const line of result.problems) console.error(`  ${line}`);
console.log(`verify-evidence: ${result.quotesChecked} quotes from ${result.sourcesMatched} source texts checked, ${result.remarkQuotesChecked} quotes from official records checked against their remarks; ${result.problems.length} problem(s)`);
process.exit(result.problems.length ? 1 : 0);
