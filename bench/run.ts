// Performance of the built package on the full dataset (run: npm run bench).
//
// 1. Cold start: fresh node processes that require() / import the main entry
//    and run one query, against the floor of a bare node process that reads
//    and JSON.parses dist/dataset.json. Runs interleave; medians are reported.
// 2. Warm queries: the cases in src/query/*/benchmark.ts, run in this process
//    against the built dist/index.js, median time per call.
//
// Options: --runs <n> cold runs per variant (default 30), --min-ms <n> time
// per warm sample (default 20).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchCase } from '../src/query/_lib/bench.js';
import type { Dataset } from '../src/schemas/dataset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string' }, 'min-ms': { type: 'string' } } });
const RUNS = Number(values.runs ?? 30);
const MIN_MS = Number(values['min-ms'] ?? 20);

const dist = path.join(root, 'dist');
for (const file of ['index.js', 'index.cjs', 'dataset.json']) {
  if (!existsSync(path.join(dist, file))) {
    console.error(`bench: dist/${file} is missing: run npm run build first (npm run bench does)`);
    process.exit(1);
  }
}

// Work on a copy, so a rebuild in the same tree mid-run cannot skew the numbers.
// It sits inside the repository so that node_modules still resolves.
const work = path.join(root, '.tmp', `bench-${process.pid}`);
mkdirSync(path.join(work, 'dist'), { recursive: true });
for (const file of readdirSync(dist)) if (/\.(c?js|json)$/.test(file)) cpSync(path.join(dist, file), path.join(work, 'dist', file));
writeFileSync(path.join(work, 'package.json'), '{"type":"module"}\n');
// Another build (a test's fixture build, say) may have left a small dataset in dist/: then build the full one here.
{
  const file = path.join(work, 'dist', 'dataset.json');
  const counts = (JSON.parse(readFileSync(file, 'utf8')) as Dataset).meta.counts;
  if (counts.visits < 1000) {
    const { buildDataset } = await import('../scripts/build/assemble.js');
    const { asciiJson } = await import('../scripts/build/ascii-json.js');
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const built = buildDataset(path.join(root, 'data'), version);
    if (built.dataset) {
      writeFileSync(file, `${asciiJson(built.dataset)}\n`);
      console.log(`note: dist/dataset.json held ${counts.visits} visits; benchmarking a dataset built from data/ instead.`);
    } else console.log(`note: dist/dataset.json holds ${counts.visits} visits and data/ does not build (${built.problems.length} problems): benchmarking the small one.`);
  }
}

const QUERY = "{ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }";
const PARSE = "JSON.parse(readFileSync(new URL('./dist/dataset.json', import.meta.url), 'utf8'));";
const scripts = {
  floor: ['floor.cjs', "JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8'));\n"],
  floorEsm: ['floor.mjs', `import { readFileSync } from 'node:fs';\n${PARSE}\n`],
  // The floors drop the parsed value at once; a user keeps it, and V8's idle
  // scavenge then copies ~50,000 live objects (about 15-25 ms on this machine).
  floorEsmKept: ['floor-kept.mjs', `import { readFileSync } from 'node:fs';\nglobalThis.kept = ${PARSE}\n`],
  load: ['load.cjs', "require('./dist/index.cjs').getDataset();\n"],
  require: ['require.cjs', `const m = require('./dist/index.cjs');\nm.visits(m.getDataset(), ${QUERY});\n`],
  import: ['import.mjs', `import { bundled } from './dist/index.js';\nbundled.visits(${QUERY});\n`],
} as const;
for (const [file, text] of Object.values(scripts)) writeFileSync(path.join(work, file), text);

