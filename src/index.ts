// `diplomatic-visits` in Node: the bundled dataset, read on first use, and the query helpers.
export * from './api.js';
export { getDataset } from './dataset/bundled-node.js';
