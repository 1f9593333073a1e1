import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { DatasetValidationError, datasetChecksum, datasetChecksumAsync, isDiplomaticVisitsError, loadDataset, loadDatasetAsync, type Dataset } from '../src/schemas/index.js';
import { canonicalJson } from '../src/util/canonical.js';
import { writeDataDir } from './fixtures/data-dir.js';
import { withoutNodeCrypto } from './fixtures/no-node-crypto.js';

const built = () => structuredClone(buildDataset(writeDataDir(), '1.0.0').dataset!) as Dataset;

/** The canonical JSON as the library wrote it before it used a sorted copy: the checksum's definition. */
function joinedCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(joinedCanonical).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${joinedCanonical((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined fields, keeps a "__proto__" key as data', () => {
    const value = JSON.parse('{"b":[{"z":1,"a":"x"},null,true],"a":{"__proto__":{"y":2},"c":"é\\u2028"},"u":1}') as Record<string, unknown>;
    value.u = undefined;
    expect(canonicalJson(value)).toBe('{"a":{"__proto__":{"y":2},"c":"é\u2028"},"b":[{"a":"x","z":1},null,true]}');
    expect(canonicalJson(value)).toBe(joinedCanonical(value));
  });
  it('writes a built dataset as the string-joining definition does', () => {
    const ds = built();
    expect(canonicalJson(ds)).toBe(joinedCanonical(ds));
  });
});

describe('loadDatasetAsync', () => {
  it('loads and freezes what loadDataset loads, and refuses what it refuses', async () => {
    const ds = built();
    const loaded = await loadDatasetAsync(JSON.stringify(ds));
    expect(loaded).toEqual(loadDataset(JSON.stringify(ds)));
    expect(Object.isFrozen(loaded.visits[0]!.traveler)).toBe(true);
    (ds.visits[0] as { locality?: string }).locality = 'Osaka';
    await expect(loadDatasetAsync(ds)).rejects.toThrow(/checksum mismatch: meta.sha256 says [0-9a-f]{64} but the content hashes to [0-9a-f]{64}/);
    await expect(loadDatasetAsync(ds, { verifyChecksum: false })).resolves.toMatchObject({ meta: { version: '1.0.0' } });
    await expect(loadDatasetAsync('{"meta":')).rejects.toThrow(DatasetValidationError);
  });
  it('where only Web Crypto exists (a browser): loadDataset says to use loadDatasetAsync, which verifies the checksum', async () => {
    const ds = built();
    const text = JSON.stringify(ds);
    const expected = datasetChecksum(ds);
    const restore = withoutNodeCrypto();
    try {
      let thrown: unknown;
      try {
        loadDataset(text);
      } catch (error) {
        thrown = error;
      }
      expect(isDiplomaticVisitsError(thrown) && thrown.code).toBe('ERR_DV_NO_SYNC_HASH');
      expect((thrown as Error).message).toMatch(/loadDatasetAsync/);
      expect(() => datasetChecksum(ds)).toThrow(/datasetChecksumAsync/);
      // Without the checksum there is nothing to hash: the sync path still works.
      expect(loadDataset(text, { verifyChecksum: false }).meta.sha256).toBe(ds.meta.sha256);
      expect(await datasetChecksumAsync(ds)).toBe(expected);
      expect((await loadDatasetAsync(text)).meta.sha256).toBe(ds.meta.sha256);
      const edited = structuredClone(ds);
      edited.meta.version = '1.0.1';
      await expect(loadDatasetAsync(edited)).rejects.toThrow(/checksum mismatch/);
    } finally {
      restore();
    }
  });
});
