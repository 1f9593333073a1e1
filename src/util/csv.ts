// The package's one CSV writer: the build's dist/csv tables
// (scripts/build/csv.ts) and the CLI's --format csv both write with it, so the
// same value is written the same way everywhere. The rule, documented in
// docs/data-for-analysts.md and undone by the readers below:
//
// 1. A list cell: each item with `\` written `\\` and `;` written `\;`, the
//    items joined with `;`. An empty cell is an empty list (items are never
//    empty strings). Ids hold neither character, so their lists split on `;`.
// 2. A text cell (a list cell too, after step 1) that starts with = + - @ TAB
//    CR, which a spreadsheet would run as a formula, or with ', gets one ' in
//    front: to read it back, remove one leading ' from any cell that has one.
//    Numbers and booleans are written as they are.
// 3. RFC 4180: a field is quoted with " when it holds a comma, a double quote,
//    CR or LF, quotes inside doubled; CRLF after every record; UTF-8, no BOM.

/** The separator of the items of a list cell. */
export const LIST_SEPARATOR = ';';

const FORMULA_START = /^[=+\-@\t\r']/;

/** Rule 2: a `'` in front of text a spreadsheet would run as a formula, or that starts with `'` (so the rule can be undone). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Rule 1 then 2: the items of a list in one cell. */
export function listCell(items: readonly string[]): string {
  return neutralizeFormula(items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR));
}

/** One value as the text of its cell (before quoting): text neutralized, lists joined, numbers and booleans as they are, absent empty. */
export function cellText(value: string | number | boolean | null | undefined | readonly string[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return neutralizeFormula(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return listCell(value);
}

/** Rule 3: one RFC 4180 field. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: the header row, then the rows (cell texts, quoted here); CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of [header, ...rows]) out += `${row.map(quoteField).join(',')}\r\n`;
  return out;
}

// The readers: the rule undone, for tests and for anyone reading the files in JavaScript.

/** Rule 2 undone: one leading `'` removed. */
export function readText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Rules 2 and 1 undone: the items of a list cell. */
export function readList(cell: string): string[] {
  const text = readText(cell);
  if (text === '') return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) item += text[++i];
    else if (c === LIST_SEPARATOR) {
      items.push(item);
      item = '';
    } else item += c;
  }
  items.push(item);
  return items;
}

/** Rule 3 undone: the records of an RFC 4180 text, each a list of field texts. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '' && !wasQuoted) quoted = wasQuoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
      i++;
    } else field += c;
  }
  if (field !== '' || record.length || wasQuoted) record.push(field), records.push(record);
  return records;
}
