// The package imports its own dataset by name in browser bundles; the bundler resolves it.
declare module 'diplomatic-visits/dataset.json' {
  const data: unknown;
  export default data;
}
