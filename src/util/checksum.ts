import { canonicalJson } from './canonical.js';
import { sha256Hex } from './sha256.js';

/** The checksum stored in `meta.sha256`: sha256 of the canonical JSON of the dataset with `meta.sha256` left out. */
export function datasetChecksum(dataset: { meta: object }): string {
  const { sha256: _omit, ...meta } = dataset.meta as Record<string, unknown>;
  return sha256Hex(canonicalJson({ ...dataset, meta }));
}
