import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { countries } from './index.js';

describe('countries', () => {
  it('lists every country without a filter, as a new array of the records', () => {
    const all = countries(ds);
    expect(all.map((c) => c.code)).toEqual(ds.countries.map((c) => c.code));
    expect(all).not.toBe(ds.countries);
  });
  it('keeps the countries of a region and of a subregion, in any case', () => {
    expect(countries(ds, { region: 'europe' }).map((c) => c.code)).toEqual(['BE', 'YUCS']);
    expect(countries(ds, { subregion: 'Eastern Asia' }).map((c) => c.code)).toEqual(['CN', 'JP', 'KR']);
    expect(countries(ds, { region: 'Asia', subregion: 'western asia' }).map((c) => c.code)).toEqual(['IL', 'JO', 'TR']);
    // Both must hold: no country is in Europe and Eastern Asia.
    expect(countries(ds, { region: 'Europe', subregion: 'Eastern Asia' })).toEqual([]);
  });
  it('refuses an unknown region with the nearest, text that is not a string, and unknown keys', () => {
    const error = (() => {
      try {
        countries(ds, { region: 'Asai' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).argument).toBe('filter.region');
    expect((error as UnknownIdError).suggestions).toContain('Asia');
    expect(() => countries(ds, { subregion: 7 as unknown as string })).toThrow(InvalidArgumentError);
    expect(() => countries(ds, { continent: 'Asia' } as never)).toThrow(InvalidArgumentError);
  });
});
