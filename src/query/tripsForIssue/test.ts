import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { tripsForIssue } from './index.js';

describe('tripsForIssue', () => {
  it('lists the trips an issue or its children reach', () => {
    expect(tripsForIssue(ds, 'alliances-indo-pacific').map((t) => t.id)).toEqual(['blinken-antony-j-2021-03-15']);
    expect(tripsForIssue(ds, 'china-support-for-russia', { from: '2024-01-01' }).map((t) => t.id)).toEqual(['blinken-antony-j-2024-04-24']);
  });
  it('refuses an unknown issue, naming the argument', () => {
    expect(() => tripsForIssue(ds, 'dprk')).toThrow(UnknownIdError);
    expect(() => tripsForIssue(ds, 'dprk')).toThrow(/^issue: unknown issue "dprk".*"north-korea"/);
  });
});
