import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { uniqueIds } from './unique-ids.js';

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
});
