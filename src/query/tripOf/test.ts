import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { tripOf } from './index.js';

describe('tripOf', () => {
  it("returns a visit's trip, or undefined outside any trip", () => {
    expect(tripOf(ds, 'hsg-travel-4182')?.id).toBe('blinken-antony-j-2023-11-03');
    expect(tripOf(ds, 'hsg-travel-3994')).toBeUndefined();
  });
  it('refuses an unknown visit id with the nearest ones', () => {
    expect(() => tripOf(ds, 'hsg-travel-418')).toThrow(UnknownIdError);
    expect(() => tripOf(ds, 'hsg-travel-418')).toThrow(/visitId: unknown visit "hsg-travel-418".*"hsg-travel-4181"/);
  });
});
