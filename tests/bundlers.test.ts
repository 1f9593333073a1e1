// Every bundler a user builds with, on the package as a user installs it (npm pack, then the
// tarball into a fresh project): esbuild, Vite and webpack, with their default settings.
//   - an app that brings its own data (fetches dataset.json) ships the helpers only;
//   - an app bundled for Node (esbuild --platform=node, ESM and CJS, as for a serverless
//     function) answers its first query from a folder with no node_modules;
//   - an app that imports `diplomatic-visits/curated` ships the curated subset, not the whole dataset.
// Prints the size of every bundle. Needs dist/ (npm test builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countriesVisited, trips, visits } from '../src/query/index.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { browserBundle } from './helpers/esbuild.js';

const root = path.resolve(import.meta.dirname, '..');
let work: string;
let app: string; // a consumer project with the packed tarball installed
let full: Dataset;
let curated: Dataset;
const sizes: Record<string, number> = {};
const temporary: string[] = []; // removed after the tests

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
function record(name: string, code: string): number {
  const bytes = Buffer.byteLength(code);
  sizes[name] = bytes;
  console.log(`bundle size: ${name.padEnd(52)} ${kib(bytes).padStart(12)}`);
  return bytes;
}

// Bring your own data: helpers only, the dataset fetched as an asset at run time.
const BYOD = `import { visits, trips, countriesVisited } from 'diplomatic-visits';
globalThis.__done = fetch('dataset.json').then((r) => r.json()).then((ds) => {
  globalThis.__result = {
    visits: visits(ds, { person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }).map((v) => v.id),
    trips: trips(ds, { issue: 'taiwan' }).length,
    countries: countriesVisited(ds, 'blinken-antony-j').length,
  };
});
`;
// The same with Vite's `?url`, as the README shows: the dataset becomes a hashed asset beside the bundle.
const BYOD_VITE_URL = BYOD.replace("from 'diplomatic-visits';\n", "from 'diplomatic-visits';\nimport datasetUrl from 'diplomatic-visits/dataset.json?url';\n").replace("fetch('dataset.json')", 'fetch(datasetUrl)');
// A dashboard of the curated trips: the bundled curated subset.
const CURATED = `import { bundled, getDataset } from 'diplomatic-visits/curated';
globalThis.__result = {
  meta: getDataset().meta,
  visits: bundled.visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }).map((v) => v.id),
  trips: bundled.trips({ issue: 'taiwan' }).length,
  curatedTrips: getDataset().trips.filter((t) => !t.derived).map((t) => t.id),
};
`;
// A Node app (a serverless function): the bundled data, no configuration.
const NODE_ESM = `import { bundled, getDataset } from 'diplomatic-visits';
console.log(JSON.stringify({ sha256: getDataset().meta.sha256, visits: bundled.visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }).map((v) => v.id) }));
`;
const NODE_CJS = NODE_ESM.replace(/^import \{ bundled, getDataset \} from 'diplomatic-visits';/, "const { bundled, getDataset } = require('diplomatic-visits');");

// What the consumers compute, computed here from the source helpers over the whole dataset.
const novemberVisits = (ds: Dataset) => visits(ds, { person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }).map((v) => v.id).sort();
const taiwanTrips = (ds: Dataset) => trips(ds, { issue: 'taiwan' }).length;

/** Runs a script in a fresh context with only the language's globals, plus `fetch` serving `files`. */
async function runInBareContext(code: string, files: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const context = vm.createContext({});
  expect(vm.runInContext('typeof require + typeof process + typeof module', context)).toBe('undefinedundefinedundefined');
  context.fetch = async (url: string) => {
    const text = files[path.basename(url).replace(/^dataset-[\w-]+\.json$/, 'dataset.json')]; // a hashed asset name too
    if (text === undefined) throw new Error(`fetch: no ${url}`);
    return { ok: true, json: async () => vm.runInContext(`JSON.parse(${JSON.stringify(text)})`, context) };
  };
  vm.runInContext(code, context, { timeout: 30_000 });
  await vm.runInContext('globalThis.__done', context);
  return JSON.parse(vm.runInContext('JSON.stringify(globalThis.__result)', context));
}

function esbuildBundle(entry: string, options: esbuild.BuildOptions = {}): Promise<string> {
  return browserBundle({ absWorkingDir: app, entryPoints: [entry], ...options });
}

