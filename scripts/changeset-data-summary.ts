// Summarizes what changed in the data since the last release, as markdown to
// paste into a changeset, so that the CHANGELOG says what was added, removed
// and corrected, by collection, with counts and ids.
//
// Usage: tsx scripts/changeset-data-summary.ts <old> [new] [--max-ids n] [--write] [--bump major|minor|patch]
//   <old>  the last released dataset: a dataset.json file, a tarball from
//          `npm pack diplomatic-visits@latest`, an unpacked package folder
//          (node_modules/diplomatic-visits), or npm:<spec> to pack it now
//   [new]  default dist/dataset.json (run npm run build:data first)
//   --write  also write .changeset/data-<sha>.md with the bump the data semver
//            policy suggests (removed ids: major; added: minor; corrected: patch), or --bump
// Exit codes: 0 written or printed, 1 a dataset is invalid or unreadable, 2 bad usage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataReleaseType, diffDatasets, diffToMarkdown } from '../src/diff/index.js';
import { datasetFromNpm } from '../src/cli/npm-pack.js';
import { loadDataset } from '../src/dataset/load-dataset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: tsx scripts/changeset-data-summary.ts <old dataset.json | package.tgz | package folder | npm:spec> [new dataset.json] [--max-ids n] [--write] [--bump major|minor|patch]';

class UsageError extends Error {}

/** The text of dataset.json from a file, a packed tarball, a package folder, or `npm:<spec>`. */
export function readDatasetText(source: string): string {
  // The same reader as `diplomatic-visits diff npm:<spec>`.
  if (source.startsWith('npm:')) return Buffer.from(datasetFromNpm(source.slice(4), 1 << 30)).toString('utf8');
  if (!existsSync(source)) throw new Error(`${source}: no such file or folder`);
  if (statSync(source).isDirectory()) {
    for (const candidate of ['dist/dataset.json', 'dataset.json']) {
      if (existsSync(path.join(source, candidate))) return readFileSync(path.join(source, candidate), 'utf8');
    }
    throw new Error(`${source}: a folder without dist/dataset.json or dataset.json`);
  }
  if (/\.(tgz|tar\.gz)$/.test(source)) {
    return execFileSync('tar', ['-xzOf', source, 'package/dist/dataset.json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  }
  return readFileSync(source, 'utf8');
}

function load(source: string, label: string) {
  try {
    return loadDataset(readDatasetText(source));
  } catch (error) {
    throw new Error(`${label} dataset (${source}): ${(error as Error).message}`);
  }
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'max-ids': { type: 'string' },
        write: { type: 'boolean' },
        bump: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (parsed.values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (parsed.positionals.length < 1 || parsed.positionals.length > 2) throw new UsageError('expected the old dataset, and optionally the new one');
    const max = parsed.values['max-ids'];
    if (max !== undefined && !/^\d+$/.test(max)) throw new UsageError(`--max-ids ${max}: expected a whole number`);
    const bump = parsed.values.bump;
    if (bump !== undefined && !['major', 'minor', 'patch'].includes(bump)) throw new UsageError(`--bump ${bump}: expected major, minor or patch`);
  } catch (error) {
    process.stderr.write(`changeset-data-summary: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [oldSource, newSource = path.join(root, 'dist', 'dataset.json')] = positionals as [string, string?];

  let markdown: string;
  let suggested: ReturnType<typeof dataReleaseType>;
  let sha: string;
  try {
    const diff = diffDatasets(load(oldSource, 'old'), load(newSource, 'new'));
    markdown = diffToMarkdown(diff, { maxIds: values['max-ids'] === undefined ? 25 : Number(values['max-ids']) });
    suggested = dataReleaseType(diff);
    sha = diff.to.sha256.slice(0, 12);
  } catch (error) {
    process.stderr.write(`changeset-data-summary: ${(error as Error).message}\n`);
    return 1;
  }

  process.stdout.write(markdown);
  const bump = (values.bump as 'major' | 'minor' | 'patch' | undefined) ?? suggested;
  const why = { major: 'ids were removed', minor: 'records were added', patch: 'records were corrected only' } as const;
  process.stderr.write(
    suggested
      ? `\nSuggested bump under the data semver policy: ${suggested} (${why[suggested]}).\n`
      : '\nNo record changed: no data changeset needed.\n',
  );
  if (values.write) {
    if (!bump) {
      process.stderr.write('Nothing written.\n');
      return 0;
    }
    const { name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string };
    const file = path.join(process.cwd(), '.changeset', `data-${sha}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\n${JSON.stringify(name)}: ${bump}\n---\n\n${markdown}`);
    process.stderr.write(`Wrote ${path.relative(process.cwd(), file)} (${bump}).\n`);
  }
  return 0;
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main(process.argv.slice(2));
