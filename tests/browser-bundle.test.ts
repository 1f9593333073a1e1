// The main entry in a browser bundle: the package as a user installs it (npm pack, then the
// tarball into a fresh project), bundled by esbuild for platform browser with no configuration,
// holds no Node-only module and runs where there is no `require` and no `process`.
// Needs dist/ (npm test builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let work: string;
let installed: string; // a consumer project with the packed tarball installed
let linked: string; // a consumer project whose node_modules/diplomatic-visits is a symlink to this checkout (as `file:`)
let rawDataset: { meta: { sha256: string; counts: Record<string, number> } };

const NODE_ONLY = /require\(\s*["'](?:node:)?(?:fs|path|url|module|crypto)["']\s*\)|["']node:[a-z_/]+["']|\bfrom\s*["'](?:fs|path|url|module)["']|import\.meta\.url/;

// The consumer: every export of the main entry, the dataset, and a few facts a dashboard would compute.
const CONSUMER = `import * as dv from 'diplomatic-visits';
const ds = dv.getDataset();
globalThis.__result = {
  exports: Object.keys(dv).sort(),
  sha256: ds.meta.sha256,
  counts: Object.fromEntries(Object.entries(ds).filter(([k]) => k !== 'meta').map(([k, v]) => [k, v.length])),
  frozen: Object.isFrozen(ds) && Object.isFrozen(ds.visits) && Object.isFrozen(ds.visits[0]),
  sameObject: dv.getDataset() === ds,
  curatedTrips: ds.trips.filter((t) => !t.derived).map((t) => t.id),
};
`;

function project(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'consumer.js'), CONSUMER);
  return dir;
}

