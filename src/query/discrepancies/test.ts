import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { discrepancies } from './index.js';

describe('discrepancies', () => {
  it('lists all by id, or those about one subject and what it contains', () => {
    expect(discrepancies(ds).map((d) => d.id)).toEqual(['blinken-2021-03-brussels-end', 'g7-2023-dates']);
    expect(discrepancies(ds, 'hsg-travel-3994').map((d) => d.id)).toEqual(['blinken-2021-03-brussels-end']);
    // The trip's visit names the G7 event.
    expect(discrepancies(ds, { type: 'trip', id: 'blinken-antony-j-2023-11-03' }).map((d) => d.id)).toEqual(['g7-2023-dates']);
    expect(discrepancies(ds, { type: 'visit', id: 'hsg-travel-4181' }).map((d) => d.id)).toEqual(['g7-2023-dates']);
    expect(discrepancies(ds, { type: 'source', id: 'hsg-travels' })).toEqual([]);
  });
  it('refuses unknown subjects', () => {
    expect(() => discrepancies(ds, 'g7-foreign-ministers')).toThrow(UnknownIdError);
    expect(() => discrepancies(ds, { type: 'source', id: 'reuters' })).toThrow(UnknownIdError);
    expect(() => discrepancies(ds, { type: 'place' as never, id: 'x' })).toThrow(InvalidArgumentError);
  });
});
