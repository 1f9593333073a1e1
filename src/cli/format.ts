// Output formats of the CLI: a table that fits the terminal, JSON of the
// records as they are in dataset.json, and CSV that is safe to open in a spreadsheet.
import { cellText as csvCellText, toCsv } from '../util/csv.js';
import { terminalSafe } from '../util/terminal.js';

/** `markdown` only where a command says so (diff). */
export type Format = 'table' | 'json' | 'csv' | 'markdown';
export const FORMATS: readonly Format[] = ['table', 'json', 'csv'];

/** The width a table fits when the output is not a terminal. */
export const TABLE_WIDTH = 100;

// The width tables and wrapped text fit in this run: the terminal's, 100
// columns when the output is not a terminal, Infinity with --wide (run() sets it).
let currentWidth = TABLE_WIDTH;
/** The width tables fit now. */
export function tableWidth(): number {
  return currentWidth;
}
/** Sets the width tables fit: a terminal's columns (at least 40), or Infinity for no cutting. */
export function setTableWidth(width: number | undefined): void {
  currentWidth = width === undefined || !(width > 0) ? TABLE_WIDTH : Math.max(40, Math.floor(width));
}

/** A column of the table and CSV outputs. */
export interface Column<T> {
  header: string;
  value(row: T): string | number | boolean | undefined | readonly string[];
  /** What the table shows instead of `value` (CSV keeps `value`), e.g. a date with its qualifier's mark. */
  tableValue?(row: T): string | number | boolean | undefined | readonly string[];
  /** Never narrower than this when squeezed (default: the header's width, at most 8; Infinity: never cut). */
  min?: number;
  /** Never wider than this. */
  max?: number;
  /**
   * The cells hold ids a user would copy (one or a list, perhaps after a type
   * word: `event g7-…-2023-11`): never cut, whatever the width (`min` and `max`
   * do not apply); the table grows wider than `maxWidth` rather than cut one.
   */
  id?: boolean;
  /** Only in CSV (too long for a table). */
  csvOnly?: boolean;
  /** Only in the table (CSV has the fields it is computed from). */
  tableOnly?: boolean;
  /** Left out of the table when no row has a value in it. */
  omitWhenEmpty?: boolean;
  align?: 'left' | 'right';
}

function cellText(value: string | number | boolean | undefined | readonly string[], join: string): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(join);
  return String(value);
}

// Marks and joiners a terminal draws on the character before (width 0).
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF]$/u;

/** Columns one code point takes in a terminal: 2 for East Asian wide and fullwidth, 0 for combining marks. */
export function charWidth(cp: number): number {
  if (cp < 0x300) return 1; // fast path: ASCII and Latin
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  return (cp >= 0x1100 && cp <= 0x115f) // Hangul Jamo
    || (cp >= 0x2e80 && cp <= 0x303e) // CJK radicals, punctuation
    || (cp >= 0x3041 && cp <= 0x33ff) // kana, CJK symbols
    || (cp >= 0x3400 && cp <= 0x4dbf) // CJK extension A
    || (cp >= 0x4e00 && cp <= 0x9fff) // CJK unified ideographs
    || (cp >= 0xa000 && cp <= 0xa4cf) // Yi
    || (cp >= 0xac00 && cp <= 0xd7a3) // Hangul syllables
    || (cp >= 0xf900 && cp <= 0xfaff) // CJK compatibility ideographs
    || (cp >= 0xfe30 && cp <= 0xfe4f) // CJK compatibility forms
    || (cp >= 0xff00 && cp <= 0xff60) // fullwidth forms
    || (cp >= 0xffe0 && cp <= 0xffe6)
    || (cp >= 0x1f300 && cp <= 0x1f64f) // pictographs, emoticons
    || (cp >= 0x1f900 && cp <= 0x1f9ff)
    || (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B and later
    ? 2
    : 1;
}

/** Columns a string takes in a terminal (see {@link charWidth}). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += charWidth(ch.codePointAt(0)!);
  return n;
}
const width = displayWidth;

/** Cuts text to `max` terminal columns, marking the cut with an ellipsis; never splits a character from its combining marks. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > max - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

// One line of terminal-safe text: line breaks and tabs become spaces, other
// control characters visible escapes before any cut, so a cut never splits one.
const oneLine = (text: string) => terminalSafe(text.replace(/\s*[\r\n\t]+\s*/g, ' '));

