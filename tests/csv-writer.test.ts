// The package's one CSV writer (src/util/csv.ts), shared by dist/csv and the
// CLI: its documented rule is reversible. Any text, any list of non-empty
// items, written and read back with the documented steps, is what went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, listCell, parseCsv, readList, readText, toCsv } from '../src/util/csv.js';

// Text biased towards the characters the rule is about.
const awkward = fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", ';', '\\', '"', ',', ' ', 'a', 'é', '中'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });

describe('CSV writer: one reversible rule', () => {
  it('a text cell reads back exactly, and never starts with a formula character', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const cell = cellText(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(readText(cell)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('a list cell reads back into exactly its items, whatever ";" and "\\\\" they hold', () => {
    fc.assert(
      fc.property(fc.array(awkward.filter((s) => s !== ''), { maxLength: 5 }), (items) => {
        const cell = listCell(items);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(readList(cell)).toEqual(items);
      }),
      { numRuns: 2000 },
    );
  });

  it('a whole table reads back: RFC 4180 quoting, then the cell rule', () => {
    const row = fc.tuple(awkward, fc.array(awkward.filter((s) => s !== ''), { maxLength: 4 }), fc.integer({ min: -5, max: 5 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const text = toCsv(['text', 'list', 'n', 'flag'], rows.map(([t, l, n, b]) => [cellText(t), cellText(l), cellText(n), cellText(b)]));
        expect(text.endsWith('\r\n')).toBe(true);
        const [header, ...back] = parseCsv(text);
        expect(header).toEqual(['text', 'list', 'n', 'flag']);
        expect(back.map(([t, l, n, b]) => [readText(t!), readList(l!), Number(n), b === 'true'])).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });

  it('the examples of the documentation', () => {
    expect(cellText('-12 degrees')).toBe("'-12 degrees");
    expect(cellText("'=x")).toBe("''=x");
    expect(cellText('=x')).toBe("'=x");
    expect(cellText(["China's top diplomat (office not named; promoted)", 'Foreign Minister'])).toBe("China's top diplomat (office not named\\; promoted);Foreign Minister");
    expect(cellText(['hsg-travel-1', 'hsg-travel-2'])).toBe('hsg-travel-1;hsg-travel-2');
    expect(cellText([])).toBe('');
    expect(cellText(-1)).toBe('-1');
  });
});
