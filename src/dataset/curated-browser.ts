// The curated subset for bundlers (`browser` and `module` conditions of
// `diplomatic-visits/curated`): dist/curated.browser.js, curated.json's text as a
// string literal, parsed on the first call (see bundled-browser.ts).
import text from './curated.browser.js';
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
export const getDataset = /* @__PURE__ */ lazyDataset(() => freezeShipped(JSON.parse(text) as BundledDataset));
