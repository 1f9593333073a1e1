import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { itinerary } from './index.js';

describe('itinerary', () => {
  it('lists the stops in travel order with nights and events', () => {
    const plan = itinerary(ds, 'blinken-antony-j-2023-11-03');
    expect(plan.trip.id).toBe('blinken-antony-j-2023-11-03');
    expect(plan.nights).toBe(7);
    expect(plan.stops.map((s) => [s.visit.id, s.country.name, s.nights, s.events.map((e) => e.id)])).toEqual([
      ['hsg-travel-4177', 'Israel', 0, []],
      ['hsg-travel-4178', 'Jordan', 1, []],
      ['hsg-travel-4181', 'Japan', 1, ['g7-foreign-ministers-2023-11-07']],
      ['hsg-travel-4182', 'South Korea', 1, []],
      ['hsg-travel-4183', 'India', 1, []],
    ]);
  });
  it('gives new objects each call, the records themselves inside', () => {
    const a = itinerary(ds, 'blinken-antony-j-2021-03-15');
    (a.stops as unknown[]).pop(); // the type says readonly; a caller who ignores it changes only their copy
    const b = itinerary(ds, 'blinken-antony-j-2021-03-15');
    expect(b.stops).toHaveLength(2);
    expect(b.stops[0]!.visit).toBe(ds.visits.find((v) => v.id === 'hsg-travel-3992'));
  });
  it('refuses an unknown trip id with the nearest ones', () => {
    expect(() => itinerary(ds, 'blinken-antony-j-2021-03-16')).toThrow(UnknownIdError);
    expect(() => itinerary(ds, 'blinken-antony-j-2021-03-16')).toThrow(/tripId: unknown trip .*"blinken-antony-j-2021-03-15"/);
  });
});
