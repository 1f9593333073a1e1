// Scaling: the real dataset synthesised to 10x and 100x its visits and trips
// (each copy's ids made unique, its references renamed with it), then fresh
// processes measure load, first query and warm query, and the other grouped
// lookups warm, at each size. Run by bench/run.ts (by default at 10x and
// 100x: a 100x process parses ~300 MB and holds a few GB of heap).
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, linkSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { byStart } from '../src/query/_lib/dataset-index.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { datasetChecksum } from '../src/dataset/checksum.js';

type Json = Record<string, unknown>;

/** Copy k's id: official record numbers moved past every real one (so they still read as official), other ids suffixed. */
function copyId(id: string, k: number): string {
  const official = /^(hsg-(?:travel|visit)-)(\d+)$/.exec(id);
  return official ? `${official[1]}${Number(official[2]) + k * 10_000_000}` : `${id}-x${k}`;
}

/**
 * The dataset with `factor` times its visits and trips: copy k of a visit or
 * trip has ids renamed by {@link copyId}, and so have its references to the
 * copied visits and trips (trip.visitIds, visit.tripId, provenance recordIds
 * that name visits). People, countries, events and issues are shared.
 */
export function scaledDataset(ds: Dataset, factor: number): Dataset {
  const visits: Json[] = [];
  const trips: Json[] = [];
  for (let k = 0; k < factor; k++) {
    const rename = (id: string) => (k === 0 ? id : copyId(id, k));
    for (const v of ds.visits as unknown as Json[]) {
      const c = structuredClone(v);
      c.id = rename(c.id as string);
      if (typeof c.tripId === 'string') c.tripId = rename(c.tripId);
      for (const p of (c.provenance as { recordIds?: string[] }[] | undefined) ?? []) if (p.recordIds) p.recordIds = p.recordIds.map(rename);
      visits.push(c);
    }
    for (const t of ds.trips as unknown as Json[]) {
      const c = structuredClone(t);
      c.id = rename(c.id as string);
      c.visitIds = (c.visitIds as string[]).map(rename);
      trips.push(c);
    }
  }
  // Shipped in start order, as the build ships them.
  visits.sort(byStart as unknown as (a: Json, b: Json) => number);
  trips.sort(byStart as unknown as (a: Json, b: Json) => number);
  const out = { ...ds, visits, trips, meta: { ...ds.meta, counts: { ...ds.meta.counts, visits: visits.length, trips: trips.length } } } as unknown as Dataset;
  return out;
}

/** Writes a dataset collection by collection (a 100x file is near V8's longest string). */
export function writeDataset(file: string, ds: Dataset): void {
  const fd = openSync(file, 'w');
  try {
    const keys = Object.keys(ds) as (keyof Dataset)[];
    writeSync(fd, '{');
    keys.forEach((key, i) => {
      const value = ds[key] as unknown;
      writeSync(fd, `${i ? ',' : ''}${JSON.stringify(key)}:`);
      if (!Array.isArray(value)) writeSync(fd, JSON.stringify(value));
      else {
        writeSync(fd, '[');
        for (let j = 0; j < value.length; j += 1000) writeSync(fd, (j ? ',' : '') + value.slice(j, j + 1000).map((x) => JSON.stringify(x)).join(','));
        writeSync(fd, ']');
      }
    });
    writeSync(fd, '}\n');
  } finally {
    closeSync(fd);
  }
}

const QUERY = "{ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }";
/**
 * The other grouped lookups, warm, in the same process after the benched
 * query: [name, expression over m (the library) and ds]. Their results grow
 * with the data (every copy keeps its dates, people and countries) except
 * where they name one record (a trip, a visit), which every size holds once.
 */
export const EXTRA_QUERIES: readonly (readonly [name: string, expression: string])[] = [
  ['visits: one country, one year', "m.visits(ds, { country: 'CN', from: '2023-01-01', to: '2023-12-31' })"],
  ['visits: one month, anyone', "m.visits(ds, { from: '2023-11-01', to: '2023-11-30' })"],
  ['visits: one event', 'm.visits(ds, { event: EVENT })'],
  ['visits: Secretaries of State to China', "m.visits(ds, { kind: 'secretary-travel', country: 'CN' })"],
  ['trips: one person, one year', "m.trips(ds, { person: 'blinken-antony-j', from: '2023-01-01', to: '2023-12-31' })"],
  ['timeline: one person, one month', "m.timeline(ds, 'blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' })"],
  ['timeline: one person', "m.timeline(ds, 'blinken-antony-j')"],
  ['countriesVisited: one person, one year', "m.countriesVisited(ds, 'blinken-antony-j', { from: '2023-01-01', to: '2023-12-31' })"],
  ['travelStats: one person, one year', "m.travelStats(ds, 'blinken-antony-j', { from: '2023', to: '2023' })"],
  ['counterparts: one person', "m.counterparts(ds, 'blinken-antony-j')"],
  ['firstVisit: one person, one country', "m.firstVisit(ds, { person: 'blinken-antony-j' }, 'JP')"],
  ['lastVisit: one person, one country, one year', "m.lastVisit(ds, { person: 'blinken-antony-j' }, 'JP', { from: '2023-01-01', to: '2023-12-31' })"],
  ['events: one person', "m.events(ds, { person: 'blinken-antony-j' })"],
  ['itinerary: one trip', "m.itinerary(ds, 'blinken-antony-j-2021-03-15')"],
  ['tripOf: one visit', "m.tripOf(ds, 'hsg-travel-4181')"],
  ['issuesOf: one visit', "m.issuesOf(ds, { type: 'visit', id: 'hsg-travel-4181' })"],
];
// Each figure is CPU time inside the process (node's own start-up left out), so sizes compare directly.
const CPU = 'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };\n';
/**
 * Calls f for about `ms` of CPU, after three calls (the index scans for the first keys of a grouping,
 * then builds it on the third: a one-off, not the warm cost), a full garbage collection and a wait until the
 * collector's background threads are idle (process CPU time counts them); µs per call. This settles
 * what earlier work left (a memo built on the first call, another query's garbage): on a heap of a
 * few GB one major collection costs a second of CPU, and it would land on whichever query runs next.
 */