async function bundle(dir: string, options: esbuild.BuildOptions = {}) {
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ['consumer.js'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  return { code: result.outputFiles![0]!.text, inputs: Object.keys(result.metafile!.inputs), warnings: result.warnings };
}

/** Runs a script in a fresh context that has only the language's own globals: no require, no process, no module. */
function runInBareContext(code: string): Record<string, unknown> {
  const context = vm.createContext({});
  expect(vm.runInContext('typeof require + typeof process + typeof module + typeof Buffer', context)).toBe('undefinedundefinedundefinedundefined');
  vm.runInContext(code, context, { timeout: 30_000 });
  // copy out of the context's realm so vitest compares plain values
  return JSON.parse(vm.runInContext('JSON.stringify(globalThis.__result)', context));
}

beforeAll(() => {
  for (const f of ['browser.js', 'index.js', 'index.cjs', 'dataset.json']) {
    if (!existsSync(path.join(root, 'dist', f))) throw new Error(`dist/${f} is missing: run npm run build first (npm test does)`);
  }
  rawDataset = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8'));
  work = mkdtempSync(path.join(tmpdir(), 'dv-browser-bundle-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  installed = project('installed');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', path.join(work, tarball)], { cwd: installed, stdio: 'pipe' });
  linked = project('linked');
  mkdirSync(path.join(linked, 'node_modules'));
  symlinkSync(root, path.join(linked, 'node_modules', 'diplomatic-visits'), 'dir');
}, 180_000);

describe('the main entry bundled by esbuild for platform browser', () => {
  it('resolves the browser build and the shipped dataset, never the Node build', async () => {
    const { inputs, warnings } = await bundle(installed);
    expect(warnings).toEqual([]);
    expect(inputs).toContain('node_modules/diplomatic-visits/dist/browser.js');
    expect(inputs).toContain('node_modules/diplomatic-visits/dist/dataset.json');
    expect(inputs.filter((f) => /dist\/(index|chunk-[^/]*)\.c?js$/.test(f))).toEqual([]);
    expect(inputs.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
  });

  it('holds no require("fs"), node:fs or other Node-only module', async () => {
    const { code } = await bundle(installed);
    expect(code).not.toMatch(/require\(\s*["'](?:node:)?fs["']\s*\)/);
    expect(code).not.toContain('node:fs');
    expect(code.match(NODE_ONLY)?.[0]).toBeUndefined();
    // and so does the browser build itself, before any bundler sees it
    expect(readFileSync(path.join(installed, 'node_modules/diplomatic-visits/dist/browser.js'), 'utf8').match(NODE_ONLY)?.[0]).toBeUndefined();
  });

  it('runs without require or process and gives the whole dataset, frozen, once', async () => {
    const { code } = await bundle(installed, { minify: true });
    const result = runInBareContext(code);
    expect(result.sha256).toBe(rawDataset.meta.sha256);
    expect(result.counts).toEqual(rawDataset.meta.counts);
    expect(result.frozen).toBe(true);
    expect(result.sameObject).toBe(true);
  });

  it('exposes the same API as the Node entry', async () => {
    const { code } = await bundle(installed);
    const browser = runInBareContext(code).exports as string[];
    writeFileSync(path.join(installed, 'keys.mjs'), `import * as dv from 'diplomatic-visits';\nconsole.log(JSON.stringify(Object.keys(dv).sort()));\n`);
    const node = JSON.parse(execFileSync(process.execPath, ['keys.mjs'], { cwd: installed, encoding: 'utf8' })) as string[];
    expect(browser).toEqual(node);
    expect(browser).toContain('getDataset');
  });

  it('works as an ES module bundle too', async () => {
    const { code } = await bundle(installed, { format: 'esm' });
    expect(code).not.toMatch(/^\s*import\s/m); // everything resolved into the bundle
    expect(runInBareContext(code.replace(/^export\s*\{[^}]*\};?\s*$/m, '')).sha256).toBe(rawDataset.meta.sha256);
  });

  it('resolves the dataset when the package is linked (file: dependency, npm link) rather than installed', async () => {
    const { code, inputs } = await bundle(linked);
    // esbuild follows the symlink to this checkout, where the browser build imports the dataset by the package's own name
    expect(inputs.some((f) => f.endsWith('dist/dataset.json'))).toBe(true);
    expect(code.match(NODE_ONLY)?.[0]).toBeUndefined();
    expect(runInBareContext(code).sha256).toBe(rawDataset.meta.sha256);
  });
});

describe('the Node entries', () => {
  it('stay lazy: importing reads nothing, getDataset() reads the meta, each collection is read and parsed once when first used (ESM and CJS)', () => {
    const counter = `let reads = 0, opens = 0, parses = 0;
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) { if (String(file).endsWith('dataset.json')) reads++; return readFileSync.call(this, file, ...rest); };
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) { if (String(file).endsWith('dataset.json')) opens++; return openSync.call(this, file, ...rest); };
const parse = JSON.parse;
JSON.parse = function (text, ...rest) { if (typeof text === 'string' && text.length > 1000) parses++; return parse.call(this, text, ...rest); };
`;
    const report = `const before = { reads, opens, parses };
const a = dv.getDataset(); const b = dv.getDataset();
const opened = { reads, opens, parses };
const visits = a.visits.length + b.visits.length;
console.log(JSON.stringify({ before, opened, after: { reads, opens, parses }, same: a === b && visits > 0 }));
`;
    writeFileSync(path.join(installed, 'lazy.mjs'), `import fs from 'node:fs';\nimport { syncBuiltinESMExports } from 'node:module';\n${counter}syncBuiltinESMExports();\nconst dv = await import('diplomatic-visits');\n${report}`);
    writeFileSync(path.join(installed, 'lazy.cjs'), `const fs = require('node:fs');\n${counter}const dv = require('diplomatic-visits');\n${report}`);
    for (const file of ['lazy.mjs', 'lazy.cjs']) {
      const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: installed, encoding: 'utf8' }));
      // Never read whole: on open, its layout (read whole: 27 KB) and the meta (1.4 KB); then the visits alone, once.
      expect(out, file).toEqual({ before: { reads: 0, opens: 0, parses: 0 }, opened: { reads: 0, opens: 1, parses: 2 }, after: { reads: 0, opens: 2, parses: 3 }, same: true });
    }
  });
});
