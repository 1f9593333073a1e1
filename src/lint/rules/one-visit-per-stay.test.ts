import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { oneVisitPerStay } from './one-visit-per-stay.js';

describe('one-visit-per-stay', () => {
  it('passes curated visits that the official records do not hold', () => {
    expect(oneVisitPerStay.check(validContent())).toEqual([]);
  });
  it('reports a curated visit repeating an official stay', () => {
    const data = validContent();
    data.visits.push({ ...structuredClone(data.visits[2]!), id: 'blinken-2021-03-16-jp', traveler: { personId: 'blinken-antony-j', name: 'Antony Blinken' }, start: '2021-03-16', end: '2021-03-16' });
    expect(oneVisitPerStay.check(data)).toMatchObject([{ collection: 'visits', id: 'blinken-2021-03-16-jp', message: expect.stringMatching(/repeats official visit "hsg-travel-1".*visit-annotations.json/) }]);
  });
});
