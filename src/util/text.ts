// Case- and diacritics-insensitive text matching.

// Letters that NFD does not decompose into a base letter plus marks.
const FOLD: Record<string, string> = {
  ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
};
const FOLDABLE = /[øđðłßæœıþħ\u2018\u2019\u02bc\u201c\u201d\u2013\u2014]/g;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, without accents, curly quotes folded: `Erdoğan` and `erdogan` normalize alike. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** The words of a query, normalized; empty words dropped. */
export function queryTokens(text: string): string[] {
  return normalizeText(text).split(/\s+/).filter(Boolean);
}
