// `diplomatic-visits` in Node: the bundled dataset, read on first use, and the query helpers.
import { getDataset } from './dataset/bundled-node.js';
import { bind } from './query/bind/index.js';

export * from './api.js';
export { getDataset };

/**
 * The query helpers bound to the bundled dataset, which loads on the first query.
 * @example
 * import { bundled } from 'diplomatic-visits';
 * bundled.visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-07' }).map((v) => v.locality);
 * //=> ['Tel Aviv', 'Amman', 'Ramallah', 'Baghdad', 'Ankara', 'Tokyo']
 */
export const bundled = /* @__PURE__ */ bind(getDataset);
