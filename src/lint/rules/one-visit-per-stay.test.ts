import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addIdenticalStays } from '../../../tests/fixtures/hostile-data.js';
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
  // Large adversarial input: one traveller, one country, 50,000 identical official stays.
  it('passes 50,000 curated stays beside 50,000 identical official ones quickly', { timeout: 60_000 }, () => {
    expect(oneVisitPerStay.check(addIdenticalStays(validContent(), 50_000))).toEqual([]);
  });
  it('reports each of 50,000 clashing stays, naming the earliest official stay', { timeout: 60_000 }, () => {
    const problems = oneVisitPerStay.check(addIdenticalStays(validContent(), 50_000, { clash: true }));
    expect(problems).toHaveLength(50_000);
    expect(problems.every((p) => p.message.startsWith('repeats official visit "hsg-travel-900000" (2020-01-01..2020-01-03)'))).toBe(true);
  });
  it('finds the clash among stays of any length, not only the first', () => {
    const data = addIdenticalStays(validContent(), 3);
    // Official stays: a long one ending early, a short one later; the curated stay overlaps only the later one.
    const [a, b] = data.visits.filter((v) => v.id.startsWith('hsg-travel-9'));
    Object.assign(a!, { start: '2019-01-01', end: '2019-12-31' });
    Object.assign(b!, { start: '2020-01-09', end: '2020-01-11' });
    expect(oneVisitPerStay.check(data).map((p) => p.id)).toEqual(['stay-0', 'stay-1', 'stay-2']);
    expect(oneVisitPerStay.check(data)[0]!.message).toMatch(/repeats official visit "hsg-travel-900001"/);
  });
});
