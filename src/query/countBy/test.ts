import { describe, expect, it } from 'vitest';
import { isInvalidArgumentError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { events } from '../events/index.js';
import { trips } from '../trips/index.js';
import { visits } from '../visits/index.js';
import { countBy } from './index.js';

describe('countBy', () => {
  it('counts visits by a field, most frequent first, ties by value', () => {
    const vs = visits(ds, { person: 'blinken-antony-j' });
    const byCountry = countBy(ds, vs, 'country');
    // Brute force: the same counts.
    const expected = new Map<string, number>();
    for (const v of vs) expected.set(v.country, (expected.get(v.country) ?? 0) + 1);
    expect(Object.fromEntries(byCountry.map((c) => [c.value, c.count]))).toEqual(Object.fromEntries(expected));
    expect(byCountry.slice(0, 3)).toEqual([{ value: 'JP', count: 2 }, { value: 'BE', count: 2 }, { value: 'KR', count: 2 }].sort((a, b) => a.value.localeCompare(b.value)));
    for (let i = 1; i < byCountry.length; i++) expect(byCountry[i - 1]!.count).toBeGreaterThanOrEqual(byCountry[i]!.count);
    expect(countBy(ds, vs, 'year')).toEqual([{ value: '2023', count: 7 }, { value: '2021', count: 3 }, { value: '2024', count: 1 }]);
    expect(countBy(ds, visits(ds, { from: '2023-11', to: '2023-11' }), 'kind')[0]).toEqual({ value: 'secretary-travel', count: 6 });
  });
  it('counts a trip under each country it stops in and each issue linked to it', () => {
    const byCountry = countBy(ds, trips(ds, { person: 'blinken-antony-j' }), 'country');
    expect(byCountry.find((c) => c.value === 'JP')?.count).toBe(2);
    expect(byCountry.find((c) => c.value === 'IL')?.count).toBe(1);
    const byIssue = countBy(ds, trips(ds, {}), 'issue');
    expect(byIssue.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(trips(ds, {}).length);
    expect(byIssue.some((c) => c.value === null)).toBe(true);
  });
  it('counts events by series and participant', () => {
    expect(countBy(ds, events(ds, {}), 'series')).toContainEqual({ value: 'G7', count: 1 });
    expect(countBy(ds, events(ds, {}), 'person')[0]).toEqual({ value: 'blinken-antony-j', count: events(ds, { person: 'blinken-antony-j' }).length });
  });
  it('refuses an unknown field or records that are not visits, trips or events', () => {
    expect(() => countBy(ds, visits(ds, {}), 'contry' as never)).toThrow(/^field: .*"country"/);
    let caught: unknown;
    try {
      countBy(ds, ds.countries as never, 'country');
    } catch (error) {
      caught = error;
    }
    expect(isInvalidArgumentError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/^records\[0\]: expected a visit, trip or event record/);
  });
});
