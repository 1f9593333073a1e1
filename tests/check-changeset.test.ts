// The release flow: scripts/check-changeset.ts on throw-away git repositories,
// and scripts/changeset-data-summary.ts on fixture datasets.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { checkChangeset, isReleaseFile } from '../scripts/check-changeset.js';
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
    // origin/main at HEAD: nothing since
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(checkChangeset({ cwd: dir })).toMatchObject({ base: 'origin/main', ok: true });
    const r = run(dir, '--base', 'HEAD~1');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('since HEAD~1');
    rmSync(dir, { recursive: true, force: true });
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
