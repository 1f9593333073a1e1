// Bundlers (Vite, webpack, esbuild) resolve the `browser` and `module` conditions to
// this module: no `fs`. The data is dist/dataset.browser.js, which the build generates
// from dataset.json: JSON text as a string literal, which a bundler keeps as it is
// (a JSON import would become an object literal, 2-4x slower for V8 to parse), each
// collection in the compact form of codec.ts (60% of the JSON gzipped), with its
// layout: each collection is decoded when first read (open-text.ts). Bound here, not in
// an arrow function, so that terser (webpack) does not move the 2 MB literal into a
// lazily compiled function, which V8 would scan twice. Pure, so an app
// that never calls getDataset (it brings its own data) drops the dataset with it.
import text, { layout } from './dataset.browser.js';
import { lazyDataset } from './lazy.js';
import { openShippedText } from './open-text.js';

/**
 * The bundled dataset, frozen on first call.
 * @example
 * import { getDataset } from 'diplomatic-visits';
 * const ds = getDataset();
 * ds.meta.name;
 * //=> 'diplomatic-visits'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(/* @__PURE__ */ openShippedText.bind(null, text, layout));
