import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { firstVisit } from './index.js';

describe('firstVisit', () => {
  it("finds a person's first visit to a country", () => {
    expect(firstVisit(ds, { person: 'blinken-antony-j' }, 'JP')?.id).toBe('hsg-travel-3992');
    expect(firstVisit(ds, { person: 'austin-lloyd-j' }, 'CN')).toBeUndefined();
  });
  it('finds the first visit by a kind of traveller', () => {
    expect(firstVisit(ds, { kind: 'foreign-leader-visit' }, 'US')?.id).toBe('hsg-visit-100');
    expect(firstVisit(ds, { kind: 'secretary-travel' }, 'kr')?.id).toBe('hsg-travel-3993');
  });
  it('refuses bad arguments, naming them', () => {
    expect(() => firstVisit(ds, { person: 'blinken-antony-j' }, 'Japan')).toThrow(UnknownIdError);
    expect(() => firstVisit(ds, { person: 'blinken-antony-j' }, 'Japan')).toThrow(/^country: unknown country "Japan".*"JP"/);
    expect(() => firstVisit(ds, { kind: 'secretary' as never }, 'JP')).toThrow(/^by\.kind: /);
    expect(() => firstVisit(ds, { country: 'JP' } as never, 'JP')).toThrow(InvalidArgumentError);
  });
});
