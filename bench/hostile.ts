// Hostile input, time and memory (issue 11; run: npm run bench:hostile).
//
// Builds the worst cases a user could bring (long parent chains and cycles,
// tens of thousands of identical stays, many links per issue, deep nesting,
// huge buffers, a long search text, special and huge --dataset files) and
// runs each in its own node process against the built package (dist/), so
// that the peak memory is that process's real peak (getrusage maxRSS). Prints
// for each whether it loads or is refused, its wall time (the whole process,
// node start-up included), its CPU time and its peak RSS, against the budget:
// under 2 s (the smaller of wall and CPU time: wall time on a loaded machine
// measures the wait for a core) and 500 MB. Not a test: timing depends on the machine; the
// answers themselves are asserted in tests/hostile-cost.test.ts.
//
// Options: --only <substring> runs the cases whose name contains it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Dataset } from '../src/schemas/dataset.js';
import { addIdenticalStays, addLongTrip, addManyLinks, addParentChain, seal } from '../tests/fixtures/hostile-data.js';
import { freshSmallDataset } from '../tests/fixtures/small-dataset.js';

const BUDGET_MS = 2000;
const BUDGET_MB = 500;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const { values } = parseArgs({ options: { only: { type: 'string' } } });
for (const file of ['cli.js', 'index.js', 'schemas.js', 'dataset.json']) {
  if (!existsSync(path.join(dist, file))) {
    console.error(`bench:hostile: dist/${file} is missing: run npm run build first (npm run bench:hostile does)`);
    process.exit(1);
  }
}

