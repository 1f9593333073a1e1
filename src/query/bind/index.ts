import { InvalidArgumentError } from '../../errors.js';
import type { Dataset } from '../../schemas/dataset.js';
import { helpers, type Helpers } from '../helpers.js';

/** The query helpers with the dataset argument already given. */
export type BoundHelpers = {
  readonly [K in keyof Helpers]: Helpers[K] extends (ds: Dataset, ...args: infer A) => infer R ? (...args: A) => R : never;
} & {
  /** The dataset the helpers query (loaded on first use when bound to a loader). */
  readonly dataset: Dataset;
};

/**
 * Binds every query helper to one dataset, so calls need no dataset argument.
 * Pass a dataset, or a function returning one: it is called on each query
 * (getDataset is: it loads once, on the first query, not at bind time).
 *
 * @param source - a dataset, or a function that returns one
 * @returns the helpers, each without its first argument, and `dataset`
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { bind } from 'diplomatic-visits';
 * import { loadDataset } from 'diplomatic-visits/schemas';
 * const pinned = bind(loadDataset(readFileSync('dataset-1.0.0.json', 'utf8')));
 * pinned.visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' });
 */
export function bind(source: Dataset | (() => Dataset)): BoundHelpers {
  if (typeof source !== 'function' && (source === null || typeof source !== 'object')) {
    throw new InvalidArgumentError('source', 'a dataset or a function that returns one', source);
  }
  const get = typeof source === 'function' ? source : () => source;
  const bound: Record<string, unknown> = {};
  for (const [name, helper] of Object.entries(helpers)) {
    const fn = helper as (ds: Dataset, ...args: unknown[]) => unknown;
    bound[name] = { [name]: (...args: unknown[]) => fn(get(), ...args) }[name];
  }
  Object.defineProperty(bound, 'dataset', { get, enumerable: false });
  return Object.freeze(bound) as BoundHelpers;
}
