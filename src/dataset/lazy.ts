import type { Dataset } from '../schemas/dataset.js';
import { deepFreeze } from './freeze.js';

/** Wraps a loader so it runs once, on first use, and its result is frozen. */
export function lazyDataset(load: () => unknown): () => Dataset {
  let dataset: Dataset | undefined;
  return () => (dataset ??= deepFreeze(load() as Dataset));
}
