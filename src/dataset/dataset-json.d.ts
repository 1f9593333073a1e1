// The package imports its own data by name in bundler builds; the bundler resolves it.
declare module 'diplomatic-visits/dataset.json' {
  const data: unknown;
  export default data;
}
declare module 'diplomatic-visits/curated.json' {
  const data: unknown;
  export default data;
}
// The browser build's data (dist/*.browser.js, written by scripts/build-dataset.ts beside
// the JSON files): JSON text as a string (collections in the compact form of codec.ts), and its
// layout (checked before use). Imported
// relative to dist/browser.js, so it is no export of the package.
declare module '*/dataset.browser.js' {
  const text: string;
  export const layout: unknown;
  export default text;
}
declare module '*/curated.browser.js' {
  const text: string;
  export const layout: unknown;
  export default text;
}
