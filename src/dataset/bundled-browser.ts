// Browser bundles (Vite, webpack, esbuild) resolve the `browser` condition to
// this module: no `fs`, the bundler turns the JSON import into data.
import data from 'diplomatic-visits/dataset.json';
import { lazyDataset } from './lazy.js';

/**
 * The bundled dataset, frozen on first call.
 * @example
 * const ds = getDataset();
 */
export const getDataset = lazyDataset(() => data);
