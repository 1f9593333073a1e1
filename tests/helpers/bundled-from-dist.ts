// A `vi.mock` factory for src/dataset/bundled-node.js: from src, the bundled
// dataset is the built dist/dataset.json (npm test builds first), read on first
// use. Kept apart from ./cli.js, which imports the mocked module (a factory that
// imported it would wait for itself).
export async function bundledFromDist() {
  const { lazyDataset } = await import('../../src/dataset/lazy.js');
  const { openShippedDataset } = await import('../../src/dataset/read-node.js');
  return { getDataset: lazyDataset(() => openShippedDataset(new URL('../../dist/dataset.json', import.meta.url))) };
}
