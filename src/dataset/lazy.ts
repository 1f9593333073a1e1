import type { BundledDataset } from '../schemas/records.js';
import { deepFreeze } from './freeze.js';

/** Wraps a loader so it runs once, on first use, and its result is frozen. */
export function lazyDataset(load: () => unknown): () => BundledDataset {
  let dataset: BundledDataset | undefined;
  return () => (dataset ??= deepFreeze(load() as BundledDataset));
}
