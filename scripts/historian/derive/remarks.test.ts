import { describe, expect, it } from 'vitest';
import { clauses, clip, sentences } from './remarks.js';

describe('remarks: sentences', () => {
  it('does not end a sentence at U.S., D.C. or a state abbreviation', () => {
    const r = 'Met with U.S. officials in Washington, D.C. and Camp David, Md. Attended the G-8 Summit at Sea Island.';
    expect(sentences(r).map((s) => s.text)).toEqual(['Met with U.S. officials in Washington, D.C. and Camp David, Md. Attended the G-8 Summit at Sea Island.']);
  });
  it('splits at a period before a capital and at a semicolon, and keeps offsets into the remark', () => {
    const r = 'State visit. Discussed the Berlin crisis; met with Chancellor Adenauer.';
    const s = sentences(r);
    expect(s.map((x) => x.text)).toEqual(['State visit.', 'Discussed the Berlin crisis', 'met with Chancellor Adenauer.']);
    for (const x of s) expect(r.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });
});

describe('remarks: clip', () => {
  it('keeps short text and cuts long text at a word boundary, still verbatim', () => {
    expect(clip('short')).toBe('short');
    const long = `${'word '.repeat(80)}end`;
    const c = clip(long);
    expect(c.length).toBeLessThanOrEqual(300);
    expect(long.startsWith(c)).toBe(true);
    expect(c.endsWith('word')).toBe(true);
  });
});

describe('remarks: clauses', () => {
  it('gives the words after the verb up to the stop, with their sentence', () => {
    const r = 'Met with Chancellor Kohl and discussed the Berlin crisis with Foreign Minister Genscher. Discussed trade.';
    expect(clauses(r, /\bdiscussed\b/i, / with /)).toEqual([
      { sentence: 'Met with Chancellor Kohl and discussed the Berlin crisis with Foreign Minister Genscher.', clause: 'the Berlin crisis' },
      { sentence: 'Discussed trade.', clause: 'trade' },
    ]);
  });
  it('finds nothing where the verb is absent', () => {
    expect(clauses('Met with King Abdullah and Foreign Minister Prince Saud.', /\bdiscussed\b/i, / with /)).toEqual([]);
  });
});
