// The shipped files are frozen by their known shape (src/dataset/freeze-shipped.ts),
// not by a generic walk: check that every object in them ends up frozen, so a
// record that gains a nested object the shaped freeze misses fails here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freezeShipped, shippedFrozen } from '../src/dataset/freeze-shipped.js';
import { indexOf } from '../src/query/_lib/dataset-index.js';
import type { BundledDataset } from '../src/schemas/records.js';
import { freshSmallDataset } from './fixtures/small-dataset.js';
import { unfrozenPaths as unfrozen } from './helpers/unfrozen.js';


const dist = path.resolve(import.meta.dirname, '..', 'dist');

describe('freezeShipped', () => {
  for (const file of ['dataset.json', 'curated.json']) {
    it.skipIf(!existsSync(path.join(dist, file)))(`freezes every object of dist/${file}`, () => {
      const ds = freezeShipped(JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as BundledDataset);
      expect(unfrozen(ds, 'dataset', []).slice(0, 10)).toEqual([]);
      expect(shippedFrozen.has(ds)).toBe(true);
    });
  }

  it('freezes every object of the small dataset, optional fields included', () => {
    const ds = freezeShipped(freshSmallDataset() as unknown as BundledDataset);
    expect(unfrozen(ds, 'dataset', [])).toEqual([]);
    expect(() => { (ds.visits[0]!.traveler as { name: string }).name = 'x'; }).toThrow(TypeError);
  });

  it('a dataset the caller brings is queried through a deep-frozen copy, and left as it is', () => {
    const ds = freshSmallDataset();
    const index = indexOf(ds);
    expect(unfrozen(index.ds, 'dataset', [])).toEqual([]);
    expect(Object.isFrozen(ds)).toBe(false);
  });
});
