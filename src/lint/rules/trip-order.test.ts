import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addLongTrip } from '../../../tests/fixtures/hostile-data.js';
import { tripOrder } from './trip-order.js';

describe('trip-order', () => {
  it('passes visits in travel order inside the trip', () => {
    expect(tripOrder.check(validContent())).toEqual([]);
  });
  it('reports visits out of travel order', () => {
    const data = validContent();
    data.trips[0]!.visitIds.reverse();
    const problems = tripOrder.check(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ collection: 'trips', field: 'visitIds[1]' });
    expect(problems[0]!.message).toMatch(/expected travel order/);
  });
  it('reports a visit outside the trip dates', () => {
    const data = validContent();
    data.trips[0]!.end = '2021-03-17';
    expect(tripOrder.check(data)).toMatchObject([{ collection: 'trips', field: 'visitIds[1]', message: expect.stringMatching(/outside the trip/) }]);
  });
  it("reports another traveller's visit in a trip", () => {
    const data = validContent();
    data.trips[0]!.visitIds = ['hsg-travel-1', 'austin-2021-03-15-jp', 'hsg-travel-2'];
    data.visits[2]!.tripId = 'blinken-antony-j-2021-03-15';
    expect(tripOrder.check(data)).toMatchObject([{ field: 'visitIds[1]', message: expect.stringMatching(/expected a visit by blinken-antony-j/) }]);
  });
  it('reports a tripId that disagrees with the trip listing the visit', () => {
    const data = validContent();
    delete data.visits[1]!.tripId;
    expect(tripOrder.check(data)).toMatchObject([{ collection: 'visits', id: 'hsg-travel-2', field: 'tripId' }]);
  });
  // Large adversarial input: one trip of 50,000 visits, listed backwards.
  it('checks a trip of 50,000 visits quickly', { timeout: 60_000 }, () => {
    const data = addLongTrip(validContent(), 50_000);
    expect(tripOrder.check(data)).toEqual([]);
    const trip = data.trips.find((t) => t.id === 'long-trip')!;
    data.visits.filter((v) => v.tripId === 'long-trip').forEach((v, i) => { v.start = v.end = `2019-06-0${1 + (i % 2)}`; });
    trip.visitIds.reverse();
    // Alternating days listed backwards: every visit after a later one is out of order.
    expect(tripOrder.check(data).length).toBe(25_000);
  });
});
