// The bundled data in a browser app (run by npm run bench, or: tsx bench/browser.ts [--runs n]).
//
// The sample app (`bundled.visits({ person: 'blinken-antony-j' })`) and the data alone, bundled
// by esbuild for the browser (minified) from the built dist/: their size, gzipped and brotli'd,
// and the CPU time V8 takes to evaluate them in a fresh process (node:vm, the bundle's text
// already in memory), as a ratio to the floor: JSON.parse of dist/dataset.json's text. Each
// figure and the floor run as pairs, A B A B …, and the median of the pairwise ratios is
// reported, as in bench/run.ts. The shipped form is dist/dataset.browser.js (a string literal, each
// collection in the compact form of src/dataset/codec.ts, decoded on first use); "a JSON import" is
// what esbuild makes of dataset.json (an object literal).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const RUNS = Number(values.runs ?? 20);
for (const file of ['browser.js', 'dataset.browser.js', 'dataset.json']) {
  if (!existsSync(path.join(root, 'dist', file))) {
    console.error(`bench/browser: dist/${file} is missing: run npm run build first (npm run bench does)`);
    process.exit(1);
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'dv-bench-browser-'));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

try {
  const app = path.join(work, 'app');
  mkdirSync(path.join(app, 'node_modules'), { recursive: true });
  writeFileSync(path.join(app, 'package.json'), '{"name":"app","private":true,"type":"module"}\n');
  symlinkSync(root, path.join(app, 'node_modules', 'diplomatic-visits'), 'dir');
  const dist = (f: string) => JSON.stringify(path.join(root, 'dist', f));
  const sources: Record<string, string> = {
    'shipped data: scan the string, decode all': `import text, { layout } from ${dist('dataset.browser.js')};\nimport { decodeCollection } from ${JSON.stringify(path.join(root, 'src', 'dataset', 'codec.ts'))};\nconst data = JSON.parse(text);\nfor (const key of layout.encoded) data[key] = decodeCollection(data[key]);\nglobalThis.data = data;\n`,
    'a JSON import (esbuild: an object literal)': `import data from ${dist('dataset.json')};\nglobalThis.data = data;\n`,
    'sample app loaded, before its first query': "import { bundled } from 'diplomatic-visits';\nglobalThis.bundled = bundled;\n",
    'sample app, first query answered': "import { bundled } from 'diplomatic-visits';\nglobalThis.n = bundled.visits({ person: 'blinken-antony-j' }).length;\n",
  };
  const files: Record<string, string> = {};
  console.log('Browser bundles (esbuild, platform browser, minified), from dist/:');
  let i = 0;
  for (const [label, contents] of Object.entries(sources)) {
    const result = await esbuild.build({ absWorkingDir: app, stdin: { contents, resolveDir: app }, bundle: true, platform: 'browser', format: 'iife', minify: true, write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]!.contents;
    const file = path.join(work, `bundle-${i++}.js`);
    writeFileSync(file, code);
    files[label] = file;
    console.log(`  ${label.padEnd(44)} ${kib(code.length).padStart(9)}, gzip ${kib(gzipSync(code).length)} (level 6) / ${kib(gzipSync(code, { level: 9 }).length)} (level 9), brotli ${kib(brotliCompressSync(code).length)}`);
  }
  const text = readFileSync(path.join(root, 'dist', 'dataset.json'));
  console.log(`  ${'dist/dataset.json itself'.padEnd(44)} ${kib(text.length).padStart(9)}, gzip ${kib(gzipSync(text).length)} (level 6) / ${kib(gzipSync(text, { level: 9 }).length)} (level 9), brotli ${kib(brotliCompressSync(text).length)}\n`);

  // One fresh process per run: it reads its input (untimed), then reports the CPU time of the evaluation alone.
  const child = path.join(work, 'child.cjs');
  writeFileSync(child, `const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const [file, floor] = process.argv.slice(2);
const input = readFileSync(file, 'utf8');
const t = process.cpuUsage();
if (floor) globalThis.data = JSON.parse(input);
else new vm.Script(input, { filename: file }).runInThisContext();
const u = process.cpuUsage(t);
process.stdout.write(String((u.user + u.system) / 1000));
`);
  const run = (file: string, floor = false) => {
    const r = spawnSync(process.execPath, [child, file, ...(floor ? ['floor'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`bench/browser: ${file} exited ${r.status}: ${r.stderr}`);
    return Number(r.stdout);
  };
  const floorFile = path.join(root, 'dist', 'dataset.json');
  const labels = Object.keys(files);
  const pairs = labels.map(() => [] as [number, number][]);
  for (let r = 0; r < RUNS; r++) {
    labels.forEach((label, p) => {
      // alternate which goes first, so neither always runs on a warmer machine
      if (r % 2) {
        const b = run(floorFile, true);
        pairs[p]!.push([run(files[label]!), b]);
      } else pairs[p]!.push([run(files[label]!), run(floorFile, true)]);
    });
  }
  console.log(`Evaluating the bundle in V8 (node:vm, a fresh process each), against the floor: JSON.parse of dist/dataset.json's text. ${RUNS} pairs per figure; CPU ms, medians; the ratio is taken pair by pair.`);
  const rows = labels.map((label, p) => {
    const pr = pairs[p]!;
    const ratios = pr.map(([a, b]) => a / b).sort((x, y) => x - y);
    return [label, median(pr.map(([a]) => a)).toFixed(1), median(pr.map(([, b]) => b)).toFixed(1), median(ratios).toFixed(2), `${ratios[0]!.toFixed(2)}..${ratios[ratios.length - 1]!.toFixed(2)}`];
  });
  const headers = ['A / JSON.parse of dataset.json', 'A cpu ms', 'floor cpu ms', 'ratio', 'range'];
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ');
  console.log([line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
  console.log('The first query adds the library: its code, the freeze of the dataset and the query itself.\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