async function viteBundle(entry: string, assets: string[] = []): Promise<string> {
  const { build } = await import('vite');
  const output = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, modulePreload: false, rollupOptions: { input: path.join(app, entry) } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const code = chunks.filter((c) => c.type === 'chunk').map((c) => c.code);
  assets.push(...chunks.filter((c) => c.type === 'asset').map((c) => c.fileName));
  expect(code).toHaveLength(1);
  return code[0]!;
}

async function webpackBundle(entry: string, target: 'web' | 'node' = 'web', minimize = true): Promise<string> {
  const { default: webpack } = await import('webpack');
  const out = mkdtempSync(path.join(work, 'webpack-'));
  const stats = await new Promise<import('webpack').Stats>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: app,
        entry: `./${entry}`,
        target,
        output: { path: out, filename: 'bundle.js' },
        optimization: { minimize },
        performance: { hints: false },
      },
      (error, result) => (error || !result ? reject(error ?? new Error('webpack: no stats')) : resolve(result)),
    );
  });
  expect(stats.hasErrors(), stats.toString('errors-only')).toBe(false);
  return readFileSync(path.join(out, 'bundle.js'), 'utf8');
}

beforeAll(() => {
  for (const f of ['browser.js', 'curated-browser.js', 'index.js', 'dataset.json', 'curated.json']) {
    if (!existsSync(path.join(root, 'dist', f))) throw new Error(`dist/${f} is missing: run npm run build first (npm test does)`);
  }
  full = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as Dataset;
  curated = JSON.parse(readFileSync(path.join(root, 'dist', 'curated.json'), 'utf8')) as Dataset;
  work = mkdtempSync(path.join(tmpdir(), 'dv-bundlers-'));
  temporary.push(work);
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', path.join(work, tarball)], { cwd: app, stdio: 'pipe' });
  writeFileSync(path.join(app, 'byod.js'), BYOD);
  writeFileSync(path.join(app, 'byod-vite-url.js'), BYOD_VITE_URL);
  writeFileSync(path.join(app, 'curated.js'), CURATED);
  writeFileSync(path.join(app, 'full.js'), "import { getDataset } from 'diplomatic-visits';\nglobalThis.__result = { meta: getDataset().meta };\n");
  writeFileSync(path.join(app, 'node-app.mjs'), NODE_ESM);
  writeFileSync(path.join(app, 'node-app.cjs'), NODE_CJS);
  record('dist/dataset.json (the whole dataset)', readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8'));
  record('dist/curated.json (diplomatic-visits/curated)', readFileSync(path.join(root, 'dist', 'curated.json'), 'utf8'));
}, 180_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('an app that brings its own data ships the helpers only', () => {
  const LIMIT = 100 * 1024;
  const files = () => ({ 'dataset.json': readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8') });

  async function check(name: string, code: string) {
    const bytes = record(name, code);
    expect(bytes, `${name}: ${kib(bytes)}`).toBeLessThan(LIMIT);
    expect(code).not.toContain(full.meta.sha256); // no trace of the dataset
    expect(code).not.toContain('hsg-travel-4229');
    const result = await runInBareContext(code, files());
    expect((result.visits as string[]).sort()).toEqual(novemberVisits(full));
    expect(result.countries).toBe(countriesVisited(full, 'blinken-antony-j').length);
    expect(result.trips).toBe(taiwanTrips(full));
    expect(result.trips).toBeGreaterThan(0);
  }

  it('esbuild (platform browser, minified)', async () => {
    await check('esbuild, browser, bring your own data', await esbuildBundle('byod.js'));
  });

  it('Vite (vite build), fetching the file by its path or by its `?url` asset', async () => {
    await check('Vite, bring your own data', await viteBundle('byod.js'));
    const assets: string[] = [];
    await check('Vite, bring your own data (?url asset)', await viteBundle('byod-vite-url.js', assets));
    expect(assets).toEqual([expect.stringMatching(/^assets\/dataset-[\w-]+\.json$/)]);
  });

  it('webpack (mode production, target web)', async () => {
    await check('webpack, web, bring your own data', await webpackBundle('byod.js'));
  });
});

describe('an app bundled for Node answers its first query from a folder without node_modules', () => {
  const runAway = (name: string, code: string) => {
    const away = mkdtempSync(path.join(tmpdir(), 'dv-node-bundle-'));
    temporary.push(away);
    writeFileSync(path.join(away, name), code);
    expect(existsSync(path.join(away, 'node_modules'))).toBe(false);
    return JSON.parse(execFileSync(process.execPath, [name], { cwd: away, encoding: 'utf8' })) as { sha256: string; visits: string[] };
  };

  for (const [format, entry, file] of [['esm', 'node-app.mjs', 'app.mjs'], ['cjs', 'node-app.cjs', 'app.cjs']] as const) {
    it(`esbuild --platform=node --format=${format}`, async () => {
      const code = await esbuildBundle(entry, { platform: 'node', format, minify: false });
      record(`esbuild, node ${format}, the whole dataset`, code);
      expect(code).not.toContain('import.meta.url');
      expect(code).not.toMatch(/readFileSync/); // the dataset is in the bundle, not read beside it
      const out = runAway(file, code);
      expect(out.sha256).toBe(full.meta.sha256);
      expect(out.visits.sort()).toEqual(novemberVisits(full));
    });
  }

  it('webpack (target node) too', async () => {
    const code = await webpackBundle('node-app.cjs', 'node', false);
    record('webpack, node, the whole dataset (not minified)', code);
    const out = runAway('app.cjs', code);
    expect(out.sha256).toBe(full.meta.sha256);
    expect(out.visits.sort()).toEqual(novemberVisits(full));
  });

  it('while plain Node keeps reading dist/dataset.json lazily, never inlined', () => {
    for (const f of ['index.js', 'index.cjs', 'curated.js', 'curated.cjs']) {
      const text = readFileSync(path.join(app, 'node_modules/diplomatic-visits/dist', f), 'utf8');
      expect(text.length, f).toBeLessThan(20_000);
    }
    const out = JSON.parse(execFileSync(process.execPath, ['node-app.mjs'], { cwd: app, encoding: 'utf8' })) as { sha256: string };
    expect(out.sha256).toBe(full.meta.sha256);
  });
});

describe('diplomatic-visits/curated in a bundle', () => {
  it('esbuild (platform browser) ships the curated subset, a small part of the whole', async () => {
    const code = await esbuildBundle('curated.js');
    const bytes = record('esbuild, browser, diplomatic-visits/curated', code);
    const fullBytes = record('esbuild, browser, diplomatic-visits (whole dataset)', await esbuildBundle('full.js'));
    expect(bytes).toBeLessThan(fullBytes / 10);
    expect(bytes).toBeLessThan(400 * 1024);
    const result = await runInBareContext(code);
    expect((result.meta as Dataset['meta']).sha256).toBe(curated.meta.sha256);
    expect((result.meta as Dataset['meta']).subset?.of).toBe(full.meta.sha256);
    expect((result.visits as string[]).sort()).toEqual(novemberVisits(curated));
    // every curated trip is there, and a question about the curated layer gets the answer the whole dataset gives
    expect(result.curatedTrips).toEqual(full.trips.filter((t) => !t.derived).map((t) => t.id));
    expect(result.trips).toBe(taiwanTrips(full));
  });

  it('Vite and webpack pick the same bundler build', async () => {
    for (const [name, code] of [['Vite, diplomatic-visits/curated', await viteBundle('curated.js')], ['webpack, web, diplomatic-visits/curated', await webpackBundle('curated.js')]] as const) {
      const bytes = record(name, code);
      expect(bytes).toBeLessThan(400 * 1024);
      expect(((await runInBareContext(code)).meta as Dataset['meta']).sha256).toBe(curated.meta.sha256);
    }
  });

  it('Node ESM and CJS read dist/curated.json', () => {
    writeFileSync(path.join(app, 'curated-node.mjs'), "import { getDataset } from 'diplomatic-visits/curated';\nconsole.log(getDataset().meta.sha256);\n");
    writeFileSync(path.join(app, 'curated-node.cjs'), "const { getDataset } = require('diplomatic-visits/curated');\nconsole.log(getDataset().meta.sha256);\n");
    for (const f of ['curated-node.mjs', 'curated-node.cjs']) {
      expect(execFileSync(process.execPath, [f], { cwd: app, encoding: 'utf8' }).trim(), f).toBe(curated.meta.sha256);
    }
  });
});

describe('sizes', () => {
  it('are written to .tmp/bundle-sizes.json for CI', () => {
    expect(Object.keys(sizes).length).toBeGreaterThan(2);
    // .ci/run prints this table after the tests
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    writeFileSync(path.join(root, '.tmp', 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  });
});
