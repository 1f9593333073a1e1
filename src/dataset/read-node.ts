import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { DiplomaticVisitsError } from '../errors.js';

/**
 * Reads and parses a dataset file shipped in dist/ beside the built module.
 * Trusted without validation: the build refused anything invalid.
 */
export function readShippedDataset(file: URL): unknown {
  let text: string;
  try {
    // The build writes the shipped files as ASCII (non-ASCII as \u escapes): decoded as
    // latin1 they give the same string with no UTF-8 decoding (about 4 ms less for
    // dataset.json). A file that is not ASCII after all is still read as UTF-8.
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (error) {
    throw new DiplomaticVisitsError(`cannot read the bundled dataset at ${file.pathname}: ${(error as Error).message} (run \`npm run build\` in a checkout)`, 'ERR_DV_DATASET_UNAVAILABLE', { cause: error });
  }
  return JSON.parse(text);
}
