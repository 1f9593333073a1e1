// The release flow: scripts/check-changeset.ts on throw-away git repositories,
// and scripts/changeset-data-summary.ts on fixture datasets.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { checkChangeset, isReleaseFile, report } from '../scripts/check-changeset.js';
import { writeDataDir } from './fixtures/data-dir.js';
import { validContent } from './fixtures/lint-base.js';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const script = path.join(root, 'scripts', 'check-changeset.ts');

const PKG = { name: 'demo', version: '1.0.0', exports: { '.': './dist/index.js' }, scripts: { test: 'vitest' } };

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function write(repo: string, file: string, content: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
}

/** A repository on `main` with one commit; optionally a feature branch checked out. */
function repo(options: { branch?: string } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dv-changeset-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, 'package.json', `${JSON.stringify(PKG, null, 2)}\n`);
  write(dir, 'data/curated/visits.json', '[]\n');
  write(dir, 'src/index.ts', 'export const a = 1;\n');
  write(dir, 'README.md', '# demo\n');
  write(dir, '.changeset/README.md', 'changesets\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  if (options.branch) git(dir, 'checkout', '-q', '-b', options.branch);
  return dir;
}

const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [tsx, script, ...args], { cwd, encoding: 'utf8' });

describe('check-changeset', () => {
  it('passes when nothing users see changed', () => {
    const dir = repo({ branch: 'docs' });
    write(dir, 'README.md', '# demo, documented\n');
    write(dir, 'src/query/visits/test.ts', 'test\n');
    write(dir, 'src/lint/rules/dates.test.ts', 'test\n');
    const pkg = { ...PKG, scripts: { test: 'vitest run' } };
    write(dir, 'package.json', `${JSON.stringify(pkg, null, 2)}\n`);
    git(dir, 'commit', '-qam', 'docs');
    const result = checkChangeset({ cwd: dir });
    expect(result).toMatchObject({ base: 'main', releaseFiles: [], exportsChanged: false, ok: true });
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no changeset needed/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails with a clear message when data changed without a changeset, committed or not', () => {
    const dir = repo({ branch: 'data' });
    write(dir, 'data/curated/visits.json', '[{"id":"x"}]\n');
    git(dir, 'commit', '-qam', 'data');
    write(dir, 'src/query/new/index.ts', 'export {};\n'); // untracked
    const result = checkChangeset({ cwd: dir });
    expect(result.ok).toBe(false);
    expect(result.releaseFiles).toEqual(['data/curated/visits.json', 'src/query/new/index.ts']);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('check-changeset: a changeset is missing.');
    expect(r.stderr).toContain('  data/curated/visits.json');
    expect(r.stderr).toContain('npx changeset');
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes once a new .changeset/*.md is added (staged, untracked or committed)', () => {
    const dir = repo({ branch: 'data' });
    write(dir, 'data/curated/visits.json', '[{"id":"x"}]\n');
    write(dir, '.changeset/brave-owls-sing.md', '---\n"demo": minor\n---\n\nData: visits 1 added.\n');
    expect(checkChangeset({ cwd: dir })).toMatchObject({ ok: true, changesets: ['.changeset/brave-owls-sing.md'] });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'data with changeset');
    expect(checkChangeset({ cwd: dir }).ok).toBe(true);
    expect(run(dir).status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not count an edited .changeset/README.md or config as a changeset', () => {
    const dir = repo({ branch: 'src' });
    write(dir, 'src/index.ts', 'export const a = 2;\n');
    write(dir, '.changeset/README.md', 'edited\n');
    write(dir, '.changeset/config.json', '{}\n');
    expect(checkChangeset({ cwd: dir })).toMatchObject({ ok: false, changesets: [], releaseFiles: ['src/index.ts'] });
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails when package.json "exports" changed', () => {
    const dir = repo({ branch: 'exports' });
    write(dir, 'package.json', `${JSON.stringify({ ...PKG, exports: { ...PKG.exports, './csv/*': './dist/csv/*' } }, null, 2)}\n`);
    const result = checkChangeset({ cwd: dir });
    expect(result).toMatchObject({ ok: false, exportsChanged: true, releaseFiles: [] });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('package.json: "exports" changed');
    rmSync(dir, { recursive: true, force: true });
  });

  it('measures from the merge-base, so changes made on main since do not count', () => {
    const dir = repo({ branch: 'feature' });
    write(dir, 'README.md', '# feature\n');
    git(dir, 'commit', '-qam', 'feature docs');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'data/curated/visits.json', '[{"id":"on-main"}]\n');
    git(dir, 'commit', '-qam', 'main moves on');
    git(dir, 'checkout', '-q', 'feature');
    expect(checkChangeset({ cwd: dir })).toMatchObject({ ok: true, releaseFiles: [] });
    rmSync(dir, { recursive: true, force: true });
  });

  it('prefers origin/main, falls back to HEAD~1, and takes --base', () => {
    const dir = repo();
    git(dir, 'branch', '-m', 'main', 'trunk');
    write(dir, 'src/index.ts', 'export const a = 3;\n');
    git(dir, 'commit', '-qam', 'second');
    // no main, no origin/main: HEAD~1, so the last commit is checked
    expect(checkChangeset({ cwd: dir })).toMatchObject({ base: 'HEAD~1', ok: false, releaseFiles: ['src/index.ts'] });
    // origin/main at HEAD, on a branch: its merge-base, HEAD, so nothing committed since
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(checkChangeset({ cwd: dir })).toMatchObject({ base: 'origin/main', ok: true });
    // detached at origin/main, as CI checks main out: the base is the last release, tag v1.0.0, not HEAD itself
    git(dir, 'checkout', '-q', '--detach');
    expect(() => checkChangeset({ cwd: dir })).toThrow(/cannot decide what to compare with: HEAD is origin\/main, and the last release \(1\.0\.0 in package\.json\) has no tag v1\.0\.0 here; tag the release, or pass --base <ref>/);
    git(dir, 'tag', 'v1.0.0', 'HEAD~1');
    expect(checkChangeset({ cwd: dir })).toMatchObject({ base: 'v1.0.0', ok: false, releaseFiles: ['src/index.ts'] });
    const r = run(dir, '--base', 'HEAD~1');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('since HEAD~1');
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a fresh clone of main: the unreleased changes (since the release tag, or all of them before the first release)', () => {
    const origin = repo();
    const pkg0 = { ...PKG, version: '0.0.0' };
    write(origin, 'package.json', `${JSON.stringify(pkg0, null, 2)}\n`);
    write(origin, 'data/curated/visits.json', '[1]\n');
    git(origin, 'commit', '-qam', 'data, no changeset');
    const clone = mkdtempSync(path.join(tmpdir(), 'dv-changeset-clone-'));
    git(clone, 'clone', '-q', origin, '.');
    // 0.0.0, never released: every file is unreleased, and no changeset covers them
    const never = checkChangeset({ cwd: clone });
    expect(never).toMatchObject({ base: 'the empty tree', ok: false, changesets: [] });
    expect(never.releaseFiles).toEqual(['data/curated/visits.json', 'src/index.ts']);
    expect(report(never)).toContain('since the empty tree (4b825dc642: HEAD is origin/main, and package.json is at 0.0.0, never released');
    write(origin, '.changeset/first.md', '---\n"demo": minor\n---\n\nFirst release.\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'changeset');
    git(clone, 'pull', '-q');
    expect(checkChangeset({ cwd: clone })).toMatchObject({ base: 'the empty tree', ok: true, changesets: ['.changeset/first.md'] });
    // released as 1.0.0 and tagged: only what came after the tag counts
    write(origin, 'package.json', `${JSON.stringify(PKG, null, 2)}\n`);
    rmSync(path.join(origin, '.changeset/first.md'));
    git(origin, 'commit', '-qam', 'Release 1.0.0');
    git(origin, 'tag', 'v1.0.0');
    write(origin, 'src/index.ts', 'export const a = 4;\n');
    git(origin, 'commit', '-qam', 'code, no changeset');
    git(clone, 'pull', '-q', '--tags');
    const released = run(clone);
    expect(released.status).toBe(1);
    expect(released.stderr).toMatch(/since v1\.0\.0 \([0-9a-f]{10}: HEAD is origin\/main: the changes since the last release, v1\.0\.0\)/);
    expect(released.stderr).toContain('  src/index.ts');
    rmSync(origin, { recursive: true, force: true });
    rmSync(clone, { recursive: true, force: true });
  });

  it('on a shallow clone: decides where the history allows, and says so (exit 2) where it does not', () => {
    const origin = repo();
    for (const n of [2, 3]) {
      write(origin, 'README.md', `# demo ${n}\n`);
      git(origin, 'commit', '-qam', `docs ${n}`);
    }
    git(origin, 'checkout', '-q', '-b', 'feature', 'HEAD~2');
    write(origin, 'src/index.ts', 'export const a = 2;\n');
    git(origin, 'commit', '-qam', 'feature');
    const url = `file://${origin}`;
    // a branch made in a depth-1 clone of main: its merge-base, the tip of main, is there
    const one = mkdtempSync(path.join(tmpdir(), 'dv-changeset-shallow-'));
    git(one, 'clone', '-q', '--depth', '1', '--branch', 'main', url, '.');
    expect(git(one, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    git(one, 'checkout', '-q', '-b', 'fix');
    write(one, 'src/index.ts', 'export const a = 5;\n');
    expect(checkChangeset({ cwd: one })).toMatchObject({ base: 'origin/main', ok: false, releaseFiles: ['src/index.ts'] });
    // main itself, depth 1, released (1.0.0) but no tag here: cannot tell what is unreleased
    git(one, 'checkout', '-q', '--', '.');
    git(one, 'checkout', '-q', 'main');
    const main = run(one);
    expect(main.status).toBe(2);
    expect(main.stderr).toContain('has no tag v1.0.0 here (a shallow clone may lack tags: git fetch --tags --unshallow)');
    // the feature branch at depth 1: its merge-base with main is cut off
    const feature = mkdtempSync(path.join(tmpdir(), 'dv-changeset-shallow-'));
    git(feature, 'clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', url, '.');
    const r = run(feature);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot decide what to compare with: the merge-base of origin/main and HEAD is not here; this is a shallow clone without the history needed: fetch it (git fetch --unshallow; in CI, fetch-depth: 0) or pass --base <ref>');
    // fetching the history makes it decidable
    git(feature, 'fetch', '-q', '--unshallow');
    expect(checkChangeset({ cwd: feature })).toMatchObject({ base: 'origin/main', ok: false, releaseFiles: ['src/index.ts'] });
    for (const d of [origin, one, feature]) rmSync(d, { recursive: true, force: true });
  });

  it('exits 2 on bad usage', () => {
    const dir = repo();
    expect(run(dir, '--bogus').status).toBe(2);
    const r = run(dir, '--base', 'no-such-ref');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--base no-such-ref: not a commit in this repository');
    rmSync(dir, { recursive: true, force: true });
  });

  it('treats tests under src/ as not released', () => {
    expect(isReleaseFile('src/diff/test.ts')).toBe(false);
    expect(isReleaseFile('src/lint/rules/references.test.ts')).toBe(false);
    expect(isReleaseFile('src/diff/index.ts')).toBe(true);
    expect(isReleaseFile('data/reference/countries.json')).toBe(true);
    expect(isReleaseFile('tests/csv.test.ts')).toBe(false);
    expect(isReleaseFile('scripts/build-exports.ts')).toBe(false);
  });
});

describe('changeset-data-summary', () => {
  const summary = path.join(root, 'scripts', 'changeset-data-summary.ts');
  const sumRun = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [tsx, summary, ...args], { cwd, encoding: 'utf8' });

  it('prints markdown of the data changes since a released dataset, from a file or a packed tarball, and writes a changeset', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dv-summary-'));
    const old = buildDataset(writeDataDir(), '1.0.0').dataset!;
    const content = validContent();
    content.visits[2]!.locality = 'Yokosuka';
    content.issues.push({ id: 'taiwan', label: 'Taiwan', description: 'Cross-strait relations.', aliases: [], reserved: true });
    const next = buildDataset(writeDataDir(content), '1.0.0').dataset!;
    write(dir, 'released/package/dist/dataset.json', JSON.stringify(old));
    write(dir, 'new.json', JSON.stringify(next));
    execFileSync('tar', ['-czf', path.join(dir, 'released.tgz'), '-C', path.join(dir, 'released'), 'package']);

    for (const source of [path.join(dir, 'released.tgz'), path.join(dir, 'released', 'package'), path.join(dir, 'released/package/dist/dataset.json')]) {
      const r = sumRun(dir, source, path.join(dir, 'new.json'));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/^Data: visits 1 corrected; issues 1 added \(compared with dataset 1\.0\.0, sha256 `[0-9a-f]{12}` → `[0-9a-f]{12}`\)\.$/);
      expect(r.stdout).toContain('  - added (1): `taiwan`');
      expect(r.stdout).toContain('  - corrected (1): `austin-2021-03-15-jp` (locality)');
      expect(r.stderr).toContain('Suggested bump under the data semver policy: minor (records were added).');
    }

    const w = sumRun(dir, path.join(dir, 'released.tgz'), path.join(dir, 'new.json'), '--write');
    expect(w.status, w.stderr).toBe(0);
    const file = path.join(dir, '.changeset', `data-${next.meta.sha256.slice(0, 12)}.md`);
    expect(readFileSync(file, 'utf8')).toBe(`---\n"diplomatic-visits": minor\n---\n\n${w.stdout}`);

    const bad = structuredClone(next);
    bad.visits[0]!.locality = 'tampered';
    write(dir, 'bad.json', JSON.stringify(bad));
    const b = sumRun(dir, path.join(dir, 'new.json'), path.join(dir, 'bad.json'));
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/new dataset \(.*bad\.json\): dataset checksum mismatch/);
    expect(sumRun(dir).status).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  });
});
