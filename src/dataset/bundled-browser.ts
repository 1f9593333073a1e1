// Bundlers (Vite, webpack, esbuild) resolve the `browser` and `module` conditions to
// this module: no `fs`, the bundler turns the JSON import into data. Pure, so an app
// that never calls getDataset (it brings its own data) drops the dataset with it.
import data from 'diplomatic-visits/dataset.json';
import type { BundledDataset } from '../schemas/records.js';
import { freezeShipped } from './freeze-shipped.js';
import { lazyDataset } from './lazy.js';

/**
 * The bundled dataset, frozen on first call.
 * @example
 * import { getDataset } from 'diplomatic-visits';
 * const ds = getDataset();
 * ds.meta.name;
 * //=> 'diplomatic-visits'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(() => freezeShipped(data as BundledDataset));
