import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { counterparts } from './index.js';

describe('counterparts', () => {
  it('lists the people met at events, most events first', () => {
    expect(counterparts(ds, 'blinken-antony-j').map((c) => [c.person.id, c.events.map((e) => e.id)])).toEqual([
      ['wang-yi', ['biden-xi-summit-2023-11-15', 'blinken-wang-2024-04-26']],
      ['austin-lloyd-j', ['us-japan-2plus2-2021-03-16']],
      ['biden-joseph-r', ['biden-xi-summit-2023-11-15']],
      ['motegi-toshimitsu', ['us-japan-2plus2-2021-03-16']],
      ['xi-jinping', ['biden-xi-summit-2023-11-15']],
    ]);
  });
  it('keeps to the range', () => {
    expect(counterparts(ds, 'blinken-antony-j', { from: '2024-01-01' }).map((c) => c.person.id)).toEqual(['wang-yi']);
  });
  it('refuses an unknown person and a reversed range', () => {
    expect(() => counterparts(ds, 'wang')).toThrow(UnknownIdError);
    expect(() => counterparts(ds, 'wang')).toThrow(/personId: .*"wang-yi"/);
    expect(() => counterparts(ds, 'wang-yi', { from: '2024-01-02', to: '2024-01-01' })).toThrow(/range\.to: .*reversed/);
  });
});
