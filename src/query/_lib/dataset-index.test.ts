import { describe, expect, it } from 'vitest';
import { freshSmallDataset } from '../../../tests/fixtures/small-dataset.js';
import { byStart, indexOf, Lookup } from './dataset-index.js';
import { search, SEARCH_TYPES } from '../search/index.js';

const records = (ids: string[]) => ids.map((id) => ({ id }));

describe('Lookup', () => {
  it('finds records in an array sorted by key (binary search) and in one that is not (scan)', () => {
    for (const ids of [['a-1', 'a-2', 'a-10', 'b', 'c'], ['c', 'a-10', 'b', 'a-1', 'a-2']]) {
      const lookup = new Lookup(records(ids), (r) => r.id);
      for (const id of ids) expect(lookup.get(id)?.id).toBe(id);
      expect(lookup.get('a-3')).toBeUndefined();
      expect(lookup.has('b')).toBe(true);
      expect(lookup.has('zz')).toBe(false);
    }
  });

  it('gives the same answers before and after it builds its Map', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `r-${(i * 37) % 50}`);
    const lookup = new Lookup(records(ids), (r) => r.id);
    for (let round = 0; round < 3; round++) {
      for (const id of ids) expect(lookup.get(id)?.id).toBe(id);
      expect(lookup.get('r-50')).toBeUndefined();
    }
    expect([...lookup.keys()].sort()).toEqual([...ids].sort());
  });
});

describe('DatasetIndex', () => {
  it('keeps the dataset\'s order when it is start order, and sorts a copy when it is not', () => {
    const ds = freshSmallDataset();
    const sorted = { ...ds, visits: [...ds.visits].sort(byStart) };
    expect(indexOf(sorted).visitsSorted).toEqual(sorted.visits);
    // a copy: filter on a frozen array is slow in V8
    expect(indexOf(sorted).visitsSorted).not.toBe(sorted.visits);
    const reversed = { ...ds, visits: [...ds.visits].sort(byStart).reverse() };
    const index = indexOf(reversed);
    expect(index.visitsSorted).not.toBe(reversed.visits);
    expect(index.visitsSorted.map((v) => v.id)).toEqual(sorted.visits.map((v) => v.id));
  });

  it('finds visits and trips by id whatever their order', () => {
    const ds = freshSmallDataset();
    const shuffled = { ...ds, visits: [...ds.visits].reverse(), trips: [...ds.trips].reverse() };
    const index = indexOf(shuffled);
    for (const v of ds.visits) expect(index.visitById.get(v.id)).toEqual(v);
    for (const t of ds.trips) expect(index.tripById.get(t.id)).toEqual(t);
  });
});

describe('search documents', () => {
  it('searching some collections gives the same hits as searching all and keeping those', () => {
    const ds = freshSmallDataset();
    const all = search(ds, 'a');
    for (const type of SEARCH_TYPES) {
      expect(search(freshSmallDataset(), 'a', { types: [type] })).toEqual(all.filter((h) => h.type === type));
    }
    expect(search(freshSmallDataset(), 'a', { types: ['visit', 'person'] })).toEqual(all.filter((h) => h.type === 'person' || h.type === 'visit'));
  });

  it('gives the same hits on a first search (records matched one by one) as on later ones (documents kept)', () => {
    const ds = freshSmallDataset();
    const first = search(ds, 'a');
    expect(first.length).toBeGreaterThan(0);
    expect(search(ds, 'a')).toEqual(first);
    expect(search(ds, 'a')).toEqual(first);
    expect(search(ds, 'a', { limit: 2 })).toEqual(first.slice(0, 2));
  });
});
