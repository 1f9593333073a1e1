// Scaling: the real dataset synthesised to 10x and 100x its visits and trips
// (each copy's ids made unique, its references renamed with it), then fresh
// processes measure load, first query and warm query at each size. Run by
// bench/run.ts (--scale 10,100; the default is 10 only, 100x takes minutes and
// a few GB of memory).
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
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
function writeDataset(file: string, ds: Dataset): void {
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
// Each figure is CPU time inside the process (node's own start-up left out), so sizes compare directly.
const CPU = 'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };\n';
const SCRIPTS = {
  floor: `${CPU}const t0 = cpu();\nconst ds = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8'));\nconst t1 = cpu();
ds.visits.filter((v) => v.traveler.personId === 'blinken-antony-j' && v.end >= '2023-11-01' && v.start <= '2023-11-30');\nconst t2 = cpu();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));\n`,
  lib: `${CPU}const t0 = cpu();\nconst m = require('./dist/index.cjs');\nconst ds = m.getDataset();\nconst t1 = cpu();
const n = m.visits(ds, ${QUERY}).length;\nconst t2 = cpu();
let calls = 0; const w0 = cpu(); while (cpu() - w0 < 200) { m.visits(ds, ${QUERY}); calls++; }
const warm = ((cpu() - w0) / calls) * 1000;
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, warm, n }));\n`,
  loadDataset: `${CPU}const text = require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8');\nconst { loadDataset } = require('./dist/schemas.cjs');
const t0 = cpu();\nloadDataset(text);\nconsole.log(JSON.stringify({ loadDataset: cpu() - t0 }));\n`,
};

export interface ScaleRow { factor: number; visits: number; floorLoad: number; load: number; first: number; warm: number; results: number; loadDataset?: number }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Measures each factor in its own folder (a copy of `dist` with the scaled
 * dataset.json): `runs` fresh processes per script, medians. loadDataset is
 * measured up to `loadDatasetUpTo` (its canonical JSON of a 100x dataset is
 * near V8's longest string).
 */
export function measureScaling(dist: string, workRoot: string, ds: Dataset, factors: number[], runs: number, loadDatasetUpTo = 10): ScaleRow[] {
  const rows: ScaleRow[] = [];
  for (const factor of factors) {
    const dir = path.join(workRoot, `scale-${factor}`);
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    for (const file of readdirSync(dist)) if (/\.(c?js)$/.test(file)) cpSync(path.join(dist, file), path.join(dir, 'dist', file));
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    const withLoad = factor <= loadDatasetUpTo;
    // Written, then dropped before the measured processes start: a 100x dataset is a few GB of heap.
    const visits = (() => {
      const scaled = factor === 1 ? ds : scaledDataset(ds, factor);
      const meta = { ...scaled.meta, sha256: withLoad ? datasetChecksum(scaled) : scaled.meta.sha256 };
      writeDataset(path.join(dir, 'dist', 'dataset.json'), { ...scaled, meta } as Dataset);
      return scaled.visits.length;
    })();
    for (const [name, text] of Object.entries(SCRIPTS)) writeFileSync(path.join(dir, `${name}.cjs`), text);
    // Big heaps need room: 100x parses to a few GB.
    const run = (name: string) => {
      const r = spawnSync(process.execPath, ['--max-old-space-size=12000', `${name}.cjs`], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`scale ${factor}x ${name}: exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
      return JSON.parse(r.stdout) as Record<string, number>;
    };
    const floors: Record<string, number>[] = [];
    const libs: Record<string, number>[] = [];
    const loads: number[] = [];
    for (let i = 0; i < runs; i++) {
      floors.push(run('floor'));
      libs.push(run('lib'));
      if (withLoad) loads.push(run('loadDataset').loadDataset!);
    }
    rows.push({
      factor, visits,
      floorLoad: median(floors.map((f) => f.load!)), load: median(libs.map((l) => l.load!)), first: median(libs.map((l) => l.first!)),
      warm: median(libs.map((l) => l.warm!)), results: libs[0]!.n!, ...(withLoad ? { loadDataset: median(loads) } : {}),
    });
  }
  return rows;
}
