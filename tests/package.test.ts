// The package as a user gets it: packed, installed into a fresh project, used from ESM, CJS and TypeScript.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let project: string;

const run = (file: string, args: string[] = []) =>
  execFileSync(process.execPath, [...args, file], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  const work = mkdtempSync(path.join(tmpdir(), 'dv-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  project = path.join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', path.join(work, tarball)], { cwd: project, stdio: 'pipe' });
}, 180_000);

describe('the packed package', () => {
  it('ships the dataset once, not inlined into the bundles', () => {
    const dist = path.join(project, 'node_modules', 'diplomatic-visits', 'dist');
    const files = readdirSync(dist);
    expect(files).toContain('dataset.json');
    const sha = JSON.parse(readFileSync(path.join(dist, 'dataset.json'), 'utf8')).meta.sha256 as string;
    // but for the browser build's form of the data (dataset.json's text as a string literal, tests/browser-data.test.ts)
    expect(files).toContain('dataset.browser.js');
    for (const f of files.filter((f) => /\.(c?js)$/.test(f) && !f.endsWith('.browser.js'))) {
      expect(readFileSync(path.join(dist, f), 'utf8'), f).not.toContain(sha);
    }
  });

  it('gives the same data to ESM import and CJS require', () => {
    writeFileSync(path.join(project, 'esm.mjs'), `import { getDataset } from 'diplomatic-visits';\nconst ds = getDataset();\nconsole.log(JSON.stringify({ sha: ds.meta.sha256, visits: ds.visits.length, first: ds.visits[0] }));\n`);
    writeFileSync(path.join(project, 'cjs.cjs'), `const { getDataset } = require('diplomatic-visits');\nconst ds = getDataset();\nconsole.log(JSON.stringify({ sha: ds.meta.sha256, visits: ds.visits.length, first: ds.visits[0] }));\n`);
    const esm = JSON.parse(run('esm.mjs'));
    const cjs = JSON.parse(run('cjs.cjs'));
    expect(esm).toEqual(cjs);
    expect(esm.visits).toBeGreaterThan(0);
    const raw = JSON.parse(readFileSync(path.join(project, 'node_modules/diplomatic-visits/dist/dataset.json'), 'utf8'));
    expect(esm.sha).toBe(raw.meta.sha256);
  });

  it('serves the raw file and the schemas by subpath', () => {
    writeFileSync(path.join(project, 'sub.cjs'), `const raw = require('diplomatic-visits/dataset.json');\nconst { loadDataset } = require('diplomatic-visits/schemas');\nconst ds = loadDataset(raw);\nconsole.log(ds.meta.sha256 === raw.meta.sha256, require('diplomatic-visits/package.json').name);\n`);
    expect(run('sub.cjs').trim()).toBe('true diplomatic-visits');
  });

  it('takes zod as a peer: one copy installed, imported only as zod/v4', () => {
    const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules/diplomatic-visits/package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(manifest.dependencies?.zod).toBeUndefined();
    expect(manifest.peerDependencies?.zod).toMatch(/^\^3\.25\.\d+ \|\| \^4\.0\.0$/);
    // npm installs the peer beside the package, never inside it
    const copies = execFileSync('npm', ['ls', 'zod', '--all', '--parseable'], { cwd: project, encoding: 'utf8' }).trim().split('\n');
    expect(copies).toEqual([path.join(project, 'node_modules', 'zod')]);
    // tsup leaves peers external: the built files import the one specifier that zod 3.25.x and 4 both serve
    const dist = path.join(project, 'node_modules', 'diplomatic-visits', 'dist');
    const specifiers = new Set(
      readdirSync(dist)
        .filter((f) => /\.(c?js|d\.c?ts)$/.test(f))
        .flatMap((f) => [...readFileSync(path.join(dist, f), 'utf8').matchAll(/(?:from |require\()["'](zod[^"']*)["']/g)].map((m) => m[1])),
    );
    expect([...specifiers]).toEqual(['zod/v4']);
  });

  it('loads no other package from the main entry, zod included (CJS)', () => {
    writeFileSync(path.join(project, 'nozod.cjs'), `const dv = require('diplomatic-visits');\nconst n = dv.visits(dv.getDataset(), { country: 'JP', issue: 'north-korea' }).length;\nconst loaded = Object.keys(require.cache).filter((f) => f.includes('/node_modules/') && !f.includes('/node_modules/diplomatic-visits/'));\nconsole.log(JSON.stringify({ n, loaded }));\n`);
    const out = JSON.parse(run('nozod.cjs'));
    expect(out.n).toBeGreaterThan(0);
    expect(out.loaded).toEqual([]);
  });

  it('loads no other package from the main entry, zod included (ESM)', () => {
    writeFileSync(path.join(project, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(process.env.DV_LOG, result.url + '\\n');\n  return result;\n}\n`);
    writeFileSync(path.join(project, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
    writeFileSync(path.join(project, 'nozod.mjs'), `import { bundled } from 'diplomatic-visits';\nconsole.log(bundled.visits({ country: 'JP', from: '2021-01-01', to: '2021-12-31' }).length);\n`);
    const log = path.join(project, 'resolved.log');
    writeFileSync(log, '');
    execFileSync(process.execPath, ['--import', './register.mjs', 'nozod.mjs'], { cwd: project, env: { ...process.env, DV_LOG: log }, stdio: 'pipe' });
    const urls = readFileSync(log, 'utf8').trim().split('\n');
    expect(urls.some((u) => u.includes('/diplomatic-visits/dist/index.js'))).toBe(true);
    expect(urls.filter((u) => u.includes('/node_modules/') && !u.includes('/node_modules/diplomatic-visits/'))).toEqual([]);
  });

  for (const [moduleResolution, module] of [['node16', 'node16'], ['bundler', 'esnext']] as const) {
    it(`type-checks a consumer under moduleResolution ${moduleResolution}`, () => {
      const dir = path.join(project, `ts-${moduleResolution}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'consumer.ts'), `import { getDataset, type Visit, type Dataset, type AnyDataset } from 'diplomatic-visits';\nimport { VisitSchema, loadDataset } from 'diplomatic-visits/schemas';\nconst ds: Dataset = getDataset();\nconst v: Visit | undefined = ds.visits[0];\nconst parsed = VisitSchema.parse(v);\nconst start: string = parsed.start;\nconst again: AnyDataset = loadDataset(JSON.stringify(ds));\nexport { start, again };\n`);
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module, moduleResolution, target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }));
      // the consumer resolves the package from the project's node_modules
      execFileSync(process.execPath, [tsc, '-p', dir], { cwd: project, stdio: 'pipe' });
    });
  }
});
