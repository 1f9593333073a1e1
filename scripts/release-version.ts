// npm run release:version: turns the pending changesets into a release whose
// CHANGELOG entry says what changed in the data, by collection and id.
//
// Usage: tsx scripts/release-version.ts [--old <dataset>]
//   --old  the last released dataset (a dataset.json, a tarball, a package
//          folder or npm:<spec>); default npm:<name>@<version in package.json>,
//          fetched with `npm pack` from the registry npm is configured for.
//          A package at 0.0.0 has never been released: its first release
//          lists the data it starts with instead.
//
// 1. The version: the highest bump among the pending .changeset/*.md.
// 2. The new dataset is built with that version in meta.version (to a temporary
//    file) and compared with the last released one (diffDatasets).
// 3. If the data calls for a bigger bump than the changesets ask for (removed
//    ids: major; added records: minor), it stops here, changing nothing.
// 4. `changeset version` (package.json, CHANGELOG.md, the changesets deleted);
//    then the data summary goes into the new CHANGELOG entry under "### Data",
//    and the version into CITATION.cff and package-lock.json.
// Then `npm run build` writes dist/ with the new meta.version (docs/releasing.md).
// Exit codes: 0 versioned, 1 refused or failed, 2 bad usage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataReleaseType, diffDatasets, diffToMarkdown } from '../src/diff/index.js';
import { COLLECTIONS } from '../src/schemas/collections.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { readDatasetText } from './changeset-data-summary.js';

type Bump = 'major' | 'minor' | 'patch';
const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

export class ReleaseError extends Error {}

/** The bump each pending changeset asks for this package (empty changesets ask for none). */
export function pendingBumps(dir: string, name: string): { file: string; bump: Bump }[] {
  const folder = path.join(dir, '.changeset');
  if (!existsSync(folder)) return [];
  const out: { file: string; bump: Bump }[] = [];
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.md') || /^readme\.md$/i.test(file)) continue;
    const text = readFileSync(path.join(folder, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
    if (!front) throw new ReleaseError(`.changeset/${file}: no frontmatter (---\\n"${name}": patch|minor|major\\n---)`);
    for (const line of front[1]!.split(/\r?\n/)) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(\S+)\s*$/.exec(line);
      if (!m || m[1] !== name) continue;
      if (!(m[2]! in RANK)) throw new ReleaseError(`.changeset/${file}: "${m[2]}" is not patch, minor or major`);
      out.push({ file, bump: m[2] as Bump });
    }
  }
  return out;
}

/** `version` bumped by `bump` (no prerelease versions: this package has none). */
export function bumpVersion(version: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new ReleaseError(`package.json version ${version}: expected x.y.z`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Puts `section` right under the `## <version>` heading of the CHANGELOG. */
export function insertIntoChangelog(changelog: string, version: string, section: string): string {
  const heading = `## ${version}\n`;
  const at = changelog.indexOf(heading);
  if (at === -1) throw new ReleaseError(`CHANGELOG.md has no "## ${version}" entry after changeset version`);
  const start = at + heading.length;
  return `${changelog.slice(0, start)}\n${section.trimEnd()}\n${changelog.slice(start)}`;
}

function firstReleaseSummary(ds: ReturnType<typeof loadDataset>): string {
  const counts = COLLECTIONS.map((name) => `${name} ${ds[name].length}`).join(', ');
  return `Data: first release, dataset ${ds.meta.version} (schemaVersion ${ds.meta.schemaVersion}, sha256 \`${ds.meta.sha256.slice(0, 12)}\`): ${counts}.\n`;
}

export function releaseVersion(root: string, options: { old?: string; log?: (line: string) => void } = {}): { from: string; to: string; bump: Bump; dataBump: Bump | null } {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const pkgFile = path.join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name: string; version: string };
  const bumps = pendingBumps(root, pkg.name);
  if (!bumps.length) throw new ReleaseError(`no pending changeset releases ${pkg.name}: nothing to version`);
  const bump = bumps.reduce<Bump>((a, b) => (RANK[b.bump] > RANK[a] ? b.bump : a), 'patch');
  const next = bumpVersion(pkg.version, bump);
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cli');
  const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

  // The data of the release about to be made, and the data of the last one.
  const tmp = mkdtempSync(path.join(tmpdir(), 'dv-release-'));
  let section: string;
  let dataBump: Bump | null = null;
  let firstRelease = false;
  try {
    const file = path.join(tmp, 'dataset.json');
    node([tsx, path.join(root, 'scripts', 'build-dataset.ts'), path.join(root, 'data'), '--out', file, '--version', next]);
    const current = loadDataset(readFileSync(file, 'utf8'));
    const oldSource = options.old ?? (pkg.version === '0.0.0' ? undefined : `npm:${pkg.name}@${pkg.version}`);
    if (!oldSource) {
      firstRelease = true;
      log(`release-version: ${pkg.name} is at 0.0.0, never released: the first release lists the data it starts with`);
      section = `### Data\n\n${firstReleaseSummary(current)}`;
    } else {
      log(`release-version: comparing the data with ${oldSource}`);
      let old;
      try {
        old = loadDataset(readDatasetText(oldSource));
      } catch (error) {
        throw new ReleaseError(`the last released dataset (${oldSource}): ${(error as Error).message}; pass --old <dataset.json | tarball | folder | npm:spec>`);
      }
      const diff = diffDatasets(old, current);
      dataBump = dataReleaseType(diff);
      section = `### Data\n\n${diffToMarkdown(diff)}`;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (dataBump && RANK[dataBump] > RANK[bump]) {
    const why = { major: 'ids were removed', minor: 'records were added', patch: 'records were corrected' }[dataBump];
    throw new ReleaseError(
      `the data calls for a ${dataBump} release (${why}), but the changesets ask only for ${bump} (${bumps.map((b) => `${b.file}: ${b.bump}`).join(', ')}). Nothing was changed: fix the bump of a changeset (docs/releasing.md, data semver).`,
    );
  }

  node([require.resolve('@changesets/cli/bin.js'), 'version']);
  const written = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  if (written !== next) throw new ReleaseError(`changeset version wrote ${written}, expected ${next}`);

  const changelogFile = path.join(root, 'CHANGELOG.md');
  writeFileSync(changelogFile, insertIntoChangelog(readFileSync(changelogFile, 'utf8'), next, section));
  node([tsx, path.join(root, 'scripts', 'sync-citation.ts')]);
  // package-lock.json carries the root version twice; set both here rather than
  // with `npm install --package-lock-only`, which may reach the registry.
  const lockFile = path.join(root, 'package-lock.json');
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
    lock.version = next;
    if (lock.packages?.['']) lock.packages[''].version = next;
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
  const asks = firstRelease ? 'a first release' : (dataBump ?? 'no bump: no record changed');
  log(`release-version: ${pkg.version} → ${next} (${bump}; the data asks for ${asks}). Next: npm run build, npm test, commit "Release ${next}", tag v${next}, npm publish.`);
  return { from: pkg.version, to: next, bump, dataBump };
}

function main(argv: string[]): number {
  let old: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { old: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write('usage: tsx scripts/release-version.ts [--old <dataset.json | tarball | folder | npm:spec>]\n');
      return 0;
    }
    old = values.old;
  } catch (error) {
    process.stderr.write(`release-version: ${(error as Error).message}\n`);
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    releaseVersion(root, { old });
    return 0;
  } catch (error) {
    process.stderr.write(`release-version: ${(error as Error).message}\n`);
    return 1;
  }
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main(process.argv.slice(2));
