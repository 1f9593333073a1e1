import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addIdenticalStays } from '../../../tests/fixtures/hostile-data.js';
import { uniqueIds } from './unique-ids.js';
import { withSharedLookups } from '../shared.js';

describe('unique-ids', () => {
  it('passes a dataset with unique ids', () => {
    expect(uniqueIds.check(validContent())).toEqual([]);
  });
  it('reports a duplicated visit id', () => {
    const data = validContent();
    data.visits.push({ ...data.visits[0]! });
    const problems = uniqueIds.check(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ collection: 'visits', id: 'hsg-travel-1', field: 'id' });
    expect(problems[0]!.message).toMatch(/duplicate id "hsg-travel-1"/);
  });
  it('reports a duplicated country code', () => {
    const data = validContent();
    data.countries.push({ ...data.countries[0]!, name: 'Japan again' });
    expect(uniqueIds.check(data)).toMatchObject([{ collection: 'countries', id: 'JP', field: 'code' }]);
  });
  it('reports repeats in every collection, in collection then data order, alone or sharing the id sets of a run', () => {
    const data = validContent();
    data.issueLinks.push({ ...structuredClone(data.issueLinks[0]!) });
    data.visits.push({ ...structuredClone(data.visits[2]!) }, { ...structuredClone(data.visits[0]!) });
    data.countries.push({ ...data.countries[2]! });
    data.trips.push({ ...structuredClone(data.trips[0]!) });
    const expected = [
      ['countries', 'US', 'code'],
      ['visits', 'austin-2021-03-15-jp', 'id'],
      ['visits', 'hsg-travel-1', 'id'],
      ['trips', 'blinken-antony-j-2021-03-15', 'id'],
      ['issueLinks', 'link-1', 'id'],
    ];
    expect(uniqueIds.check(data).map((p) => [p.collection, p.id, p.field])).toEqual(expected);
    expect(withSharedLookups(data, () => uniqueIds.check(data)).map((p) => [p.collection, p.id, p.field])).toEqual(expected);
  });
  // Large adversarial input: 100,000 visits sharing one id.
  it('reports each of 100,000 duplicates quickly', { timeout: 60_000 }, () => {
    const data = addIdenticalStays(validContent(), 50_000);
    for (const v of data.visits) if (v.id.startsWith('stay-') || v.id.startsWith('hsg-travel-9')) v.id = 'same';
    const problems = uniqueIds.check(data);
    expect(problems).toHaveLength(99_999);
    expect(problems.every((p) => p.id === 'same')).toBe(true);
  });
});
