// Performance of the built package on the full dataset (run: npm run bench).
//
// 1. Cold start, as pairs: each figure is a fresh node process run in turn
//    with its floor (node + read + JSON.parse of the same dataset.json, plus
//    the same work done by hand where there is a query), A B A B …; the
//    ratio is taken pair by pair and its median reported, so it holds when
//    the machine's speed drifts. Covers require / import + first query and
//    the first call of each helper (bench/first-calls.ts).
// 2. Warm queries: the cases in src/query/*/benchmark.ts, run in this process
//    against the built dist/index.js, median time per call.
// 3. Scaling (bench/scale.ts): the dataset synthesised to 10x and 100x its
//    visits and trips; load, first and warm query, loadDataset (up to 10x)
//    and the other grouped lookups warm at each size, and how much each grew.
//
// Options: --runs <n> cold pairs per figure (default 30), --min-ms <n> time
// per warm sample (default 20), --dist <dir> benchmark another build's dist
// folder (an older checkout's, to compare), --cold-only skip the warm queries
// and scaling, --scale <factors> comma-separated (default 10,100; 0 for none).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchCase } from '../src/query/_lib/bench.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { firstCalls } from './first-calls.js';
import { measureScaling, scalingReport } from './scale.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string' }, 'min-ms': { type: 'string' }, dist: { type: 'string' }, 'cold-only': { type: 'boolean' }, scale: { type: 'string' } } });
const RUNS = Number(values.runs ?? 30);
const MIN_MS = Number(values['min-ms'] ?? 20);

