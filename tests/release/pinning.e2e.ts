// The release path end to end, against a real npm registry on 127.0.0.1
// (verdaccio, tests/release/registry.ts): a copy of this repository makes its
// first release with `npm run release:version` and publishes it; a consumer
// pins it exactly; a second release carries a data correction (patch) and an
// addition (minor) with changesets, whose CHANGELOG entry lists them by id; the
// consumer upgrades, diffs the two versions (installed and `npm:<spec>`), keeps
// both side by side through an npm alias, and the README's pinning commands run.
//
// Run by `npm run test:release` (in .ci/run, after npm test has built dist/).
// The copy reuses dist/'s bundles only when its src/ (after the data build) and
// tsup.config.ts are byte for byte those dist/ was built from; the data files
// (dataset.json, curated.json, JSON Schema, CSV) are always built in the copy.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installVerdaccio, startRegistry, type Registry } from './registry.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const NAME = 'diplomatic-visits';
const EVENT = 'apec-leaders-summit-san-francisco-2023-11';
const LINK = 'zhao-briefing-2021-03-china-containment';

let tmp: string;
let registry: Registry | undefined;
let repo: string;
let v1: string;
let v2: string;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = registry!.env): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
}
function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
/** Every npm command names the test registry, besides the npmrc and environment that do. */
const npm = (cwd: string, ...args: string[]) => ok(run('npm', [...args, '--registry', registry!.url], cwd), `npm ${args.join(' ')}`);
const node = (cwd: string, ...args: string[]) => ok(run(process.execPath, args, cwd), `node ${args.join(' ')}`);
const git = (cwd: string, ...args: string[]) =>
  ok(run('git', ['-c', 'user.name=Release Test', '-c', 'user.email=release@example.org', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], cwd), `git ${args.join(' ')}`);
const json = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** sha256 over the relative paths and bytes of every file under the given paths. */
function treeHash(base: string, rels: string[]): string {
  const h = createHash('sha256');
  const walk = (rel: string) => {
    const abs = path.join(base, rel);
    if (statSync(abs).isDirectory()) for (const e of readdirSync(abs).sort()) walk(path.join(rel, e));
    else h.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
  };
  for (const rel of rels) walk(rel);
  return h.digest('hex');
}
const newestMtime = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newestMtime(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs), 0);

// The data files are built in the copy; everything else in dist/ is tsup's.
const DATA_OUTPUTS = new Set(['dataset.json', 'curated.json', 'dataset.layout.json', 'curated.layout.json', 'dataset.records.json', 'curated.records.json', 'dataset.browser.js', 'curated.browser.js', 'dataset.schema.json', 'csv']);
const bundlesFresh = () => existsSync(path.join(root, 'dist', 'index.js')) && statSync(path.join(root, 'dist', 'index.js')).mtimeMs >= Math.max(newestMtime(path.join(root, 'src')), statSync(path.join(root, 'tsup.config.ts')).mtimeMs);
const mainSources = () => treeHash(root, ['src', 'tsup.config.ts']);
let reusedBundles = 0;

/** `npm run build` in the copy: the data steps always; the bundles copied from dist/ when their sources are the same. */
function buildCopy() {
  rmSync(path.join(repo, 'dist'), { recursive: true, force: true });
  node(repo, tsx, 'scripts/build-dataset.ts');
  node(repo, tsx, 'scripts/build-exports.ts');
  if (bundlesFresh() && treeHash(repo, ['src', 'tsup.config.ts']) === mainSources()) {
    for (const entry of readdirSync(path.join(root, 'dist'))) {
      if (!DATA_OUTPUTS.has(entry)) cpSync(path.join(root, 'dist', entry), path.join(repo, 'dist', entry), { recursive: true });
    }
    reusedBundles++;
  } else {
    node(repo, require.resolve('tsup/dist/cli-default.js'), '--silent');
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run npm run build first');
  tmp = mkdtempSync(path.join(tmpdir(), 'dv-release-e2e-'));
  const bin = installVerdaccio(tmp);
  registry = await startRegistry(bin, path.join(tmp, 'registry'));

  // The repository's files as they are (tracked and new, not ignored), in a git repository of its own.
  repo = path.join(tmp, 'repo');
  const files = ok(run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root, process.env), 'git ls-files').split('\0').filter(Boolean);
  for (const f of files) if (existsSync(path.join(root, f))) cpSync(path.join(root, f), path.join(repo, f));
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'the repository');
}, 300_000);