function spawnMs(file: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [file], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${file} exited ${result.status}: ${result.stderr.toString()}`);
  return elapsed;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

try {
  const ds = (await import(pathToFileURL(path.join(work, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
  const dataset = ds.getDataset();
  const size = statSync(path.join(work, 'dist', 'dataset.json')).size / 1024 / 1024;
  console.log(`dataset ${dataset.meta.version} (sha256 ${dataset.meta.sha256.slice(0, 12)}…): ${dataset.meta.counts.visits} visits, ${dataset.meta.counts.trips} trips, ${size.toFixed(1)} MiB; node ${process.version}\n`);
  if (dataset.meta.counts.visits < 5000) console.log('note: the dataset is not the full one yet; the numbers are not representative.\n');

  // 1. Cold start.
  const times = Object.fromEntries(Object.keys(scripts).map((k) => [k, [] as number[]])) as Record<keyof typeof scripts, number[]>;
  const order = Object.keys(scripts) as (keyof typeof scripts)[];
  for (const name of order) spawnMs(scripts[name][0]); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < order.length; j++) {
      const name = order[(i + j) % order.length]!;
      times[name].push(spawnMs(scripts[name][0]));
    }
  }
  const m = Object.fromEntries(order.map((k) => [k, median(times[k])])) as Record<keyof typeof scripts, number>;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`Cold start: median of ${RUNS} fresh processes each, interleaved; ratio to the floor (node + one JSON.parse of dist/dataset.json)`);
  console.log(table(['variant', 'median ms', 'ratio to floor', 'ratio to ESM floor'], [
    ['floor: node floor.cjs (JSON.parse)', m.floor.toFixed(1), '1.00', ''],
    ['floor: node floor.mjs (ESM entry, JSON.parse)', m.floorEsm.toFixed(1), ratio(m.floorEsm, m.floor), '1.00'],
    ['floor.mjs keeping the parsed value', m.floorEsmKept.toFixed(1), ratio(m.floorEsmKept, m.floor), ratio(m.floorEsmKept, m.floorEsm)],
    ['require(main) + getDataset(), no query', m.load.toFixed(1), ratio(m.load, m.floor), ''],
    ['require(main) + first query', m.require.toFixed(1), ratio(m.require, m.floor), ''],
    ['import(main) + first query (bundled.visits)', m.import.toFixed(1), ratio(m.import, m.floor), ratio(m.import, m.floorEsm)],
  ]));
  console.log(`target: ratio under 1.2. The first query itself costs ${(m.require - m.load).toFixed(1)} ms over loading the dataset;`);
  console.log('getDataset() deep-freezes the parsed dataset (src/dataset/lazy.ts), which is most of the rest.\n');

  // 2. Warm queries.
  const folder = path.join(root, 'src', 'query');
  const cases: BenchCase[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name, 'benchmark.ts');
    if (existsSync(file)) cases.push(...((await import(pathToFileURL(file).href)) as { cases: BenchCase[] }).cases);
  }
  const rows: (string | number)[][] = [];
  for (const c of cases) {
    const first = performance.now();
    const result = c.run(ds, dataset);
    const firstMs = performance.now() - first;
    let calls = 1;
    for (;;) { // find a batch size that takes about MIN_MS
      const t = performance.now();
      for (let i = 0; i < calls; i++) c.run(ds, dataset);
      if (performance.now() - t >= MIN_MS || calls > 1e7) break;
      calls *= 2;
    }
    const samples: number[] = [];
    for (let s = 0; s < 15; s++) {
      const t = performance.now();
      for (let i = 0; i < calls; i++) c.run(ds, dataset);
      samples.push(((performance.now() - t) / calls) * 1000);
    }
    const size = Array.isArray(result) ? result.length : typeof result === 'number' ? `=${result}` : result ? 1 : 0;
    rows.push([c.name, size, firstMs.toFixed(2), median(samples).toFixed(2)]);
  }
  console.log('Warm queries (src/query/*/benchmark.ts against dist/index.js)');
  console.log(table(['query', 'results', 'first call ms', 'median µs/call'], rows));
  console.log('target: typical queries under 100 µs');
} finally {
  rmSync(work, { recursive: true, force: true });
}
