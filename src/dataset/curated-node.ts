import { lazyDataset } from './lazy.js';
import { openShippedDataset } from './read-node.js';

/**
 * The curated subset (dist/curated.json), read and parsed on first call only.
 * @example
 * import { getDataset } from 'diplomatic-visits/curated';
 * const ds = getDataset();
 * ds.meta.subset?.name;
 * //=> 'curated'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(() => openShippedDataset(new URL('./curated.json', import.meta.url)));
