import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { timeline } from './index.js';

describe('timeline', () => {
  it('lists trips, visits outside trips, and events not tied to a visit, by date', () => {
    expect(timeline(ds, 'blinken-antony-j').map((e) => [e.type, e.id])).toEqual([
      ['trip', 'blinken-antony-j-2021-03-15'],
      ['visit', 'hsg-travel-3994'],
      ['trip', 'blinken-antony-j-2023-11-03'],
      ['visit', 'blinken-2023-11-15-us'],
      ['trip', 'blinken-antony-j-2023-11-28'],
      ['trip', 'blinken-antony-j-2024-04-24'],
    ]);
    const wang = timeline(ds, 'wang-yi');
    expect(wang.map((e) => [e.type, e.id])).toEqual([['event', 'biden-xi-summit-2023-11-15'], ['event', 'blinken-wang-2024-04-26']]);
  });
  it('gives a trip its visits in travel order, and keeps to the range', () => {
    const [entry] = timeline(ds, 'blinken-antony-j', { from: '2023-11-05', to: '2023-11-05' });
    expect(entry?.type === 'trip' && entry.visits.map((v) => v.country)).toEqual(['IL', 'JO', 'JP', 'KR', 'IN']);
  });
  it('refuses an unknown person', () => {
    expect(() => timeline(ds, 'wang')).toThrow(UnknownIdError);
  });
});
