import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/util/canonical.js';
import { asciiJson } from './ascii-json.js';

describe('asciiJson', () => {
  const value = { name: 'Recep Tayyip Erdoğan', place: 'Zürich — “quoted”', emoji: 'flag 🇯🇵', plain: 'a"b\\c\n', list: [1, null, true] };

  it('writes only ASCII, escaping every other character', () => {
    const text = asciiJson(value);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(text).toContain('Erdo\\u011fan');
    // astral characters become their two surrogate escapes
    expect(text).toContain('\\ud83c\\uddef');
  });

  it('is the same JSON value, so the same canonical content and checksum', () => {
    const back = JSON.parse(asciiJson(value)) as unknown;
    expect(back).toEqual(value);
    expect(canonicalJson(back)).toBe(canonicalJson(value));
  });

  it('equals JSON.stringify for ASCII input', () => {
    const ascii = { a: 'plain text', b: [1, 2, { c: 'd"e' }] };
    expect(asciiJson(ascii)).toBe(JSON.stringify(ascii));
  });
});
