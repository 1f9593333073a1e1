// `diplomatic-visits/schemas`: the zod schemas, their inferred types, and
// `loadDataset` to validate a dataset file a user brings.
export * from './common.js';
export * from './country.js';
export * from './person.js';
export * from './source.js';
export * from './visit.js';
export * from './trip.js';
export * from './event.js';
export * from './issue.js';
export * from './discrepancy.js';
export * from './meta.js';
export * from './dataset.js';
export { loadDataset, loadDatasetAsync, type LoadDatasetOptions } from '../dataset/load-dataset.js';
export { datasetChecksum, datasetChecksumAsync } from '../dataset/checksum.js';
export { DatasetValidationError, isDatasetValidationError, isDiplomaticVisitsError, type DiplomaticVisitsErrorCode } from '../errors.js';
export { datasetJsonSchema, ISO_DATE_PATTERN } from './json-schema.js';
