// Everything the main entry exports except the bundled-dataset loader, which
// differs between Node and browser builds. Nothing here may load zod.
export * from './errors.js';
export type * from './types.js';
export * from './generated/ids.js';
export * from './ids.js';
export * from './query/index.js';
export * from './diff/index.js';
