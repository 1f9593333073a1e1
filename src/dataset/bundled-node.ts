import { lazyDataset } from './lazy.js';
import { readShippedDataset } from './read-node.js';

/**
 * The bundled dataset, read and parsed on first call only. Trusted without
 * validation: the build refused anything invalid.
 * @example
 * import { getDataset } from 'diplomatic-visits';
 * const ds = getDataset();
 * ds.meta.name;
 * //=> 'diplomatic-visits'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(() => readShippedDataset(new URL('./dataset.json', import.meta.url)));
