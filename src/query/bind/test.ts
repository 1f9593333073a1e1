import { describe, expect, it } from 'vitest';
import { freshSmallDataset, smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { helpers } from '../helpers.js';
import { visits } from '../visits/index.js';
import { bind } from './index.js';

describe('bind', () => {
  it('binds every helper to a dataset', () => {
    const q = bind(ds);
    expect(Object.keys(q).sort()).toEqual(Object.keys(helpers).sort());
    expect(q.visits({ person: 'austin-lloyd-j' })).toEqual(visits(ds, { person: 'austin-lloyd-j' }));
    expect(q.daysAbroad('blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' })).toBe(8);
    expect(q.dataset).toBe(ds);
  });
  it('calls a loader lazily, on the first query', () => {
    let calls = 0;
    const copy = freshSmallDataset();
    const q = bind(() => {
      calls++;
      return copy;
    });
    expect(calls).toBe(0);
    expect(q.trips({ person: 'austin-lloyd-j' }).map((t) => t.id)).toEqual(['austin-lloyd-j-2021-03-15']);
    expect(calls).toBe(1);
  });
  it('never freezes a dataset it is given (its results come from a frozen copy), and freezes the bound set itself', () => {
    const copy = freshSmallDataset();
    const [first] = bind(copy).visits();
    expect(Object.isFrozen(copy.visits[0]!.traveler)).toBe(false);
    expect(Object.isFrozen(first!.traveler)).toBe(true);
    expect(Object.isFrozen(bind(copy))).toBe(true);
  });
  it('refuses something that is not a dataset', () => {
    expect(() => bind(42 as never)).toThrow(/source: expected a dataset/);
    expect(() => bind((() => ({ nope: true })) as never).visits()).toThrow(/dataset: expected a dataset object/);
  });
});
