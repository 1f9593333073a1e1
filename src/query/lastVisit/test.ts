import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { lastVisit } from './index.js';

describe('lastVisit', () => {
  it('finds the latest visit by start date', () => {
    expect(lastVisit(ds, { kind: 'secretary-travel' }, 'CN')?.id).toBe('hsg-travel-4229');
    expect(lastVisit(ds, { person: 'blinken-antony-j' }, 'JP')?.id).toBe('hsg-travel-4181');
    expect(lastVisit(ds, { traveler: 'tito' }, 'US')?.id).toBe('hsg-visit-100');
    expect(lastVisit(ds, { person: 'biden-joseph-r' }, 'CN')).toBeUndefined();
  });
  it('refuses an unknown person', () => {
    expect(() => lastVisit(ds, { person: 'bidn' }, 'CN')).toThrow(UnknownIdError);
    expect(() => lastVisit(ds, { person: 'bidn' }, 'CN')).toThrow(/^by\.person: .*"biden-joseph-r"/);
  });
});
