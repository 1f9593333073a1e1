/**
 * JSON text with every character outside ASCII written as a `\uXXXX` escape:
 * the same JSON value (so the same canonical content and `meta.sha256`), but
 * a pure-ASCII file. V8 keeps an ASCII text as a one-byte string; a single
 * `é` makes the whole 3.5 MB text two-byte, which JSON.parse decodes several
 * times slower and holds at twice the memory.
 */
export function asciiJson(value: unknown): string {
  return asciiText(JSON.stringify(value));
}

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text with its characters outside ASCII written as `\uXXXX` escapes; with `quotes`, `'` and
 * `` ` `` too (inside JSON they stand only in strings, where the escape is the same value), so the
 * text fits a JavaScript string literal with no quote escaped.
 */
export function asciiText(json: string, { quotes = false } = {}): string {
  return json.replace(quotes ? /[^\x00-\x7f]|['`]/g : /[^\x00-\x7f]/g, escape);
}
