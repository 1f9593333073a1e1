import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from './canonical.js';

// The straightforward definition (split into runs of digits and of other
// characters, compare run by run), which the allocation-free compareIds must match.
const CHUNK = /\d+|\D+/g;
function reference(a: string, b: string): number {
  const ca = a.match(CHUNK) ?? [];
  const cb = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!, y = cb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}

describe('compareIds', () => {
  it('orders numbers naturally', () => {
    const ids = ['hsg-travel-10', 'hsg-travel-9', 'hsg-travel-1', 'hsg-travel-01', 'hsg-travel', 'hsg-visit-2', 'a', ''];
    expect([...ids].sort(compareIds)).toEqual(['', 'a', 'hsg-travel', 'hsg-travel-1', 'hsg-travel-01', 'hsg-travel-9', 'hsg-travel-10', 'hsg-visit-2']);
  });

  it('agrees in sign with the run-by-run definition', () => {
    const id = fc.stringMatching(/^[a-c0-2-]{0,8}$/);
    fc.assert(fc.property(id, id, (a, b) => {
      expect(Math.sign(compareIds(a, b))).toBe(Math.sign(reference(a, b)));
      expect(Math.sign(compareIds(a, b))).toBe(-Math.sign(compareIds(b, a)) || 0);
    }), { numRuns: 5000 });
  });
});
