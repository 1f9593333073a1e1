import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { people } from './index.js';

describe('people', () => {
  it('lists everyone without a filter, as a new array of the records', () => {
    const all = people(ds);
    expect(all.map((p) => p.id)).toEqual(ds.people.map((p) => p.id));
    expect(all).not.toBe(ds.people);
  });
  it('finds people by every word of a name or id, in any order, case and accents aside', () => {
    expect(people(ds, { name: 'blinken' }).map((p) => p.id)).toEqual(['blinken-antony-j']);
    expect(people(ds, { name: 'Antony  BLINKEN' }).map((p) => p.id)).toEqual(['blinken-antony-j']);
    expect(people(ds, { name: 'erdogan' }).map((p) => p.id)).toEqual(['erdogan-recep-tayyip']);
    expect(people(ds, { name: 'wang-yi' }).map((p) => p.id)).toEqual(['wang-yi']);
    // Every word must match: Joseph Biden is not "joseph tito".
    expect(people(ds, { name: 'joseph tito' })).toEqual([]);
    // A word matches inside a name: "jos" finds Joseph Biden and Josip Broz Tito.
    expect(people(ds, { name: 'jos' }).map((p) => p.id)).toEqual(['biden-joseph-r', 'tito-josip-broz']);
  });
  it('refuses a name with no word, a name that is not text, and unknown keys', () => {
    expect(() => people(ds, { name: ' , ' })).toThrow(InvalidArgumentError);
    expect(() => people(ds, { name: 42 as unknown as string })).toThrow(InvalidArgumentError);
    expect(() => people(ds, { nam: 'blinken' } as never)).toThrow(InvalidArgumentError);
  });
});
