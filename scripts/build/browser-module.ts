import type { ShippedLayout } from '../../src/dataset/layout.js';

/**
 * A shipped JSON file as the ES module that the browser build imports (dist/dataset.browser.js,
 * dist/curated.browser.js): its default export is the same JSON text as one string literal, and
 * `layout` where each top-level value sits in that string (the file's layout, scripts/build/layout.ts,
 * shifted where the text differs), so getDataset() parses each collection when it is first read
 * (src/dataset/open-text.ts).
 *
 * Why not let the app's bundler import the JSON: esbuild and Rollup turn it into an object
 * literal, which V8 parses 2-4x slower than JSON.parse of the same text; a string literal is
 * only scanned (about half the cost of JSON.parse), and the parse waits for the first query.
 * `'` and `` ` `` in the data are written as the JSON escapes \u0027 and \u0060 (the same
 * value), so the literal needs no quote escaped: minifiers that pick the quote with the fewest
 * escapes (esbuild, terser) keep it single-quoted, where a template literal scans twice as slowly.
 */
export function browserModuleSource(json: string, layout: ShippedLayout, from: string): string {
  const source = json.trimEnd();
  // Each replaced character grows the text by 5: an offset moves by 5 for each one before it.
  const replaced: number[] = [];
  const text = source.replace(/['`]/g, (c, at: number) => {
    replaced.push(at);
    return c === "'" ? '\\u0027' : '\\u0060';
  });
  const shift = (offset: number) => {
    let n = 0;
    while (n < replaced.length && replaced[n]! < offset) n++;
    return offset + 5 * n;
  };
  const collections = Object.fromEntries(Object.entries(layout.collections).map(([key, [start, end]]) => [key, [shift(start), shift(end)] as const]));
  // Without the layout's id lists (people ids, country codes): in a bundle they would cost 2% more gzipped
  // to spare parsing the people (a twentieth of the text) when a query checks a person id.
  const { ids: _ids, ...rest } = layout;
  const shifted: Omit<ShippedLayout, 'ids'> = { ...rest, bytes: text.length, collections };
  for (const [key, [start, end]] of Object.entries(collections)) {
    const prefix = `${JSON.stringify(key)}:`;
    if (text.slice(start - prefix.length, start) !== prefix || end - start < layout.collections[key]![1] - layout.collections[key]![0]) {
      throw new Error(`browserModuleSource: ${from}'s layout does not describe its text (no ${prefix} at ${start})`);
    }
  }
  // Inside '…' only the backslash and line terminators need escaping (JSON has no raw \n or \r, but may hold U+2028/2029).
  const literal = text.replace(/[\\\n\r\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `// Generated from ${from} by scripts/build-dataset.ts for the browser build: the same JSON text, parsed on first use. Read ${from}, not this file.\nexport const layout = ${JSON.stringify(shifted)};\nexport default '${literal}';\n`;
}
