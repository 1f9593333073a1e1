import { readFileSync } from 'node:fs';
import { DiplomaticVisitsError } from '../errors.js';

/**
 * Reads and parses a dataset file shipped in dist/ beside the built module.
 * Trusted without validation: the build refused anything invalid.
 */
export function readShippedDataset(file: URL): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DiplomaticVisitsError(`cannot read the bundled dataset at ${file.pathname}: ${(error as Error).message} (run \`npm run build\` in a checkout)`, 'ERR_DV_DATASET_UNAVAILABLE', { cause: error });
  }
  return JSON.parse(text);
}
