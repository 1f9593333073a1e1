// dist/curated.json, the data of `diplomatic-visits/curated`: the curated layer and every record it
// references, cut from the whole dataset at build time. It must hold to the same rules as the whole.
// Needs dist/ (npm test builds it first).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintDataset } from '../src/lint/index.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { COLLECTIONS } from '../src/schemas/meta.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { datasetChecksum } from '../src/dataset/checksum.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
let full: Dataset;
let curated: Dataset;

beforeAll(() => {
  full = readJson('dist/dataset.json') as Dataset;
  curated = readJson('dist/curated.json') as Dataset;
});

const key = (collection: string, r: { id?: string; code?: string }) => `${collection}|${r.id ?? r.code}`;

describe('dist/curated.json', () => {
  it('passes loadDataset: the schemas, its counts, its checksum and every integrity rule', () => {
    expect(() => loadDataset(readFileSync(path.join(root, 'dist/curated.json'), 'utf8'))).not.toThrow();
    expect(lintDataset(curated)).toEqual([]);
    expect(datasetChecksum(curated)).toBe(curated.meta.sha256);
    for (const c of COLLECTIONS) expect(curated.meta.counts[c], c).toBe(curated[c].length);
  });

  it('says it is a subset, of which dataset', () => {
    expect(curated.meta.subset).toMatchObject({ name: 'curated', of: full.meta.sha256 });
    expect(curated.meta.subset?.note).toMatch(/subset/i);
    expect(full.meta.subset).toBeUndefined();
    const { subset: _s, sha256: _h, counts: _c, ...rest } = curated.meta;
    const { sha256: _h2, counts: _c2, ...fullRest } = full.meta;
    expect(rest).toEqual(fullRest); // same version, schema version and official snapshots
  });

  it('holds records of the whole dataset verbatim, in the same order', () => {
    for (const c of COLLECTIONS) {
      const whole = new Map(full[c].map((r) => [key(c, r), JSON.stringify(r)]));
      const order = full[c].map((r) => key(c, r));
      const mine = curated[c].map((r) => key(c, r));
      for (const r of curated[c]) expect(JSON.stringify(r), key(c, r)).toBe(whole.get(key(c, r)));
      expect(mine).toEqual(order.filter((k) => mine.includes(k)));
    }
  });

  it('holds the whole curated layer: every curated visit, trip, event, issue, link and discrepancy', () => {
    const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
    expect(ids(curated.trips.filter((t) => !t.derived))).toEqual(ids(full.trips.filter((t) => !t.derived)));
    expect(ids(curated.visits.filter((v) => !v.id.startsWith('hsg-')))).toEqual(ids(full.visits.filter((v) => !v.id.startsWith('hsg-'))));
    // Events and links derived from the official remarks stay in the whole dataset (an attended event comes along with its visit).
    for (const c of ['events', 'issueLinks'] as const) {
      expect(ids(curated[c].filter((r) => !r.derivedBy)), c).toEqual(ids(full[c].filter((r) => !r.derivedBy)));
    }
    expect(curated.issueLinks.filter((l) => l.derivedBy)).toEqual([]);
    // Every issue the curated links use, with its parents, is in.
    const inSubset = new Set(ids(curated.issues));
    for (const l of curated.issueLinks) {
      for (let i: string | undefined = l.issueId; i; i = full.issues.find((x) => x.id === i)!.parentId) expect(inSubset.has(i), i).toBe(true);
    }
    const curatedDiscrepancies = (readJson('data/curated/discrepancies.json') as { id: string }[]).map((d) => d.id);
    expect(ids(curated.discrepancies)).toEqual(expect.arrayContaining(curatedDiscrepancies));
    // the official visits the curated layer annotates are in, with their annotations merged
    for (const note of readJson('data/curated/visit-annotations.json') as { visitId: string }[]) {
      expect(ids(curated.visits)).toContain(note.visitId);
    }
  });

  it('is a small part of the whole', () => {
    const size = (file: string) => readFileSync(path.join(root, file)).length;
    console.log(`dist/curated.json: ${(size('dist/curated.json') / 1024).toFixed(0)} KiB, ${curated.visits.length} visits; dist/dataset.json: ${(size('dist/dataset.json') / 1024).toFixed(0)} KiB, ${full.visits.length} visits`);
    expect(size('dist/curated.json')).toBeLessThan(size('dist/dataset.json') / 10);
    expect(curated.visits.length).toBeLessThan(full.visits.length / 10);
  });
});
