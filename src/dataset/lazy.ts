import type { BundledDataset } from '../schemas/records.js';

/** Wraps an opener of a shipped dataset (which freezes what it returns) so it runs once, on first use. */
export function lazyDataset(open: () => BundledDataset): () => BundledDataset {
  let dataset: BundledDataset | undefined;
  return () => (dataset ??= open());
}

/**
 * A frozen object with `keys` as enumerable properties in that order, each
 * computed on first read and kept (a getter: spreading, JSON.stringify and
 * Object.keys see plain values; nothing can be assigned).
 */
export function lazyFrozenRecord<T extends object>(keys: readonly string[], compute: (key: string) => unknown): T {
  const out = {};
  for (const key of keys) {
    let done = false;
    let value: unknown;
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        if (!done) {
          value = compute(key);
          done = true;
        }
        return value;
      },
    });
  }
  return Object.freeze(out) as T;
}