const dist = values.dist ? path.resolve(values.dist) : path.join(root, 'dist');
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
const READ = "require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8')";
const HAND_QUERY = "ds.visits.filter((v) => v.traveler.personId === 'blinken-antony-j' && v.end >= '2023-11-01' && v.start <= '2023-11-30');\n";
const ESM_PARSE = "import { readFileSync } from 'node:fs';\nconst ds = JSON.parse(readFileSync(new URL('./dist/dataset.json', import.meta.url), 'utf8'));\n";
/** Each figure and its floor: [label, script A, script B]; a script is [file name, text]. */
type Script = readonly [file: string, text: string];
const floor: Script = ['floor.cjs', `JSON.parse(${READ});\n`];
// The floors drop the parsed value at once; a user keeps it, and V8's idle
// scavenge then copies ~50,000 live objects (about 15-25 ms on this machine).
const floorKept: Script = ['floor-kept.cjs', `globalThis.kept = JSON.parse(${READ});\n`];
const handQuery: Script = ['hand-query.cjs', `const ds = JSON.parse(${READ});\n${HAND_QUERY}`];
const handQueryEsm: Script = ['hand-query.mjs', `${ESM_PARSE}${HAND_QUERY}`];
const CLI_ARGS = ['visits', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30', '--format', 'json'];
// The bin as `npx diplomatic-visits` runs it: dist/cli.cjs (an older build's --dist: dist/cli.js, an ES module).
const cliBin = existsSync(path.join(dist, 'cli.cjs')) ? 'cli.cjs' : 'cli.js';
const cliSetArgv = `process.argv = [process.argv[0], 'dist/${cliBin}', ...${JSON.stringify(CLI_ARGS)}];\n`;
const cliQuery: Script = cliBin === 'cli.cjs' ? ['cli-query.cjs', `${cliSetArgv}require('./dist/cli.cjs');\n`] : ['cli-query.mjs', `${cliSetArgv}await import('./dist/cli.js');\n`];
const handCliQuery: Script = [
  'hand-cli-query.cjs',
  `const ds = JSON.parse(${READ});\nconst rows = ${HAND_QUERY.trim().replace(/;$/, '')}.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));\nprocess.stdout.write(JSON.stringify(rows, null, 2) + '\\n');\n`,
];
const pairs: [string, Script, Script][] = [
  ['floor keeping the parsed value / floor', floorKept, floor],
  ['require(main) + getDataset(), no query / floor', ['load.cjs', "require('./dist/index.cjs').getDataset();\n"], floor],
  // A user's file validated whole: schema, counts, checksum, integrity rules, freeze.
  ['require(schemas) + loadDataset(text) / floor', ['load-dataset.cjs', `require('./dist/schemas.cjs').loadDataset(${READ});\n`], floor],
  ['require(main) + first query / by hand', ['require.cjs', `const m = require('./dist/index.cjs');\nm.visits(m.getDataset(), ${QUERY});\n`], handQuery],
  ['import(main) + first query (bundled.visits) / by hand in ESM', ['import.mjs', `import { bundled } from './dist/index.js';\nbundled.visits(${QUERY});\n`], handQueryEsm],
  ...firstCalls.map((c, i): [string, Script, Script] => [`first ${c.name} / by hand`, [`first-${i}.cjs`, c.lib], [`hand-${i}.cjs`, c.hand]]),
  // The CLI answering one question, against a script that reads, parses, filters and prints the same bytes.
  ['CLI visits --format json / read, filter, print by hand', cliQuery, handCliQuery],
];
for (const [, a, b] of pairs) for (const [file, text] of [a, b]) writeFileSync(path.join(work, file), text);

// Each process reports its own CPU time (user + sys) as it exits: on a shared,
// loaded machine wall time mostly measures the wait for a core, CPU time the work.
writeFileSync(path.join(work, 'cpu.cjs'), "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu-us ' + (u.user + u.system) + '\\n'); });\n");
interface Run { wall: number; cpu: number }
function spawnRun(file: string): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', './cpu.cjs', file], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - started;
  const stderr = result.stderr.toString();
  const cpu = /cpu-us (\d+)\n$/.exec(stderr);
  if (result.status !== 0 || !cpu) throw new Error(`node ${file} exited ${result.status}: ${stderr}`);
  return { wall, cpu: Number(cpu[1]) / 1000 };
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

  // The CLI pair is a fair floor only if both print the same bytes: checked once, said in the output.
  const printed = (file: string) => spawnSync(process.execPath, [file], { cwd: work, encoding: 'utf8' }).stdout;
  const same = printed(cliQuery[0]) === printed(handCliQuery[0]);
  console.log(`CLI pair: \`diplomatic-visits ${CLI_ARGS.join(' ')}\` and the hand-written script print ${same ? 'the same bytes' : 'DIFFERENT bytes (the ratio is not comparable)'}.\n`);

  // 1. Cold start, pair by pair.
  for (const [, a, b] of pairs) { spawnRun(a[0]); spawnRun(b[0]); } // warm the file cache
  const runs = pairs.map(() => [] as [Run, Run][]);
  for (let i = 0; i < RUNS; i++) {
    pairs.forEach(([, a, b], p) => {
      // alternate which goes first, so neither always runs on a warmer machine
      if (i % 2) {
        const y = spawnRun(b[0]);
        runs[p]!.push([spawnRun(a[0]), y]);
      } else runs[p]!.push([spawnRun(a[0]), spawnRun(b[0])]);
    });
  }
  console.log(`Cold start: ${RUNS} pairs of fresh processes per figure, A B in turn; each ratio A/B is taken pair by pair, its median reported (and min..max).`);
  console.log('CPU is the process\'s own user + sys time, the figure to quote on a shared machine; wall time includes waiting for a core.');
  console.log('The floor is node + read + JSON.parse of the same dist/dataset.json; "by hand" adds the same work as plain finds and filters (bench/first-calls.ts).');
  console.log(table(['A / B', 'A cpu ms', 'B cpu ms', 'cpu ratio', 'cpu ratio range', 'wall ratio'], pairs.map(([label], p) => {
    const pr = runs[p]!;
    const cpu = pr.map(([x, y]) => x.cpu / y.cpu).sort((x, y) => x - y);
    return [label, median(pr.map(([x]) => x.cpu)).toFixed(1), median(pr.map(([, y]) => y.cpu)).toFixed(1), median(cpu).toFixed(2),
      `${cpu[0]!.toFixed(2)}..${cpu[cpu.length - 1]!.toFixed(2)}`, median(pr.map(([x, y]) => x.wall / y.wall)).toFixed(2)];
  })));
  console.log('target: every ratio at most 1.05.\n');
  if (!values['cold-only']) {
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
    const factors = (values.scale ?? '10,100').split(',').map(Number).filter((f) => f > 1);
    if (factors.length) {
      // 3. Scaling: fewer processes at 100x, where each loads for seconds.
      const started = performance.now();
      console.log(`\nScaling: the dataset synthesised to ${factors.map((f) => `${f}x`).join(' and ')} its visits and trips (bench/scale.ts); CPU inside fresh processes (start-up left out), medians.`);
      const [rows] = measureScaling([path.join(work, 'dist')], work, dataset as unknown as Dataset, [1, ...factors], { runs: (f) => (f >= 100 ? 3 : 5), extra: true });
      console.log(scalingReport(rows!));
      console.log('target: each figure grows at most as the data does (10x data, at most 10x cost); the query\'s results grow with the data too.');
      console.log(`(scaling took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
