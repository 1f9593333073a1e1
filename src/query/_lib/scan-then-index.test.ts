// The switch in DatasetIndex from scanning the visits for one key to building
// the whole grouping: it happens after a few lookups, and the answers are the
// same either side of it. Observed by counting reads of each visit's traveller
// (the key of the grouping by person), not by reading the index's internals.
import { describe, expect, it } from 'vitest';
import { freshSmallDataset } from '../../../tests/fixtures/small-dataset.js';
import { deepFreeze } from '../../dataset/freeze.js';
import { byStart, indexOf } from './dataset-index.js';

function countingDataset() {
  const ds = freshSmallDataset();
  let reads = 0;
  const visits = ds.visits.map((v) => {
    const copy = { ...v };
    const traveler = v.traveler;
    Object.defineProperty(copy, 'traveler', { enumerable: true, get: () => (reads++, traveler) });
    return copy;
  });
  // Frozen, as shipped data is: the index takes it as it is, rather than a copy of its values.
  return { ds: deepFreeze({ ...ds, visits }), plain: ds, reads: () => reads };
}

describe('scan, then index', () => {
  it('scans for the first keys, then builds the grouping once, then reads no visit again', () => {
    const { ds, reads } = countingDataset();
    const index = indexOf(ds);
    const n = ds.visits.length;
    const people = [...new Set(ds.visits.flatMap((v) => (v as { traveler: { personId?: string } }).traveler.personId ?? []))];
    expect(people.length).toBeGreaterThanOrEqual(4);
    // Each lookup's cost in traveller reads: n for a scan or for the build, 0 after.
    const costs = people.map((id) => {
      const before = reads();
      index.visitsOfPerson(id);
      return (reads() - before) / n;
    });
    const switchAt = costs.indexOf(0);
    expect(switchAt, `costs ${costs.join(',')}`).toBeGreaterThan(1); // at least one scan, then the build
    expect(costs.slice(0, switchAt).every((c) => c === 1)).toBe(true);
    expect(costs.slice(switchAt).every((c) => c === 0)).toBe(true);
    // A key asked again before the switch is remembered, not scanned again.
    const again = countingDataset();
    const first = indexOf(again.ds);
    first.visitsOfPerson(people[0]!);
    const once = again.reads();
    first.visitsOfPerson(people[0]!);
    expect(again.reads()).toBe(once);
  });

  it('gives the same visits, in start order, before and after the switch, and none for an unknown key', () => {
    const { ds, plain } = countingDataset();
    const index = indexOf(ds);
    const people = [...new Set(plain.visits.flatMap((v) => v.traveler.personId ?? []))];
    const expected = (id: string) => plain.visits.filter((v) => v.traveler.personId === id).sort(byStart).map((v) => v.id);
    // Every person asked three times over: the first round scans, then builds; later rounds use the grouping.
    for (let round = 0; round < 3; round++) {
      for (const id of people) expect(index.visitsOfPerson(id).map((v) => v.id), `${id} round ${round}`).toEqual(expected(id));
      expect(index.visitsOfPerson('nobody-at-all')).toEqual([]);
    }
    // And the same on a fresh index that switches on other keys first.
    const other = indexOf({ ...plain, visits: [...plain.visits] });
    for (const id of [...people].reverse()) expect(other.visitsOfPerson(id).map((v) => v.id)).toEqual(expected(id));
  });
});
