// The curated subset for bundlers (`browser` and `module` conditions of
// `diplomatic-visits/curated`): dist/curated.browser.js, curated.json's data as a
// string literal (its collections in the compact form of codec.ts) and its layout,
// each collection decoded when first read (see bundled-browser.ts).
import text, { layout } from './curated.browser.js';
import { lazyDataset } from './lazy.js';
import { openShippedText } from './open-text.js';

/**
 * The curated subset, frozen on first call.
 * @example
 * import { getDataset } from 'diplomatic-visits/curated';
 * const ds = getDataset();
 * ds.meta.subset?.name;
 * //=> 'curated'
 */
export const getDataset = /* @__PURE__ */ lazyDataset(/* @__PURE__ */ openShippedText.bind(null, text, layout));
