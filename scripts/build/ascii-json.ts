/**
 * JSON text with every character outside ASCII written as a `\uXXXX` escape:
 * the same JSON value (so the same canonical content and `meta.sha256`), but
 * a pure-ASCII file. V8 keeps an ASCII text as a one-byte string; a single
 * `é` makes the whole 3.5 MB text two-byte, which JSON.parse decodes several
 * times slower and holds at twice the memory.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
