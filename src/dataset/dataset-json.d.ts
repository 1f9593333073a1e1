// The package imports its own data by name in bundler builds; the bundler resolves it.
declare module 'diplomatic-visits/dataset.json' {
  const data: unknown;
  export default data;
}
declare module 'diplomatic-visits/curated.json' {
  const data: unknown;
  export default data;
}
