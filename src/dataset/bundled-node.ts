import { lazyDataset } from './lazy.js';
import { openShippedDataset } from './read-node.js';

/**
 * The bundled dataset, opened on first call; each collection (visits,
 * people, …) is read and parsed when first used. Trusted without validation:
 * the build refused anything invalid.
 * @example
 * import { getDataset } from 'diplomatic-visits';
 * const ds = getDataset();
 * ds.meta.name;
 * //=> 'diplomatic-visits'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(() => openShippedDataset(new URL('./dataset.json', import.meta.url)));
