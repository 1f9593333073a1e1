import { DiplomaticVisitsError } from '../errors.js';
import { canonicalJson } from '../util/canonical.js';
import { sha256HexAsync, sha256HexSync } from './platform-sha256.js';

/** The text `meta.sha256` hashes: the canonical JSON of the dataset with `meta.sha256` left out. */
function checksumInput(dataset: { meta: object }): string {
  const { sha256: _omit, ...meta } = dataset.meta as Record<string, unknown>;
  return canonicalJson({ ...dataset, meta });
}

/**
 * The checksum stored in `meta.sha256`: sha256 of the canonical JSON of the
 * dataset with `meta.sha256` left out. Synchronous where the runtime has a
 * synchronous hash (Node); elsewhere it throws a `DiplomaticVisitsError`
 * with code `ERR_DV_NO_SYNC_HASH`: use {@link datasetChecksumAsync} there.
 */
export function datasetChecksum(dataset: { meta: object }): string {
  return checksumOfInput(checksumInput(dataset));
}

/** {@link datasetChecksum} of a dataset whose input (canonical JSON without `meta.sha256`) was written already. */
export function checksumOfInput(input: string): string {
  const hash = sha256HexSync(input);
  if (hash === undefined) throw new DiplomaticVisitsError('datasetChecksum: this runtime has no synchronous SHA-256 (node:crypto; a browser offers only Web Crypto, which is async): use `await datasetChecksumAsync(dataset)`', 'ERR_DV_NO_SYNC_HASH');
  return hash;
}

/** {@link datasetChecksum} in any runtime: node:crypto where there is one, else Web Crypto. */
export function datasetChecksumAsync(dataset: { meta: object }): Promise<string> {
  return sha256HexAsync(checksumInput(dataset));
}
