// `diplomatic-visits` in browser bundles: the same API, the dataset imported as JSON (no fs).
import { getDataset } from './dataset/bundled-browser.js';
import { bind } from './query/bind/index.js';

export * from './api.js';
export { getDataset };

/**
 * The query helpers bound to the bundled dataset, which loads on the first query.
 * @example
 * import { bundled } from 'diplomatic-visits';
 * bundled.trips({ person: 'blinken-antony-j', issue: 'taiwan' }).map((t) => t.id);
 * //=> ['blinken-antony-j-2023-11-03', 'blinken-antony-j-2024-04-24']
 */
export const bundled = /* @__PURE__ */ bind(getDataset);
