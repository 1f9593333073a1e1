import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addIdenticalStays } from '../../../tests/fixtures/hostile-data.js';
import { dateRanges } from './date-ranges.js';

describe('date-ranges', () => {
  it('passes forward ranges', () => {
    expect(dateRanges.check(validContent())).toEqual([]);
  });
  it('reports a visit that ends before it starts', () => {
    const data = validContent();
    data.visits[1]!.end = '2021-03-16';
    expect(dateRanges.check(data)).toEqual([
      { rule: 'date-ranges', collection: 'visits', id: 'hsg-travel-2', field: 'end', message: 'end 2021-03-16 is before start 2021-03-17: expected start <= end' },
    ]);
  });
  it('reports a reversed role term', () => {
    const data = validContent();
    data.people[0]!.roles[0]!.end = '2020-01-01';
    expect(dateRanges.check(data)).toMatchObject([{ collection: 'people', field: 'roles[0].end' }]);
  });
  // Large adversarial input: linear in the records, so 100,000 reversed stays are all reported at once.
  it('reports every one of 100,000 reversed stays quickly', { timeout: 60_000 }, () => {
    const data = addIdenticalStays(validContent(), 50_000);
    for (const v of data.visits) if (v.start === '2020-01-01' || v.start === '2020-01-10') v.end = '2019-12-31';
    const problems = dateRanges.check(data);
    expect(problems).toHaveLength(100_000);
    expect(problems[0]).toMatchObject({ collection: 'visits', id: 'hsg-travel-900000', field: 'end' });
  });

  it("reports a role whose last record date is before its first", () => {
    const data = validContent();
    data.people[0]!.roles[0] = { title: 'President', country: 'CN', sourceId: 'hsg-visits', firstSeen: '2015-09-24', lastSeen: '2013-06-07' };
    expect(dateRanges.check(data)).toMatchObject([{ collection: 'people', field: 'roles[0].lastSeen', message: 'end 2013-06-07 is before start 2015-09-24: expected start <= end' }]);
  });
});