const work = path.join(root, '.tmp', `hostile-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const file = (name: string) => path.join(work, name);

// Runs in every child: its own peak RSS and CPU time, written where the parent reads them.
writeFileSync(file('preload.mjs'), `import { writeFileSync } from 'node:fs';
process.on('exit', (code) => {
  const r = process.resourceUsage();
  writeFileSync(process.env.HOSTILE_BENCH_OUT, JSON.stringify({ code, maxRssKb: r.maxRSS, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000 }));
});
`);

// A library case: one call on the built package; prints how it ended.
writeFileSync(file('library.mjs'), `const [what, arg] = process.argv.slice(2);
const fs = await import('node:fs');
const schemas = await import(${JSON.stringify(path.join(dist, 'schemas.js'))});
const lib = await import(${JSON.stringify(path.join(dist, 'index.js'))});
let deep = 'bottom';
for (let i = 0; i < 100000; i++) deep = [deep];
const cases = {
  load: () => schemas.loadDataset(fs.readFileSync(arg)),
  loadValue: () => schemas.loadDataset({ ...JSON.parse(fs.readFileSync(arg, 'utf8')), [process.argv[4]]: process.argv[4] === 'meta' ? deep : Buffer.alloc(39e6) }),
  loadBuffer: () => schemas.loadDataset(Buffer.alloc(39e6, 0x7b)),
  search: () => lib.search(lib.getDataset(), arg === 'long' ? 'a '.repeat(5e5) : arg === 'repeated' ? 'security '.repeat(100).slice(0, 999) : Array.from({ length: 32 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'.slice(0, 1 + (i % 26)) + i).join(' ')),
  filter: () => lib.visits(lib.getDataset(), { person: deep }),
};
const t = performance.now();
try {
  const result = cases[what]();
  const size = Array.isArray(result) ? result.length + ' hits' : result?.meta ? result.visits.length + ' visits, ' + result.issues.length + ' issues' : '';
  console.log(JSON.stringify({ outcome: 'loads', detail: size, opMs: performance.now() - t }));
} catch (error) {
  console.log(JSON.stringify({ outcome: error.name === 'RangeError' || error.name === 'TypeError' ? 'CRASH ' + error.name : 'refused', detail: String(error.message), opMs: performance.now() - t }));
}
`);

interface Case {
  name: string;
  /** Builds the input files; not measured. */
  setup?: () => void;
  /** node arguments after the preload. */
  args: () => string[];
  env?: Record<string, string>;
}

const writeDataset = (name: string, ds: Dataset) => writeFileSync(file(name), JSON.stringify(ds));
const built = (name: string, build: (c: ReturnType<typeof freshSmallDataset>) => unknown) => () =>
  writeDataset(name, seal(freshSmallDataset(), build(freshSmallDataset()) as Dataset));
const cli = (...args: string[]) => [path.join(dist, 'cli.js'), ...args];
const library = (...args: string[]) => [file('library.mjs'), ...args];

const cases: Case[] = [
  { name: 'bundled dataset via --dataset (baseline, 3.6 MB)', args: () => cli('stats', '--dataset', path.join(dist, 'dataset.json')) },
  { name: 'parent chain of 6,000 issues (CLI issues --dataset)', setup: built('chain.json', (c) => addParentChain(c, 6000)), args: () => cli('issues', '--dataset', file('chain.json'), '--format', 'json') },
  { name: 'parent chain of 50,000 issues (loadDataset)', setup: built('chain50k.json', (c) => addParentChain(c, 50_000)), args: () => library('load', file('chain50k.json')) },
  { name: 'parent cycle of 20,000 issues (loadDataset)', setup: built('cycle.json', (c) => addParentChain(c, 20_000, { cycle: true })), args: () => library('load', file('cycle.json')) },
  { name: '20,000 identical official + 20,000 curated stays (CLI visits --dataset)', setup: built('stays.json', (c) => addIdenticalStays(c, 20_000)), args: () => cli('visits', '--dataset', file('stays.json'), '--country', 'TR') },
  { name: '20,000 curated stays each repeating one of 20,000 (loadDataset)', setup: built('clash.json', (c) => addIdenticalStays(c, 20_000, { clash: true })), args: () => library('load', file('clash.json')) },
  { name: '30,000 links on one issue + 30,000 reserved issues (loadDataset)', setup: built('links.json', (c) => addManyLinks(c, 30_000)), args: () => library('load', file('links.json')) },
  { name: 'one trip of 30,000 visits (loadDataset)', setup: built('trip.json', (c) => addLongTrip(c, 30_000)), args: () => library('load', file('trip.json')) },
  { name: 'meta nested 100,000 arrays deep, as JSON text (loadDataset)', setup: () => writeFileSync(file('deep.json'), readFileSync(path.join(dist, 'dataset.json'), 'utf8').replace('"meta":{', `"meta":${'['.repeat(100_000)}${']'.repeat(100_000)},"x":{`)), args: () => library('load', file('deep.json')) },
  { name: 'meta nested 100,000 arrays deep, as a value (loadDataset)', args: () => library('loadValue', path.join(dist, 'dataset.json'), 'meta') },
  { name: 'a 39 MB Buffer as the visits (loadDataset)', args: () => library('loadValue', path.join(dist, 'dataset.json'), 'visits') },
  { name: 'a 39 MB Buffer as the dataset (loadDataset)', args: () => library('loadBuffer') },
  { name: 'filter value nested 100,000 deep (visits helper)', args: () => library('filter') },
  { name: "search 'a '.repeat(5e5), 1 MB of text (search helper)", args: () => library('search', 'long') },
  { name: 'search one word repeated to 999 characters (search helper)', args: () => library('search', 'repeated') },
  { name: 'search 32 different words (search helper)', args: () => library('search', 'many') },
  { name: 'search with a 130 KB argument (CLI)', args: () => cli('search', 'ab '.repeat(130_000 / 3)) },
  { name: '--dataset /dev/zero (CLI)', args: () => cli('visits', '--dataset', '/dev/zero') },
  { name: '--dataset a pipe with no writer (CLI)', setup: () => { spawnSync('mkfifo', [file('fifo')]); }, args: () => cli('visits', '--dataset', file('fifo')) },
  { name: '--dataset a 3 GB (sparse) file (CLI)', setup: () => { writeFileSync(file('huge.json'), ''); truncateSync(file('huge.json'), 3 * 2 ** 30); }, args: () => cli('visits', '--dataset', file('huge.json')) },
  { name: 'diff of a 15.9 MiB file of zeros and the bundled dataset (CLI)', setup: () => writeFileSync(file('zeros.json'), Buffer.alloc(16 * 2 ** 20 - 2 ** 17)), args: () => cli('diff', file('zeros.json'), path.join(dist, 'dataset.json')) },
  { name: 'repl --dataset, 15.9 MiB of one valid JSON string (CLI)', setup: () => writeFileSync(file('string.json'), `"${'x'.repeat(16 * 2 ** 20 - 2 ** 17)}"`), args: () => cli('repl', '--dataset', file('string.json')) },
  { name: 'largest valid dataset under the 16 MiB limit (CLI stats --dataset)', setup: built('near-limit.json', (c) => addIdenticalStays(c, 26_000)), args: () => cli('stats', '--dataset', file('near-limit.json')) },
];

interface Row { name: string; outcome: string; detail: string; wallMs: number; cpuMs: number; rssMb: number; ok: boolean }
const rows: Row[] = [];
const selected = cases.filter((c) => !values.only || c.name.includes(values.only));
console.log(`bench:hostile: ${selected.length} cases, each in its own node process; budget ${BUDGET_MS} ms and ${BUDGET_MB} MB each`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
// On a machine shared with other work, wall time measures the queue for a core as much as the case: the
// budget is judged on the smaller of wall and CPU time (CPU time of the process, GC threads included).
console.log('time budget judged on min(wall, CPU time): wall time grows with the load of the machine, CPU time much less\n');
for (const c of selected) {
  c.setup?.();
  const out = file('result.json');
  rmSync(out, { force: true });
  const args = c.args();
  // The size of the file a case reads, if any.
  const input = args.slice(1).find((a) => a.endsWith('.json') && existsSync(a) && statSync(a).isFile());
  const inputNote = input ? `, input ${(statSync(input).size / 2 ** 20).toFixed(1)} MiB` : '';
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', path.join(work, 'preload.mjs'), ...args], {
    encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOSTILE_BENCH_OUT: out, ...c.env }, timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - start;
  const usage = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { code: number; maxRssKb: number; cpuMs: number }) : undefined;
  let outcome: string;
  let detail: string;
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (line.startsWith('{"outcome"')) ({ outcome, detail } = JSON.parse(line) as { outcome: string; detail: string });
  else if (run.signal) [outcome, detail] = [`KILLED (${run.signal})`, ''];
  else if (run.status === 0) [outcome, detail] = ['loads', `${run.stdout.length} bytes of output`];
  else [outcome, detail] = [run.status === 2 || run.status === 1 ? 'refused' : `exit ${run.status}`, run.stderr.trim().split('\n')[0] ?? ''];
  if (/^\s+at /m.test(run.stderr)) outcome = 'CRASH (stack trace)';
  const rssMb = (usage?.maxRssKb ?? NaN) / 1024;
  const row = { name: c.name, outcome, detail: detail.replace(/\s+/g, ' ').slice(0, 110), wallMs, cpuMs: usage?.cpuMs ?? NaN, rssMb, ok: !outcome.startsWith('CRASH') && !outcome.startsWith('KILLED') && Math.min(wallMs, usage?.cpuMs ?? Infinity) < BUDGET_MS && rssMb < BUDGET_MB };
  rows.push(row);
  console.log(`${row.ok ? 'ok  ' : 'OVER'} ${row.name}\n     ${row.outcome}: ${row.detail}\n     wall ${row.wallMs.toFixed(0)} ms, cpu ${row.cpuMs.toFixed(0)} ms, peak RSS ${row.rssMb.toFixed(0)} MB${inputNote}`);
}
const over = rows.filter((r) => !r.ok);
console.log(`\n${rows.length - over.length} of ${rows.length} cases within ${BUDGET_MS} ms and ${BUDGET_MB} MB${over.length ? `; over: ${over.map((r) => r.name).join('; ')}` : ''}`);
process.exitCode = over.length ? 1 : 0;
