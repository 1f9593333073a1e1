// The browser build's data: dist/dataset.browser.js and curated.browser.js, generated from
// dataset.json and curated.json (scripts/build/browser-module.ts), hold the same data, each
// collection in the compact form of src/dataset/codec.ts; an app bundled for the browser keeps it
// as a single-quoted string (V8 scans that about twice as fast as a template literal, and parses
// it with JSON.parse 2-4x faster than an object literal), decodes it on its first query, not when
// it loads, and only the collections the query reads, drops it when it never asks for it, and
// stays under a stated gzip ceiling. Needs dist/ (npm test builds it first).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCollection } from '../src/dataset/codec.js';
import { visits } from '../src/query/index.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { browserBundle } from './helpers/esbuild.js';

const root = path.resolve(import.meta.dirname, '..');
const dist = (f: string) => path.join(root, 'dist', f);
// The sample app: one query of the bundled data.
const APP = "import { bundled } from 'diplomatic-visits';\nglobalThis.__result = bundled.visits({ person: 'blinken-antony-j' }).length;\n";
// It imports the bound helpers but asks nothing yet (a page before its first query).
const LOADED = "import { bundled } from 'diplomatic-visits';\nglobalThis.__bundled = bundled;\n";
// Helpers only, the data brought by the app.
const HELPERS = "import { visits } from 'diplomatic-visits';\nglobalThis.__visits = visits;\n";
// The ceiling of the sample app, gzipped (zlib's default level 6): issue 15's ~390 KB. The sample app
// measured 377,296 bytes (the data in the compact form of src/dataset/codec.ts, with the people ids
// and country codes of its layout; dataset.json alone is ~589,000 gzipped).
const CEILING = 390_000;

let work: string;
let full: Dataset;
const bundle = (contents: string) => browserBundle({ absWorkingDir: work, stdin: { contents, resolveDir: work } });

beforeAll(() => {
  full = JSON.parse(readFileSync(dist('dataset.json'), 'utf8')) as Dataset;
  if (full.meta.counts.visits < 7000) throw new Error('dist/dataset.json is not the full dataset: run npm run build first (npm test does)');
  work = mkdtempSync(path.join(tmpdir(), 'dv-browser-data-'));
  writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  mkdirSync(path.join(work, 'node_modules'));
  symlinkSync(root, path.join(work, 'node_modules', 'diplomatic-visits'), 'dir');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('dist/*.browser.js', () => {
  for (const [module, json] of [['dataset.browser.js', 'dataset.json'], ['curated.browser.js', 'curated.json']] as const) {
    it(`${module} is ${json}'s data, to the key order`, async () => {
      const { default: text, layout } = (await import(pathToFileURL(dist(module)).href)) as {
        default: string;
        layout: { bytes: number; sha256: string; collections: Record<string, [number, number]>; encoded: string[]; ids: { people: string; countries: string } };
      };
      expect(typeof text).toBe('string');
      const expected = JSON.parse(readFileSync(dist(json), 'utf8')) as Dataset;
      const actual = JSON.parse(text) as Record<string, unknown>;
      // meta as it is, with its checksum; every collection encoded, and decoded to the very same JSON
      expect(JSON.stringify(actual.meta)).toBe(JSON.stringify(expected.meta));
      expect(layout.encoded).toEqual(Object.keys(expected).filter((key) => key !== 'meta'));
      expect(Object.keys(actual)).toEqual(Object.keys(expected));
      for (const key of layout.encoded) expect(JSON.stringify(decodeCollection(actual[key])), key).toBe(JSON.stringify(expected[key as keyof Dataset]));
      // and its layout: where each collection sits in that text, the ids of the people and countries
      expect([layout.bytes, layout.sha256]).toEqual([text.length, expected.meta.sha256]);
      expect(Object.keys(layout.collections)).toEqual(Object.keys(expected));
      for (const [key, [start, end]] of Object.entries(layout.collections)) {
        expect(JSON.stringify(JSON.parse(text.slice(start, end))), key).toBe(JSON.stringify(actual[key]));
      }
      expect(layout.ids.people).toBe(`\n${expected.people.map((p) => p.id).join('\n')}\n`);
      expect(layout.ids.countries).toBe(`\n${expected.countries.map((c) => c.code).join('\n')}\n`);
    });
  }
});

describe('the sample app bundled by esbuild (platform browser, minified)', () => {
  it(`answers its query, holds the data as one single-quoted string, and stays under ${CEILING.toLocaleString('en-US')} bytes gzipped`, async () => {
    const code = await bundle(APP);
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(vm.runInContext('globalThis.__result', context)).toBe(visits(full, { person: 'blinken-antony-j' }).length);
    // esbuild's minifier picks the quote with the fewest escapes: the data has no ' to escape, so it keeps '…'
    const at = code.indexOf('{"meta":{"name":"diplomatic-visits"');
    expect(code[at - 1]).toBe("'");
    expect(code).not.toContain('{meta:{name:'); // no object literal
    const gzip6 = gzipSync(code).length;
    console.log(`sample app: ${code.length.toLocaleString('en-US')} bytes, ${gzip6.toLocaleString('en-US')} gzipped (level 6), ${gzipSync(code, { level: 9 }).length.toLocaleString('en-US')} (level 9); ceiling ${CEILING.toLocaleString('en-US')}`);
    expect(gzip6).toBeLessThan(CEILING);
  });

  it('parses the data on its first query, not when it loads, and only the collections it reads', async () => {
    const context = vm.createContext({});
    // records the length of every text parsed in the app's realm
    vm.runInContext('globalThis.__parsed = []; const parse = JSON.parse; JSON.parse = function (t, r) { globalThis.__parsed.push(t.length); return parse(t, r); };', context);
    vm.runInContext(await bundle(LOADED), context);
    expect(vm.runInContext('globalThis.__parsed', context)).toEqual([]);
    expect(vm.runInContext("globalThis.__bundled.visits({ person: 'blinken-antony-j' }).length", context)).toBe(visits(full, { person: 'blinken-antony-j' }).length);
    const lengths = JSON.parse(vm.runInContext('JSON.stringify(globalThis.__parsed)', context)) as number[];
    // the meta, then the visits (the person is checked against the layout's ids): not the people, nor any other collection
    const { layout } = (await import(pathToFileURL(dist('dataset.browser.js')).href)) as { layout: { collections: Record<string, [number, number]> } };
    const length = (key: string) => layout.collections[key]![1] - layout.collections[key]![0];
    expect(lengths).toEqual([length('meta'), length('visits')]);
    // and the records it answers are frozen whole, as from the Node build (tests/handed-out-frozen.test.ts)
    const deepFrozen = 'const f = (x) => x === null || typeof x !== "object" || (Object.isFrozen(x) && Object.values(x).every(f))';
    expect(vm.runInContext(`${deepFrozen}; globalThis.__bundled.visits({ person: 'blinken-antony-j' }).every(f)`, context)).toBe(true);
  });

  it('drops the data from an app that never calls getDataset', async () => {
    const code = await bundle(HELPERS);
    expect(code).not.toContain(full.meta.sha256);
    expect(code.length).toBeLessThan(100 * 1024);
  });
});
