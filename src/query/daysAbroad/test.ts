import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { daysAbroad } from './index.js';

describe('daysAbroad', () => {
  it('counts overlapping stays once and leaves stays at home out', () => {
    // 3, 4 (IL and JO share the 3rd), 7-10 (JP/KR share the 8th, KR/IN the 9th), 28-29; the 15th is at home.
    expect(daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' })).toBe(8);
  });
  it('clips stays to the range', () => {
    expect(daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-04', to: '2023-11-08' })).toBe(3);
    expect(daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-11', to: '2023-11-27' })).toBe(0);
  });
  it('counts a whole record', () => {
    // March 2021: JP 15-17, KR 17-18, BE 22-25 = 4 + 4; Nov 2023: 8; Apr 2024: 3.
    expect(daysAbroad(ds, 'blinken-antony-j')).toBe(4 + 4 + 8 + 3);
    expect(daysAbroad(ds, 'erdogan-recep-tayyip')).toBe(1);
  });
  it('refuses an unknown person', () => {
    expect(() => daysAbroad(ds, 'nobody')).toThrow(UnknownIdError);
  });
});
