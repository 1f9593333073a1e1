/**
 * A shipped JSON file as the ES module that the browser build imports (dist/dataset.browser.js,
 * dist/curated.browser.js): its default export is the same JSON text as one string literal,
 * which getDataset() hands to JSON.parse on first use.
 *
 * Why not let the app's bundler import the JSON: esbuild and Rollup turn it into an object
 * literal, which V8 parses 2-4x slower than JSON.parse of the same text; a string literal is
 * only scanned (about half the cost of JSON.parse), and the parse waits for the first query.
 * `'` and `` ` `` in the data are written as the JSON escapes \u0027 and \u0060 (the same
 * value), so the literal needs no quote escaped: minifiers that pick the quote with the fewest
 * escapes (esbuild, terser) keep it single-quoted, where a template literal scans twice as slowly.
 */
export function browserModuleSource(json: string, from: string): string {
  const text = json.trimEnd().replace(/['`]/g, (c) => (c === "'" ? '\\u0027' : '\\u0060'));
  // Inside '…' only the backslash and line terminators need escaping (JSON has no raw \n or \r, but may hold U+2028/2029).
  const literal = text.replace(/[\\\n\r\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `// Generated from ${from} by scripts/build-dataset.ts for the browser build: the same JSON text, parsed on first use. Read ${from}, not this file.\nexport default '${literal}';\n`;
}
