import { describe, expect, it } from 'vitest';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { errorRules, lintDataset } from './index.js';
import { visitsById, withSharedLookups } from './shared.js';

describe('shared lookups', () => {
  it('are built once within a run, for that dataset only, and afresh outside it', () => {
    const data = freshSmallDataset();
    const other = freshSmallDataset();
    withSharedLookups(data, () => {
      expect(visitsById(data)).toBe(visitsById(data));
      expect(visitsById(other)).not.toBe(visitsById(other));
      withSharedLookups(other, () => expect(visitsById(other)).toBe(visitsById(other)));
      expect(visitsById(data)).toBe(visitsById(data));
    });
    expect(visitsById(data)).not.toBe(visitsById(data));
    expect([...visitsById(data).keys()]).toEqual(data.visits.map((v) => v.id));
  });

  it('change no rule\'s answer: lintDataset finds what each rule finds on its own', () => {
    const data = freshSmallDataset() as unknown as { visits: { id: string; tripId?: string; status?: string; eventIds: string[] }[]; trips: { visitIds: string[] }[] };
    data.trips[0]!.visitIds.push('no-such-visit');
    data.visits[1]!.tripId = 'no-such-trip';
    data.visits.push({ ...structuredClone(data.visits[0]!), status: 'cancelled' });
    const ds = data as unknown as Parameters<typeof lintDataset>[0];
    const alone = errorRules.flatMap((rule) => rule.check(ds));
    expect(alone.length).toBeGreaterThan(2);
    expect(lintDataset(ds)).toEqual(alone);
  });
});
