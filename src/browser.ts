// `diplomatic-visits` in browser bundles: the same API, the dataset imported as JSON (no fs).
export * from './api.js';
export { getDataset } from './dataset/bundled-browser.js';
