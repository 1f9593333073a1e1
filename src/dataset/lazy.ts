import type { BundledDataset } from '../schemas/records.js';
import { freezeShipped } from './freeze-shipped.js';

/** Wraps a loader of a shipped dataset file so it runs once, on first use, and its result is frozen. */
export function lazyDataset(load: () => unknown): () => BundledDataset {
  let dataset: BundledDataset | undefined;
  return () => (dataset ??= freezeShipped(load() as BundledDataset));
}
