import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { participants } from './index.js';

describe('participants', () => {
  it("lists an event's people in its own order", () => {
    expect(participants(ds, 'biden-xi-summit-2023-11-15').map((p) => p.id)).toEqual(['biden-joseph-r', 'xi-jinping', 'blinken-antony-j', 'wang-yi']);
  });
  it('refuses an unknown event with the nearest ids', () => {
    expect(() => participants(ds, 'biden-xi-summit')).toThrow(UnknownIdError);
    expect(() => participants(ds, 'biden-xi-summit')).toThrow(/eventId: .*"biden-xi-summit-2023-11-15"/);
  });
});
