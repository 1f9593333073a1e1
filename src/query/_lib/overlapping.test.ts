// overlapping() against the plain filter it stands for, on random start-sorted
// lists (short and long stays, many on one day, a few spanning years) and
// random ranges, open bounds included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, overlaps } from '../../util/dates.js';
import { byStart } from './dataset-index.js';
import { overlapping } from './overlapping.js';

const FIRST = dayNumber('1990-01-01');
const LAST = dayNumber('2030-12-31');
const day = fc.integer({ min: FIRST, max: LAST });
/** Most stays last days; some weeks; a few years (they must widen only the ranges they reach). */
const length = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 7, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 61, max: 3000 }) });
// Starts drawn from a few clusters too, so that many items share a day.
const start = fc.oneof(day, fc.constantFrom(dayNumber('2023-11-03'), dayNumber('2023-11-05'), dayNumber('2001-09-11')));
const item = fc.tuple(start, length);
const list = fc.array(item, { minLength: 0, maxLength: 400, size: 'max' }).map((items) =>
  items.map(([s, n], i) => ({ id: `v${i}`, start: isoDate(s), end: isoDate(s + n) })).sort(byStart));

describe('overlapping', () => {
  it('equals the plain filter on the whole list, in the list\'s order', () => {
    // Bounds drawn at random, or on the list's own days (a bound equal to a start or an end is where an off-by-one shows).
    const withRanges = list.chain((items) => {
      const own = items.flatMap((x) => [x.start, x.end]);
      const near = own.length ? fc.oneof(day.map(isoDate), fc.constantFrom(...own)) : day.map(isoDate);
      const edge = fc.option(near, { nil: undefined, freq: 5 });
      const ranges = fc.array(fc.tuple(edge, edge).map(([a, b]) => (a !== undefined && b !== undefined && a > b ? [b, a] as const : [a, b] as const)), { minLength: 1, maxLength: 6 });
      return fc.tuple(fc.constant(items), ranges);
    });
    fc.assert(
      fc.property(withRanges, ([items, ranges]) => {
        // Several ranges on one list: the second and later reuse what the first built for it.
        for (const [from, to] of ranges) {
          expect(overlapping(items, from, to)).toEqual(items.filter((x) => overlaps(x.start, x.end, from, to)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the items a long stay early in a long list still reaches, and no others', () => {
    const items = [{ id: 'long', start: '2000-01-01', end: '2010-12-31' }];
    for (let d = dayNumber('2000-01-02'); d < dayNumber('2020-01-01'); d += 3) items.push({ id: `d${d}`, start: isoDate(d), end: isoDate(d + 1) });
    expect(overlapping(items, '2005-06-01', '2005-06-04').map((x) => x.id)).toEqual(items.filter((x) => overlaps(x.start, x.end, '2005-06-01', '2005-06-04')).map((x) => x.id));
    expect(overlapping(items, '2005-06-01', '2005-06-04')[0]!.id).toBe('long');
    expect(overlapping(items, '2015-06-01', '2015-06-04').some((x) => x.id === 'long')).toBe(false);
    expect(overlapping(items, '2030-01-01', undefined)).toEqual([]);
    expect(overlapping(items, undefined, '1999-12-31')).toEqual([]);
    // No range: the list itself, not a copy.
    expect(overlapping(items, undefined, undefined)).toBe(items);
  });
});