/**
 * A plain-text table of at most `maxWidth` columns: columns are squeezed,
 * widest first, and cut cells end with an ellipsis; `id` columns are never
 * cut (the table is wider when they alone do not fit). `notes` adds indented
 * lines under a row (wrapped, not cut).
 */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], options: { maxWidth?: number; notes?: (row: T) => string[] } = {}): string {
  const maxWidth = options.maxWidth ?? currentWidth;
  const cols = columns.filter((c) => !c.csvOnly && !(c.omitWhenEmpty && rows.every((row) => cellText((c.tableValue ?? c.value)(row), ', ') === '')));
  const cells = rows.map((row) => cols.map((c) => oneLine(cellText((c.tableValue ?? c.value)(row), ', '))));
  const widths = cols.map((c, i) => Math.min(c.id ? Infinity : c.max ?? Infinity, Math.max(width(c.header), ...cells.map((r) => width(r[i]!)))));
  const mins = cols.map((c, i) => (c.id ? widths[i]! : Math.min(widths[i]!, c.min ?? Math.min(width(c.header), 8))));
  const gap = 2;
  let total = widths.reduce((a, b) => a + b, 0) + gap * (cols.length - 1);
  while (total > maxWidth) {
    let widest = -1;
    for (let i = 0; i < cols.length; i++) if (widths[i]! > mins[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]!--;
    total--;
  }
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const text = truncate(v, widths[i]!);
        const pad = ' '.repeat(widths[i]! - width(text));
        return cols[i]!.align === 'right' ? pad + text : i === values.length - 1 ? text : text + pad;
      })
      .join(' '.repeat(gap))
      .trimEnd();
  const out = [line(cols.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w)))];
  rows.forEach((row, r) => {
    out.push(line(cells[r]!));
    for (const note of options.notes?.(row) ?? []) out.push(...wrap(note, maxWidth, '    ', '      '));
  });
  return `${out.join('\n')}\n`;
}

/** Wraps text at word boundaries to `maxWidth` columns. */
export function wrap(text: string, maxWidth = currentWidth, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let current = indent;
  let empty = true; // no word on the current line yet
  for (const word of oneLine(text).split(' ')) {
    if (empty && word === '') continue;
    const candidate = empty ? `${current}${word}` : `${current} ${word}`;
    if (width(candidate) > maxWidth && !empty && word !== '') {
      lines.push(current);
      current = `${hanging}${word}`;
    } else current = candidate;
    empty = false;
  }
  if (!empty) lines.push(current);
  return lines.map((l) => truncate(l, maxWidth));
}

/** CSV by the package's one writer (src/util/csv.ts: the same rule as dist/csv): lists joined with `;`, formulas neutralized, RFC 4180. */
export function renderCsv<T>(rows: readonly T[], allColumns: readonly Column<T>[]): string {
  const columns = allColumns.filter((c) => !c.tableOnly);
  return toCsv(columns.map((c) => c.header), rows.map((row) => columns.map((c) => csvCellText(c.value(row)))));
}

// Characters JSON.stringify leaves raw that a terminal acts on (DEL, C1
// controls, bidirectional overrides, line separators): written \uXXXX, the same
// string to any JSON reader.
const JSON_RAW_CONTROLS = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Pretty JSON with a final new line; nothing in it drives a terminal. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(JSON_RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** Renders rows in the chosen format: `json` prints `jsonValue` (the records as in the dataset). `footer`: lines under a table. */
export function render<T>(format: Format, rows: readonly T[], columns: readonly Column<T>[], jsonValue: unknown = rows, notes?: (row: T) => string[], footer: readonly string[] = []): string {
  if (format === 'json') return renderJson(jsonValue);
  if (format === 'csv') return renderCsv(rows, columns);
  if (rows.length === 0) return '(none)\n';
  return renderTable(rows, columns, { notes }) + footer.map((l) => `${l}\n`).join('');
}

/** The marks of qualified dates in tables. */
const DATE_MARKS: Record<string, string> = { approximate: '~', planned: '?', undated: '…', unknown: '#' };

/** A date as a table shows it: `2024-04-24~` when approximate, `2023-11-15?` when planned. */
export function markDate(date: string, qualifier: string | undefined): string {
  return qualifier === undefined ? date : `${date}${DATE_MARKS[qualifier] ?? '*'}`;
}

/** The legend line under a table with qualified dates, or nothing when none of its rows has one. */
export function dateLegend(rows: readonly { dateQualifier?: string }[]): string[] {
  const used = new Set(rows.flatMap((r) => (r.dateQualifier ? [r.dateQualifier] : [])));
  if (used.size === 0) return [];
  const parts = [];
  if (used.has('approximate')) parts.push('~ approximate date (inferred)');
  if (used.has('planned')) parts.push('? planned date (announced, never confirmed)');
  if (used.has('undated')) parts.push('… undated: the window the stay falls in, not its dates');
  if (used.has('unknown')) parts.push('# dates unknown: the day by which a source reports it, not a date of the stay');
  for (const q of used) if (!(q in DATE_MARKS)) parts.push(`* ${q} date`);
  return [`dates: ${parts.join('; ')}`];
}

/** Visit and event kinds, shortened for tables. */
const SHORT_KINDS: Record<string, string> = {
  'secretary-travel': 'secretary',
  'president-travel': 'president',
  'foreign-leader-visit': 'leader',
  'official-travel': 'official',
  'bilateral-meeting': 'bilateral',
  'press-conference': 'press-conf',
};
export function shortKind(kind: string): string {
  return SHORT_KINDS[kind] ?? kind;
}
