import type { ShippedLayout } from '../../src/dataset/layout.js';
import { asciiText } from './ascii-json.js';
import { encodeCollection } from './codec.js';

/**
 * A shipped JSON file as the ES module that the browser build imports (dist/dataset.browser.js,
 * dist/curated.browser.js): its default export is one JSON text as a string literal, `{"meta":…,
 * "visits":…}`, where meta is the file's own and each collection is in the compact form of
 * src/dataset/codec.ts (column by column, ~40% smaller gzipped; encoded by ./codec.ts, which checks
 * that it decodes to the file's very JSON), and `layout`: the file's layout (scripts/build/layout.ts)
 * with where each value sits in this text and which ones are encoded, so getDataset() decodes each
 * collection when it is first read (src/dataset/open-text.ts).
 *
 * Why a string and not an import of JSON: esbuild and Rollup turn JSON into an object literal,
 * which V8 parses 2-4x slower than JSON.parse of the same text; a string literal is only scanned,
 * and the parse waits for the first query. The text is ASCII (other characters as \u escapes, so
 * V8 keeps one-byte strings) and `'` and `` ` `` are written \u0027 and \u0060 (the same value),
 * so the literal needs no quote escaped: minifiers that pick the quote with the fewest escapes
 * (esbuild, terser) keep it single-quoted, where a template literal scans twice as slowly.
 */
export function browserModuleSource(json: string, layout: ShippedLayout, from: string): string {
  const source = json.trimEnd();
  const value = JSON.parse(source) as Record<string, unknown>;
  if (JSON.stringify(Object.keys(value)) !== JSON.stringify(Object.keys(layout.collections))) {
    throw new Error(`browserModuleSource: ${from}'s layout does not describe its text (its keys differ)`);
  }
  for (const [key, [start, end]] of Object.entries(layout.collections)) {
    const prefix = `${JSON.stringify(key)}:`;
    if (source.slice(start - prefix.length, start) !== prefix || JSON.stringify(JSON.parse(source.slice(start, end))) !== JSON.stringify(value[key])) {
      throw new Error(`browserModuleSource: ${from}'s layout does not describe its text (no ${prefix} at ${start})`);
    }
  }
  const ascii = (json: string) => asciiText(json, { quotes: true });
  const collections: Record<string, [number, number]> = {};
  const encoded: string[] = [];
  let text = '{';
  for (const [key, v] of Object.entries(value)) {
    if (text.length > 1) text += ',';
    text += `${ascii(JSON.stringify(key))}:`;
    // meta stays as it is (read before any collection, without the decoder); the collections are encoded
    const encode = key !== 'meta' && Array.isArray(v);
    const part = ascii(encode ? encodeCollection(v, `${from}'s ${key}`) : JSON.stringify(v));
    if (encode) encoded.push(key);
    collections[key] = [text.length, text.length + part.length];
    text += part;
  }
  text += '}';
  // With the layout's id lists (people ids, country codes; 3% of the bundle gzipped): a query that
  // checks a person id does not decode the people, which costs more than parsing them did.
  const shifted: ShippedLayout & { encoded: string[] } = { ...layout, bytes: text.length, collections, encoded };
  // Inside '…' only the backslash needs escaping (the text is ASCII JSON: no raw line terminators).
  const literal = text.replace(/\\/g, '\\\\');
  return `// Generated from ${from} by scripts/build-dataset.ts for the browser build: the same data, its collections in the compact form of src/dataset/codec.ts, decoded on first use. Read ${from}, not this file.\nexport const layout = ${JSON.stringify(shifted)};\nexport default '${literal}';\n`;
}
