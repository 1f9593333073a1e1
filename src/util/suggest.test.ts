import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, padDates, suggest } from './suggest.js';

/** The textbook optimal-string-alignment distance, by full table: the reference editDistance must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['blinken', 'blinken', 0],
    ['blinkn', 'blinken', 1], // an insertion
    ['blinkenn', 'blinken', 1], // a deletion
    ['blinkan', 'blinken', 1], // a substitution
    ['asai', 'asia', 1], // two neighbours swapped count once
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // the restricted swap: no edit of a swapped pair
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('gives up at limit + 1 once every path exceeds the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4); // lengths alone rule it out
    expect(editDistance('blinkn', 'blinken', 1)).toBe(1); // within the limit: exact
  });

  it('agrees with the full-table distance, and within a limit says exactly whether it is exceeded', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 5 }), (a, b, limit) => {
        const d = reference(a, b);
        expect(editDistance(a, b)).toBe(d);
        expect(editDistance(a, b, limit)).toBe(d <= limit ? d : limit + 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('padDates', () => {
  it('pads unpadded months and days, and leaves other numbers alone', () => {
    expect(padDates('blinken-antony-j-2024-4-24')).toBe('blinken-antony-j-2024-04-24');
    expect(padDates('2023-1-5')).toBe('2023-01-05');
    expect(padDates('hsg-travel-4229')).toBe('hsg-travel-4229');
    expect(padDates('12024-4-24')).toBe('12024-4-24');
  });
});

describe('suggest', () => {
  const people = [
    { id: 'blinken-antony-j', names: ['Antony J. Blinken'] },
    { id: 'austin-lloyd-j', names: ['Lloyd J. Austin III'] },
    { id: 'erdogan-recep-tayyip', names: ['Recep Tayyip Erdoğan'] },
    { id: 'xi-jinping', names: ['Xi Jinping'] },
    { id: 'wang-yi', names: ['Wang Yi'] },
  ];

  it('finds a name equal but for case and accents first', () => {
    expect(suggest('ERDOGAN-RECEP-TAYYIP', people)).toEqual(['erdogan-recep-tayyip']);
    expect(suggest('recep tayyip erdogan', people)[0]).toBe('erdogan-recep-tayyip');
  });

  it('finds ids a prefix starts, or a fragment is in', () => {
    expect(suggest('blinken', people)).toEqual(['blinken-antony-j']);
    expect(suggest('jinping', people)).toEqual(['xi-jinping']);
    expect(suggest('wa', people)).toEqual(['wang-yi']); // two letters: a prefix only
  });

  it('finds every word in any order', () => {
    expect(suggest('lloyd austin', people)).toEqual(['austin-lloyd-j']);
  });

  it('finds typos, in the id or in one word of a name', () => {
    expect(suggest('blinkn', people)).toEqual(['blinken-antony-j']);
    expect(suggest('austn', people)).toEqual(['austin-lloyd-j']);
  });

  it('pads a date before comparing', () => {
    const trips = [{ id: 'blinken-antony-j-2024-04-24' }, { id: 'blinken-antony-j-2023-11-03' }];
    expect(suggest('blinken-antony-j-2024-4-24', trips)[0]).toBe('blinken-antony-j-2024-04-24');
  });

  it('returns nothing for blank input or nothing near, at most max, best first then by id', () => {
    expect(suggest('  ', people)).toEqual([]);
    expect(suggest('zzzzzzzz', people)).toEqual([]);
    const near = [{ id: 'ab-2' }, { id: 'ab-1' }, { id: 'ab-3' }, { id: 'ab' }];
    expect(suggest('ab', near)).toEqual(['ab', 'ab-1', 'ab-2']);
    expect(suggest('ab', near, 2)).toEqual(['ab', 'ab-1']);
  });
});