const SETTLE = 'const settle = () => { if (globalThis.gc) globalThis.gc(); const cell = new Int32Array(new SharedArrayBuffer(4)); for (let i = 0; i < 100; i++) { const c = cpu(); Atomics.wait(cell, 0, 0, 20); if (cpu() - c < 1) break; } };\n';
const WARM = SETTLE + 'const warm = (f, ms) => { f(); f(); f(); settle(); let calls = 0; const w0 = cpu(); while (cpu() - w0 < ms) { f(); calls++; } return ((cpu() - w0) / calls) * 1000; };\n';
const size = (x: string) => `((r) => (Array.isArray(r) ? r.length : r ? 1 : 0))(${x})`;
const SCRIPTS = {
  floor: `${CPU}${WARM}const t0 = cpu();\nconst ds = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8'));\nconst t1 = cpu();
const hand = () => ds.visits.filter((v) => v.traveler.personId === 'blinken-antony-j' && v.end >= '2023-11-01' && v.start <= '2023-11-30');
hand();\nconst t2 = cpu();
// The same filter warm: a pass over every visit, what the machine charges per record at this size.
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, warm: warm(hand, 200) }));\n`,
  lib: `${CPU}${WARM}const t0 = cpu();\nconst m = require('./dist/index.cjs');\nconst ds = m.getDataset();\nconst t1 = cpu();
const n = m.visits(ds, ${QUERY}).length;\nconst t2 = cpu();
const out = { load: t1 - t0, first: t2 - t1, warm: warm(() => m.visits(ds, ${QUERY}), 200), n, extra: {} };
if (process.argv[2] === 'extra') {
  const EVENT = 'us-africa-leaders-summit-us-2022-12';
${EXTRA_QUERIES.map(([name, expression]) => `  out.extra[${JSON.stringify(name)}] = { warm: warm(() => ${expression}, 100), n: ${size(expression)} };`).join('\n')}
}
console.log(JSON.stringify(out));\n`,
  loadDataset: `${CPU}const text = require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8');\nconst { loadDataset } = require('./dist/schemas.cjs');
const t0 = cpu();\nloadDataset(text);\nconsole.log(JSON.stringify({ loadDataset: cpu() - t0 }));\n`,
};

