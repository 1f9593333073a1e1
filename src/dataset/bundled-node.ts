import { readFileSync } from 'node:fs';
import { DiplomaticVisitsError } from '../errors.js';
import { lazyDataset } from './lazy.js';

/**
 * The bundled dataset, read and parsed on first call only. Trusted without
 * validation: the build refused anything invalid.
 * @example
 * const ds = getDataset();
 * ds.meta.version; // the package version
 */
export const getDataset = lazyDataset(() => {
  const file = new URL('./dataset.json', import.meta.url);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DiplomaticVisitsError(`cannot read the bundled dataset at ${file.pathname}: ${(error as Error).message} (run \`npm run build\` in a checkout)`, 'ERR_DV_DATASET_UNAVAILABLE', { cause: error });
  }
  return JSON.parse(text);
});
