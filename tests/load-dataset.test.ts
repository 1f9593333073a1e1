import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { DatasetValidationError, SCHEMA_VERSION, loadDataset, type Dataset } from '../src/schemas/index.js';
import { datasetChecksum } from '../src/dataset/checksum.js';
import { writeDataDir } from './fixtures/data-dir.js';
import { unfrozenPaths } from './helpers/unfrozen.js';

const built = () => structuredClone(buildDataset(writeDataDir(), '1.0.0').dataset!) as Dataset;
const rehash = (ds: Dataset) => { ds.meta.sha256 = datasetChecksum(ds); return ds; };

describe('loadDataset', () => {
  it('accepts a built dataset as a string or a value, and freezes it', () => {
    const ds = built();
    const loaded = loadDataset(JSON.stringify(ds));
    expect(loaded.meta.sha256).toBe(ds.meta.sha256);
    expect(loadDataset(ds).visits).toHaveLength(3);
    expect(Object.isFrozen(loaded.visits[0]!.traveler)).toBe(true);
    expect(() => { (loaded.visits as unknown as unknown[]).push({}); }).toThrow(TypeError);
  });
  it('returns a dataset frozen at every depth, from text, bytes or a value (never freezing the caller\'s value)', () => {
    const ds = built();
    const text = JSON.stringify(ds);
    for (const loaded of [loadDataset(text), loadDataset(new TextEncoder().encode(text)), loadDataset(ds)]) {
      expect(unfrozenPaths(loaded)).toEqual([]);
    }
    expect(Object.isFrozen(ds.visits[0])).toBe(false);
  });
  it('is indifferent to white space and key order in the file', () => {
    const ds = built();
    expect(loadDataset(JSON.stringify(ds, null, 2)).meta.sha256).toBe(ds.meta.sha256);
    const { meta, ...rest } = ds;
    expect(() => loadDataset({ ...rest, meta })).not.toThrow();
  });
  it('names the path that fails the schema', () => {
    const ds = built() as unknown as { visits: { start: string }[] };
    ds.visits[1]!.start = '2021-13-01';
    expect(() => loadDataset(ds)).toThrow(DatasetValidationError);
    expect(() => loadDataset(ds)).toThrow('visits[1] "hsg-travel-1" field start: expected a real calendar date written YYYY-MM-DD, received "2021-13-01"');
  });
  it('refuses counts that do not match the content, even with a matching checksum', () => {
    const ds = built();
    ds.meta.counts.visits = 1;
    expect(() => loadDataset(rehash(ds))).toThrow('meta.counts.visits: says 1, but the file holds 3 visits');
  });
  it('refuses content that does not match its checksum', () => {
    const ds = built();
    (ds.visits[0] as { locality?: string }).locality = 'Osaka';
    expect(() => loadDataset(ds)).toThrow(/checksum mismatch: meta.sha256 says [0-9a-f]{64} but the content hashes to [0-9a-f]{64}/);
    expect(() => loadDataset(ds, { verifyChecksum: false })).not.toThrow();
  });
  it('refuses a schemaVersion newer than the library knows', () => {
    const ds = built();
    ds.meta.schemaVersion = SCHEMA_VERSION + 1;
    expect(() => loadDataset(rehash(ds))).toThrow(`dataset has schemaVersion ${SCHEMA_VERSION + 1}, newer than the ${SCHEMA_VERSION} this library reads`);
  });
  it('refuses broken references even with a matching checksum', () => {
    const ds = built();
    (ds.issueLinks[0] as { issueId: string }).issueId = 'nothing';
    expect(() => loadDataset(rehash(ds))).toThrow(/integrity check.*\n.*issueLinks "link-1" field issueId: "nothing" is not in issues/);
  });
  it('refuses text that is not JSON', () => {
    expect(() => loadDataset('{"meta":')).toThrow(/dataset is not valid JSON/);
  });
});
