/**
 * Reading the official remarks: sentences, and the clause a verb introduces.
 * Every quote a derive rule cites is a verbatim substring of the remark, so
 * the evidence lint can find it there again.
 */

/** Words whose trailing period does not end a sentence in the records ("U.S.", "Calif.", "St."). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Ft', 'Mt', 'Gen', 'Adm', 'Col', 'Lt', 'Gov', 'Sen', 'Rep', 'Jr', 'Sr', 'No', 'Nos', 'vs', 'etc', 'Co', 'Corp', 'Inc',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss',
  'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

export interface Sentence {
  text: string;
  /** Offset of `text` in the remark. */
  start: number;
}

/** Splits a remark into trimmed sentences at ". " / "; " that do not follow an abbreviation or an initial. */
export function sentences(remark: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = remark.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: from + lead });
  };
  for (let i = 0; i < remark.length; i++) {
    const ch = remark[i];
    if (ch !== '.' && ch !== ';') continue;
    const next = remark.slice(i + 1, i + 3);
    if (i + 1 < remark.length && !(ch === ';' ? /^\s/ : /^\s[A-Z“"(]/).test(next)) continue;
    if (ch === '.') {
      const word = /([A-Za-z]+)$/.exec(remark.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      // "U.S." "D.C." "N.Y.": a single letter before the period is an initial.
      if (word.length === 1 || ABBREVIATIONS.has(word)) continue;
    }
    push(ch === '.' ? i + 1 : i);
    from = i + 1;
  }
  push(remark.length);
  return out;
}

/** At most `max` characters of `text`, cut at a word boundary: still a verbatim substring. */
export function clip(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:]+$/u, '');
}

export interface Clause {
  /** The sentence that holds the clause: the quote a derived fact cites. */
  sentence: string;
  /** The words after the verb, up to the end of the sentence or the next "and met"/"and discussed"… */
  clause: string;
}

/**
 * The clauses introduced by `verb` in a remark, e.g. for "Met with Chancellor
 * Kohl and discussed the Berlin crisis." and the verb "discussed":
 * `{ sentence: 'Met with … crisis.', clause: 'the Berlin crisis' }`.
 */
export function clauses(remark: string, verb: RegExp, stop: RegExp): Clause[] {
  const out: Clause[] = [];
  const re = new RegExp(verb.source, verb.flags.includes('g') ? verb.flags : `${verb.flags}g`);
  for (const s of sentences(remark)) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const rest = s.text.slice(m.index + m[0].length).replace(/[.;]$/, '');
      const end = rest.search(stop);
      out.push({ sentence: clip(s.text), clause: (end >= 0 ? rest.slice(0, end) : rest).trim() });
    }
  }
  return out;
}
