import { normalizeText } from './text.js';

/** A value that could be meant: its id, and other names it goes by (a person's name, a country's name). */
export interface Candidate {
  id: string;
  names?: readonly string[];
}

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of
 * two neighbouring letters (`asai` → `asia` is 1), giving up (returning
 * limit + 1) once every path exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  // A last row can end over the limit though some cell of it was not.
  const distance = previous[b.length]!;
  return distance > limit ? limit + 1 : distance;
}

/** Dates written without leading zeros, padded: `blinken-antony-j-2024-4-24` → `blinken-antony-j-2024-04-24`. */
export function padDates(text: string): string {
  return text.replace(/(^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, (_, before: string, y: string, m: string, d: string) => `${before}${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/**
 * The nearest valid values to a wrong one, best first: a name or id that
 * equals it ignoring case and accents, one it starts or is contained in
 * (`blinken` → `blinken-antony-j`), then small edit distances (`blinkn`).
 * Runs only on the error path, so a linear scan is fine.
 */
export function suggest(input: string, candidates: Iterable<Candidate>, max = 3): string[] {
  const needle = padDates(normalizeText(String(input)).trim());
  if (!needle) return [];
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const words = needle.split(/[\s,.-]+/).filter((w) => w.length >= 2);
  const scored: { id: string; score: number }[] = [];
  for (const c of candidates) {
    let score = Infinity;
    for (const raw of [c.id, ...(c.names ?? [])]) {
      const name = normalizeText(raw);
      if (name === needle) score = Math.min(score, 0);
      else if (needle.length >= 2 && (name.startsWith(needle) || (needle.length >= 3 && name.includes(needle)))) score = Math.min(score, 1 + name.length / 1000);
      else if (needle.length >= 4 && needle.startsWith(name) && name.length >= 3) score = Math.min(score, 2);
      // Every word found, in any order: `lloyd austin` for `Lloyd J. Austin III`.
      else if (words.length > 1 && words.every((w) => name.includes(w))) score = Math.min(score, 1.5);
      else {
        const d = editDistance(needle, name, limit);
        if (d <= limit) score = Math.min(score, 2 + d);
        // A typo in one word of a name: `blinkn` against `antony j. blinken`.
        for (const word of name.split(/[\s,.-]+/)) {
          if (word.length < 3) continue;
          const dw = editDistance(needle, word, limit);
          if (dw <= limit) score = Math.min(score, 2.5 + dw);
        }
      }
    }
    if (score < Infinity) scored.push({ id: c.id, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, max).map((s) => s.id);
}