export interface ScaleRow {
  factor: number; visits: number; floorLoad: number; load: number; floorFirst: number; first: number; floorWarm: number; warm: number; results: number; loadDataset?: number;
  /** {@link EXTRA_QUERIES} by name: warm µs per call (median over the runs) and result count. */
  extra: Record<string, { warm: number; n: number }>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface ScaleOptions {
  /** Fresh processes per script at a factor (a 100x process takes seconds: fewer there). */
  runs: (factor: number) => number;
  /** loadDataset is measured up to this factor (its canonical JSON of a 100x dataset is near V8's longest string). */
  loadDatasetUpTo?: number;
  /** Also measure {@link EXTRA_QUERIES}. */
  extra?: boolean;
}

/**
 * Measures each factor in its own folder (a copy of each build's `dist`
 * with the scaled dataset.json): fresh processes per script, medians. With
 * several builds (an older dist to compare), their processes run in turn,
 * A B A B, so a drift in the machine's speed hits both alike. Returns one
 * list of rows per build.
 */
export function measureScaling(dists: readonly string[], workRoot: string, ds: Dataset, factors: readonly number[], options: ScaleOptions): ScaleRow[][] {
  const { loadDatasetUpTo = 10, extra = false } = options;
  const rows: ScaleRow[][] = dists.map(() => []);
  for (const factor of factors) {
    const dir = path.join(workRoot, `scale-${factor}`);
    const withLoad = factor <= loadDatasetUpTo;
    mkdirSync(dir, { recursive: true });
    // Written, then dropped before the measured processes start: a 100x dataset is a few GB of heap.
    const visits = (() => {
      const scaled = factor === 1 ? ds : scaledDataset(ds, factor);
      const meta = { ...scaled.meta, sha256: withLoad ? datasetChecksum(scaled) : scaled.meta.sha256 };
      writeDataset(path.join(dir, 'dataset.json'), { ...scaled, meta } as Dataset);
      return scaled.visits.length;
    })();
    const builds = dists.map((dist, b) => {
      const build = path.join(dir, `build-${b}`);
      mkdirSync(path.join(build, 'dist'), { recursive: true });
      for (const file of readdirSync(dist)) if (/\.(c?js)$/.test(file)) cpSync(path.join(dist, file), path.join(build, 'dist', file));
      // One copy of the big file for every build.
      linkSync(path.join(dir, 'dataset.json'), path.join(build, 'dist', 'dataset.json'));
      writeFileSync(path.join(build, 'package.json'), '{"type":"module"}\n');
      for (const [name, text] of Object.entries(SCRIPTS)) writeFileSync(path.join(build, `${name}.cjs`), text);
      return build;
    });
    // Big heaps need room: 100x parses to a few GB.
    const run = (build: string, name: string, ...args: string[]) => {
      const r = spawnSync(process.execPath, ['--max-old-space-size=12000', '--expose-gc', `${name}.cjs`, ...args], { cwd: build, encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`scale ${factor}x ${name}: exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
      return JSON.parse(r.stdout) as Record<string, number> & { extra: ScaleRow['extra'] };
    };
    const floors: Record<string, number>[] = [];
    const libs = builds.map(() => [] as ReturnType<typeof run>[]);
    const loads = builds.map(() => [] as number[]);
    for (let i = 0; i < options.runs(factor); i++) {
      floors.push(run(builds[0]!, 'floor'));
      // Alternate which build goes first, so neither always runs on a warmer machine.
      const order = builds.map((_, b) => b);
      if (i % 2) order.reverse();
      for (const b of order) {
        libs[b]!.push(run(builds[b]!, 'lib', ...(extra ? ['extra'] : [])));
        if (withLoad) loads[b]!.push(run(builds[b]!, 'loadDataset').loadDataset!);
      }
    }
    builds.forEach((_, b) => {
      const mine = libs[b]!;
      const extras: ScaleRow['extra'] = {};
      if (extra) for (const [name] of EXTRA_QUERIES) extras[name] = { warm: median(mine.map((l) => l.extra[name]!.warm)), n: mine[0]!.extra[name]!.n };
      rows[b]!.push({
        factor, visits,
        floorLoad: median(floors.map((f) => f.load!)), floorFirst: median(floors.map((f) => f.first!)), floorWarm: median(floors.map((f) => f.warm!)), load: median(mine.map((l) => l.load!)), first: median(mine.map((l) => l.first!)),
        warm: median(mine.map((l) => l.warm!)), results: mine[0]!.n!, ...(withLoad ? { loadDataset: median(loads[b]!) } : {}), extra: extras,
      });
    });
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const grew = (x: number | undefined, y: number | undefined) => (x === undefined || y === undefined ? '-' : `${(x / y).toFixed(1)}x`);

/** The scaling figures as text: the benched query at each size, then every {@link EXTRA_QUERIES} warm. */
export function scalingReport(rows: readonly ScaleRow[]): string {
  const base = rows[0]!;
  const out = [table(['size', 'visits', 'floor load ms', 'load ms', 'load / floor', 'load grew', 'floor first ms', 'first query ms', 'first / floor', 'first grew', 'floor warm µs', 'floor warm grew', 'warm µs', 'warm grew', 'results', 'loadDataset ms', 'loadDataset grew'], rows.map((r) => [
    `${r.factor}x`, r.visits, r.floorLoad.toFixed(1), r.load.toFixed(1), (r.load / r.floorLoad).toFixed(2), grew(r.load, base.load), r.floorFirst.toFixed(2), r.first.toFixed(2), (r.first / r.floorFirst).toFixed(2), grew(r.first, base.first),
    r.floorWarm.toFixed(0), grew(r.floorWarm, base.floorWarm), r.warm.toFixed(1), grew(r.warm, base.warm), r.results, r.loadDataset?.toFixed(0) ?? '-', grew(r.loadDataset, base.loadDataset),
  ]))];
  const names = Object.keys(base.extra);
  if (names.length) {
    const sizes = rows.slice(1);
    out.push('', 'Other queries, warm µs per call at each size, and how much time and results grew against 1x:');
    out.push(table(['query', ...rows.map((r) => `${r.factor}x µs`), ...sizes.flatMap((r) => [`${r.factor}x grew`, `results grew`])], names.map((name) => [
      name, ...rows.map((r) => r.extra[name]!.warm.toFixed(1)),
      ...sizes.flatMap((r) => [grew(r.extra[name]!.warm, base.extra[name]!.warm), grew(r.extra[name]!.n, base.extra[name]!.n)]),
    ])));
  }
  return out.join('\n');
}