afterAll(async () => {
  await registry?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('release path against a local registry', () => {
  const original = { events: '', links: '' };

  it('makes and publishes the first release: version from the changesets, CHANGELOG, meta.version and CITATION.cff follow', () => {
    // The state of the first release: a misspelt locality, and one issue link not yet curated.
    const eventsFile = path.join(repo, 'data/curated/events.json');
    const linksFile = path.join(repo, 'data/curated/issue-links.json');
    original.events = readFileSync(eventsFile, 'utf8');
    original.links = readFileSync(linksFile, 'utf8');
    const events = JSON.parse(original.events) as { id: string; locality?: string }[];
    const links = JSON.parse(original.links) as { id: string }[];
    expect(events.find((e) => e.id === EVENT)?.locality).toBe('San Francisco');
    expect(links.some((l) => l.id === LINK)).toBe(true);
    events.find((e) => e.id === EVENT)!.locality = 'San Fransisco';
    writeFileSync(eventsFile, `${JSON.stringify(events, null, 2)}\n`);
    writeFileSync(linksFile, `${JSON.stringify(links.filter((l) => l.id !== LINK), null, 2)}\n`);
    git(repo, 'commit', '-qam', 'data as of the first release');

    const before = json<{ version: string }>(path.join(repo, 'package.json')).version;
    const pending = readdirSync(path.join(repo, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pending.length).toBeGreaterThan(0);
    const r = run('npm', ['run', '-s', 'release:version'], repo);
    expect(r.status, r.stderr).toBe(0);
    v1 = json<{ version: string }>(path.join(repo, 'package.json')).version;
    expect(v1).not.toBe(before);
    expect(readdirSync(path.join(repo, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md')).toEqual([]);
    const changelog = readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${v1}\n\n### Data\n\nData: first release, dataset ${v1} (schemaVersion 1, sha256 \``);
    expect(readFileSync(path.join(repo, 'CITATION.cff'), 'utf8')).toMatch(new RegExp(`^version: "${v1.replaceAll('.', '\\.')}"$`, 'm'));
    expect(json<{ version: string }>(path.join(repo, 'package-lock.json')).version).toBe(v1);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', `Release ${v1}`);

    buildCopy();
    expect(json<{ meta: { version: string } }>(path.join(repo, 'dist/dataset.json')).meta.version).toBe(v1);
    // zod, the peer dependency, from this project's node_modules: the registry has no uplink.
    const zodTgz = npm(tmp, 'pack', path.join(root, 'node_modules', 'zod'), '--ignore-scripts', '--silent', '--pack-destination', tmp).trim().split('\n').at(-1)!;
    npm(tmp, 'publish', path.join(tmp, zodTgz), '--ignore-scripts');
    npm(repo, 'publish');
    expect(JSON.parse(npm(tmp, 'view', `${NAME}@${v1}`, 'version', '--json'))).toBe(v1);
  });

  let consumer: string;
  let sha1: string;
  it('a consumer pins that exact version; two installs hold the same bytes as the registry says', () => {
    const integrity = JSON.parse(npm(tmp, 'view', `${NAME}@${v1}`, 'dist.integrity', '--json')) as string;
    const installs = ['consumer', 'consumer-2'].map((name) => {
      const dir = path.join(tmp, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
      npm(dir, 'install', '--save-exact', `${NAME}@${v1}`);
      expect(json<{ dependencies: Record<string, string> }>(path.join(dir, 'package.json')).dependencies[NAME]).toBe(v1);
      const locked = json<{ packages: Record<string, { version: string; integrity: string }> }>(path.join(dir, 'package-lock.json')).packages[`node_modules/${NAME}`]!;
      const text = readFileSync(path.join(dir, 'node_modules', NAME, 'dist', 'dataset.json'));
      const stats = JSON.parse(ok(run('npx', ['diplomatic-visits', 'stats', '--format', 'json'], dir), 'npx diplomatic-visits stats')) as { version: string; sha256: string };
      return { dir, locked, bytes: sha256(text), meta: json<{ meta: { version: string; sha256: string } }>(path.join(dir, 'node_modules', NAME, 'dist', 'dataset.json')).meta, stats };
    });
    for (const i of installs) {
      expect(i.locked).toMatchObject({ version: v1, integrity });
      expect(i.meta.version).toBe(v1);
      expect(i.stats).toMatchObject({ version: v1, sha256: i.meta.sha256 });
    }
    expect(installs[1]!.meta.sha256).toBe(installs[0]!.meta.sha256);
    expect(installs[1]!.bytes).toBe(installs[0]!.bytes);
    // and the bytes are the ones built for the release
    expect(installs[0]!.bytes).toBe(sha256(readFileSync(path.join(repo, 'dist/dataset.json'))));
    consumer = installs[0]!.dir;
    sha1 = installs[0]!.meta.sha256;
  });

  it('the second release: a correction (patch) and an addition (minor); the CHANGELOG names their ids', () => {
    writeFileSync(path.join(repo, 'data/curated/events.json'), original.events);
    writeFileSync(path.join(repo, 'data/curated/issue-links.json'), original.links);
    writeFileSync(path.join(repo, '.changeset/apec-locality.md'), `---\n"${NAME}": patch\n---\n\nThe APEC summit of 2023 is in San Francisco (the locality was misspelt).\n`);
    // check:changeset sees the data change, and the changeset
    const since = git(repo, 'rev-parse', 'HEAD').trim();
    const check = run(process.execPath, [tsx, 'scripts/check-changeset.ts', '--base', since], repo);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('.changeset/apec-locality.md');

    // With a patch changeset only, the addition is refused: nothing is changed.
    const refused = run('npm', ['run', '-s', 'release:version'], repo);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the data calls for a minor release (records were added), but the changesets ask only for patch');
    expect(json<{ version: string }>(path.join(repo, 'package.json')).version).toBe(v1);
    expect(existsSync(path.join(repo, '.changeset/apec-locality.md'))).toBe(true);

    writeFileSync(path.join(repo, '.changeset/china-containment-link.md'), `---\n"${NAME}": minor\n---\n\nNew issue link: the March 2021 Chinese briefing and China containment.\n`);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'APEC locality corrected; China containment issue link');
    const r = run('npm', ['run', '-s', 'release:version'], repo);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`comparing the data with npm:${NAME}@${v1}`);
    v2 = json<{ version: string }>(path.join(repo, 'package.json')).version;
    const [a, b] = [v1, v2].map((v) => v.split('.').map(Number));
    expect(b).toEqual([a![0], a![1]! + 1, 0]);
    const changelog = readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8');
    const entry = changelog.slice(changelog.indexOf(`## ${v2}\n`), changelog.indexOf(`## ${v1}\n`));
    expect(entry).toContain(`Data: events 1 corrected; issueLinks 1 added (dataset ${v1} → ${v2}, sha256 \`${sha1.slice(0, 12)}\``);
    expect(entry).toContain(`- **events**\n  - corrected (1): \`${EVENT}\` (locality)`);
    expect(entry).toContain(`- **issueLinks**\n  - added (1): \`${LINK}\``);
    expect(entry).toMatch(/### Minor Changes\n\n- [0-9a-f]+: New issue link/);
    expect(entry).toMatch(/### Patch Changes\n\n- [0-9a-f]+: The APEC summit/);
    expect(readFileSync(path.join(repo, 'CITATION.cff'), 'utf8')).toContain(`version: "${v2}"`);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', `Release ${v2}`);
    buildCopy();
    expect(json<{ meta: { version: string } }>(path.join(repo, 'dist/dataset.json')).meta.version).toBe(v2);
    npm(repo, 'publish');
    expect(JSON.parse(npm(tmp, 'view', NAME, 'dist-tags.latest', '--json'))).toBe(v2);
  });

  it('the consumer upgrades; diff names exactly the corrected and the added ids, installed or npm:<spec>', () => {
    npm(consumer, 'install', '--save-exact', `${NAME}@${v2}`, `dv-old@npm:${NAME}@${v1}`);
    const deps = json<{ dependencies: Record<string, string> }>(path.join(consumer, 'package.json')).dependencies;
    expect(deps).toEqual({ [NAME]: v2, 'dv-old': `npm:${NAME}@${v1}` });
    const diffJson = (...args: string[]) => JSON.parse(ok(run('npx', ['diplomatic-visits', 'diff', ...args, '--format', 'json'], consumer), `diff ${args.join(' ')}`));
    const installed = diffJson('node_modules/dv-old/dist/dataset.json', `node_modules/${NAME}/dist/dataset.json`);
    const changedIds = Object.fromEntries(
      Object.entries(installed.collections as Record<string, { added: string[]; removed: string[]; changed: { id: string }[] }>)
        .map(([name, c]) => [name, { added: c.added, removed: c.removed, changed: c.changed.map((x) => x.id) }])
        .filter(([, c]) => (c as { added: string[] }).added.length + (c as { removed: string[] }).removed.length + (c as { changed: string[] }).changed.length > 0),
    );
    expect(changedIds).toEqual({ events: { added: [], removed: [], changed: [EVENT] }, issueLinks: { added: [LINK], removed: [], changed: [] } });
    expect(installed.collections.events.changed[0].changes).toEqual([{ path: 'locality', kind: 'changed', before: 'San Fransisco', after: 'San Francisco' }]);
    expect(installed.from).toMatchObject({ version: v1, sha256: sha1 });
    expect(installed.to.version).toBe(v2);
    // the same diff from the registry, by spec
    expect(diffJson(`npm:${NAME}@${v1}`, `npm:${NAME}@latest`)).toEqual(installed);
    const text = ok(run('npx', ['diplomatic-visits', 'diff', `npm:${NAME}@${v1}`, `npm:${NAME}@latest`], consumer), 'diff npm: npm:');
    expect(text).toContain(`events: changed (1)\n  ~ ${EVENT}\n      locality: "San Fransisco" → "San Francisco"`);
    expect(text).toContain(`issueLinks: added (1)\n  + ${LINK}`);
    const missing = run('npx', ['diplomatic-visits', 'diff', `npm:${NAME}@99.0.0`, `npm:${NAME}@latest`], consumer);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/diff: <old\.json>: npm pack diplomatic-visits@99\.0\.0 failed: .*(404|No matching version|ETARGET)/);
  });

  it("the README's pinning section runs as written, with this run's versions", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Pin a version, cite it');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));
    const versions = (text: string) => text.replaceAll('1.0.0', v1).replaceAll('1.1.0', v2);
    const dir = path.join(tmp, 'readme');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'readme', private: true, type: 'module' }, null, 2)}\n`);
    let ran = 0;
    blocks.forEach((block, i) => {
      if (block.lang === 'sh') {
        const script = versions(block.body);
        expect(script).not.toMatch(/registry\.npmjs|--registry/); // the registry comes from the environment
        ok(run('bash', ['-euo', 'pipefail', '-c', script], dir), `README sh block ${i}:\n${script}`);
        ran++;
      } else if (block.lang === 'js') {
        writeFileSync(path.join(dir, `block-${i}.mjs`), block.body);
        const out = node(dir, `block-${i}.mjs`);
        const next = blocks[i + 1];
        if (next?.lang === 'text') expect(out.trimEnd()).toBe(versions(next.body).trimEnd());
        ran++;
      }
    });
    expect(ran).toBeGreaterThanOrEqual(5);
    const deps = json<{ dependencies: Record<string, string> }>(path.join(dir, 'package.json')).dependencies;
    expect(deps).toEqual({ [NAME]: v2, 'dv-old': `npm:${NAME}@${v1}` });
    expect(json<{ meta: { version: string } }>(path.join(dir, 'package/dist/dataset.json')).meta.version).toBe(v1);
    expect(existsSync(path.join(dir, 'package/dist/csv/visits.csv'))).toBe(true);
    expect(readFileSync(path.join(dir, 'node_modules', NAME, 'CITATION.cff'), 'utf8')).toContain(`version: "${v2}"`);
    console.log(`release e2e: ${v1} → ${v2}; dist bundles reused in ${reusedBundles} of 2 builds (else built by tsup)`);
  });
});
