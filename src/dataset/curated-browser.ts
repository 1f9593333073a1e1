// The curated subset for bundlers (`browser` and `module` conditions of
// `diplomatic-visits/curated`): the bundler turns the JSON import into data.
import data from 'diplomatic-visits/curated.json';
import type { BundledDataset } from '../schemas/records.js';
import { freezeShipped } from './freeze-shipped.js';
import { lazyDataset } from './lazy.js';

/**
 * The curated subset, frozen on first call.
 * @example
 * import { getDataset } from 'diplomatic-visits/curated';
 * const ds = getDataset();
 * ds.meta.subset?.name;
 * //=> 'curated'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(() => freezeShipped(data as BundledDataset));
