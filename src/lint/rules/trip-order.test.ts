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

  it('marks visits out of travel order fixable, and nothing else', () => {
    const data = validContent();
    data.trips[0]!.visitIds.reverse();
    expect(tripOrder.check(data)[0]!.fixable).toBe(true);
    data.trips[0]!.end = '2021-03-17';
    expect(tripOrder.check(data).filter((p) => !p.fixable)).toMatchObject([{ message: expect.stringMatching(/outside the trip/) }]);
  });

  describe('fixer', () => {
    it("puts a trip's visits in travel order, and a second run changes nothing", () => {
      const data = addLongTrip(validContent(), 5);
      const trip = data.trips.find((t) => t.id === 'long-trip')!;
      const inOrder = [...trip.visitIds];
      inOrder.forEach((id, i) => Object.assign(data.visits.find((v) => v.id === id)!, { start: `2019-06-0${i + 1}`, end: `2019-06-0${i + 1}` }));
      trip.end = '2019-06-05';
      trip.visitIds = [inOrder[3]!, inOrder[0]!, inOrder[4]!, inOrder[2]!, inOrder[1]!];
      data.trips[0]!.visitIds.reverse();
      const before = structuredClone(data);
      const fixes = tripOrder.fix!(data, before);
      expect(fixes).toEqual([
        { rule: 'trip-order', collection: 'trips', id: 'blinken-antony-j-2021-03-15', field: 'visitIds', before: ['hsg-travel-2', 'hsg-travel-1'], after: ['hsg-travel-1', 'hsg-travel-2'] },
        { rule: 'trip-order', collection: 'trips', id: 'long-trip', field: 'visitIds', before: before.trips.find((t) => t.id === 'long-trip')!.visitIds, after: inOrder },
      ]);
      expect(trip.visitIds).toEqual(inOrder);
      expect(tripOrder.check(data)).toEqual([]);
      expect(tripOrder.fix!(data, data)).toEqual([]);
    });
    it('keeps the listed order of visits with the same dates, and sorts by end after start', () => {
      const data = validContent();
      Object.assign(data.visits[1]!, { start: '2021-03-15', end: '2021-03-16' });
      data.trips[0]!.visitIds = ['hsg-travel-1', 'hsg-travel-2'];
      expect(tripOrder.fix!(data, data)).toMatchObject([{ after: ['hsg-travel-2', 'hsg-travel-1'] }]);
      Object.assign(data.visits[1]!, { start: '2021-03-15', end: '2021-03-17' });
      expect(tripOrder.fix!(data, data)).toEqual([]);
    });
    it('leaves a trip that lists an unknown visit alone', () => {
      const data = validContent();
      data.trips[0]!.visitIds = ['hsg-travel-2', 'no-such-visit', 'hsg-travel-1'];
      expect(tripOrder.fix!(data, data)).toEqual([]);
      expect(data.trips[0]!.visitIds).toEqual(['hsg-travel-2', 'no-such-visit', 'hsg-travel-1']);
    });
  });
});
