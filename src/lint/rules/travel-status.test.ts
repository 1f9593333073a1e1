import { describe, expect, it } from 'vitest';
import type { DatasetContent } from '../../schemas/dataset.js';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { oneVisitPerStay } from './one-visit-per-stay.js';
import { travelStatus } from './travel-status.js';

const QUOTE = 'Blinken postponed a much-anticipated trip to Beijing.';

/** The base data plus a postponed trip to Japan with its one visit, as the curated layer writes them. */
function withPostponed(): DatasetContent {
  const data = validContent();
  data.visits.push({
    id: 'blinken-2021-04-01-jp', traveler: { personId: 'blinken-antony-j', name: 'Antony J. Blinken', title: 'Secretary of State' },
    travelerCountry: 'US', country: 'JP', start: '2021-04-01', end: '2021-04-01', dateQualifier: 'unknown',
    dateNote: 'The planned dates are unknown; postponed by this day.', status: 'postponed', kind: 'secretary-travel',
    tripId: 'blinken-antony-j-2021-04-01', eventIds: [], provenance: [{ sourceId: 'article-a', quote: QUOTE }],
  });
  data.trips.push({
    id: 'blinken-antony-j-2021-04-01', personId: 'blinken-antony-j', title: 'Japan (postponed)', start: '2021-04-01', end: '2021-04-01',
    dateQualifier: 'unknown', status: 'postponed', visitIds: ['blinken-2021-04-01-jp'], derived: false,
    provenance: [{ sourceId: 'article-a', quote: QUOTE }],
  });
  return data;
}

const visitOf = (data: DatasetContent, id: string) => data.visits.find((v) => v.id === id)!;
const tripOf = (data: DatasetContent, id: string) => data.trips.find((t) => t.id === id)!;

describe('travel-status', () => {
  it('passes the base data and a postponed trip that rests on a quote', () => {
    expect(travelStatus.check(validContent())).toEqual([]);
    expect(travelStatus.check(withPostponed())).toEqual([]);
  });

  it('reports a postponed visit with no quote from a source that reports it', () => {
    const data = withPostponed();
    // An official dataset is no evidence that a trip was put off: it lists travel made.
    visitOf(data, 'blinken-2021-04-01-jp').provenance = [{ sourceId: 'hsg-travels', quote: QUOTE }];
    expect(travelStatus.check(data)).toEqual([
      { rule: 'travel-status', collection: 'visits', id: 'blinken-2021-04-01-jp', field: 'provenance', message: 'postponed without a quote from a source that reports it: expected evidence for the status' },
    ]);
  });

  it('reports a postponed trip that cites official records, and an official visit marked cancelled', () => {
    const data = withPostponed();
    tripOf(data, 'blinken-antony-j-2021-04-01').provenance!.push({ sourceId: 'hsg-travels', recordIds: ['hsg-travel-1'] });
    visitOf(data, 'hsg-travel-2').status = 'cancelled';
    const problems = travelStatus.check(data);
    expect(problems.map((p) => [p.collection, p.id, p.field])).toEqual([
      ['visits', 'hsg-travel-2', 'status'],
      ['visits', 'hsg-travel-2', 'provenance'],
      ['visits', 'hsg-travel-2', 'provenance[0].recordIds'],
      ['trips', 'blinken-antony-j-2021-03-15', 'visitIds[1]'],
      ['trips', 'blinken-antony-j-2021-04-01', 'provenance[1].recordIds'],
    ]);
    expect(problems[3]!.message).toBe('visit "hsg-travel-2" is cancelled but the trip is completed: expected the same status (a trip that took place counts only stops that did)');
  });

  it('reports a postponed visit on a completed trip and one that lists events (it is not counted as travel)', () => {
    const data = withPostponed();
    const visit = visitOf(data, 'blinken-2021-04-01-jp');
    visit.eventIds = ['tokyo-2-plus-2'];
    delete tripOf(data, 'blinken-antony-j-2021-04-01').status;
    delete tripOf(data, 'blinken-antony-j-2021-04-01').dateQualifier;
    expect(travelStatus.check(data)).toMatchObject([
      { collection: 'visits', id: 'blinken-2021-04-01-jp', field: 'eventIds', message: 'a postponed visit lists events (tokyo-2-plus-2): expected none, as it did not take place' },
      { collection: 'trips', id: 'blinken-antony-j-2021-04-01', field: 'visitIds[0]' },
    ]);
  });

  it('keeps the "unknown" date qualifier to records that did not take place, one day long and explained', () => {
    const data = withPostponed();
    visitOf(data, 'hsg-travel-1').dateQualifier = 'unknown';
    const visit = visitOf(data, 'blinken-2021-04-01-jp');
    visit.end = '2021-04-03';
    delete visit.dateNote;
    expect(travelStatus.check(data).map((p) => [p.id, p.field])).toEqual([
      ['hsg-travel-1', 'dateQualifier'],
      ['blinken-2021-04-01-jp', 'end'],
      ['blinken-2021-04-01-jp', 'dateNote'],
    ]);
  });

  it('lets one-visit-per-stay ignore a postponed visit dated within an official stay', () => {
    const data = withPostponed();
    const visit = visitOf(data, 'blinken-2021-04-01-jp');
    visit.start = visit.end = '2021-03-16';
    expect(oneVisitPerStay.check(data)).toEqual([]);
    delete visit.status;
    expect(oneVisitPerStay.check(data)).toMatchObject([{ rule: 'one-visit-per-stay', id: 'blinken-2021-04-01-jp' }]);
  });
});
