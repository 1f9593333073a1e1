import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { countriesVisited } from '../countriesVisited/index.js';
import { daysAbroad } from '../daysAbroad/index.js';
import { trips } from '../trips/index.js';
import { visits } from '../visits/index.js';
import { travelStats } from './index.js';

describe('travelStats', () => {
  it("counts a person's travel in a range, with the first and last visit", () => {
    const stats = travelStats(ds, 'blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' });
    expect(stats.person.id).toBe('blinken-antony-j');
    // Nov 2023: IL, JO, JP, KR, IN on one trip, the US stay at home, BE on another.
    expect([stats.trips, stats.visits, stats.countries, stats.daysAbroad]).toEqual([2, 7, 6, 8]);
    expect(stats.firstVisit?.id).toBe('hsg-travel-4177');
    expect(stats.lastVisit?.id).toBe('hsg-travel-4184');
  });
  it('agrees with the helpers of the same names over the whole record', () => {
    for (const person of ['blinken-antony-j', 'austin-lloyd-j', 'erdogan-recep-tayyip'] as const) {
      const stats = travelStats(ds, person);
      const list = visits(ds, { person });
      expect(stats.visits).toBe(list.length);
      expect(stats.trips).toBe(trips(ds, { person }).length);
      expect(stats.countries).toBe(countriesVisited(ds, person).length);
      expect(stats.daysAbroad).toBe(daysAbroad(ds, person));
      expect(stats.firstVisit).toBe(list[0]);
      expect(stats.lastVisit).toBe(list[list.length - 1]);
    }
  });
  it('has no first or last visit when the range holds none', () => {
    const stats = travelStats(ds, 'blinken-antony-j', { from: '1990', to: '1990' });
    expect([stats.trips, stats.visits, stats.countries, stats.daysAbroad]).toEqual([0, 0, 0, 0]);
    expect(stats.firstVisit).toBeUndefined();
    expect(stats.lastVisit).toBeUndefined();
  });
  it('refuses an unknown person and a reversed range', () => {
    expect(() => travelStats(ds, 'nobody')).toThrow(UnknownIdError);
    expect(() => travelStats(ds, 'blinken-antony-j', { from: '2024', to: '2023' })).toThrow(InvalidArgumentError);
  });
});
