import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/assemble.js';
import { writeDataDir } from '../../tests/fixtures/data-dir.js';
import { InvalidArgumentError } from '../errors.js';
import type { Dataset } from '../schemas/dataset.js';
import { datasetChecksum } from '../dataset/checksum.js';
import { dataReleaseType, diffDatasets, diffToMarkdown, diffToText } from './index.js';

const base = buildDataset(writeDataDir(), '1.0.0').dataset!;
const copy = (version = '1.1.0') => {
  const ds = structuredClone(base) as Dataset;
  ds.meta.version = version;
  return ds;
};
const rehash = (ds: Dataset) => {
  ds.meta.sha256 = datasetChecksum(ds);
  return ds;
};

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself, and counts every record as unchanged', () => {
    const diff = diffDatasets(base, base);
    expect(diff.hasChanges).toBe(false);
    expect(diff.meta).toEqual([]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 17 });
    expect(diff.summary.byCollection.visits).toEqual({ before: 3, after: 3, added: 0, removed: 0, changed: 0, unchanged: 3 });
    expect(dataReleaseType(diff)).toBeNull();
  });

  it('lists added, removed and changed records by collection and id, with dotted paths', () => {
    const next = copy();
    next.visits.push({ ...structuredClone(next.visits[1]!), id: 'hsg-travel-10', start: '2021-03-19', end: '2021-03-19' });
    next.visits.push({ ...structuredClone(next.visits[1]!), id: 'hsg-travel-9', start: '2021-03-19', end: '2021-03-19' });
    next.discrepancies = [];
    const tokyo = next.visits.find((v) => v.id === 'hsg-travel-1')!;
    tokyo.locality = 'Tokyo and Yokohama';
    tokyo.traveler.name = 'Antony J. Blinken';
    tokyo.provenance[1] = { ...tokyo.provenance[1]!, quote: 'Blinken arrived in Tokyo' };
    tokyo.eventIds = [];
    delete tokyo.tripId;
    next.countries.find((c) => c.code === 'JP')!.codeNote = 'ISO 3166-1';
    next.meta.counts = { ...next.meta.counts, visits: 5, discrepancies: 0 };
    const diff = diffDatasets(base, rehash(next));

    expect(diff.hasChanges).toBe(true);
    expect(diff.collections.visits.added).toEqual(['hsg-travel-9', 'hsg-travel-10']);
    expect(diff.collections.discrepancies.removed).toEqual(['disc-1']);
    expect(diff.collections.visits.changed).toEqual([
      {
        id: 'hsg-travel-1',
        fields: ['traveler.name', 'locality', 'tripId', 'eventIds', 'provenance.1.quote'],
        changes: [
          { path: 'traveler.name', kind: 'changed', before: 'Antony John Blinken', after: 'Antony J. Blinken' },
          { path: 'locality', kind: 'changed', before: 'Tokyo', after: 'Tokyo and Yokohama' },
          { path: 'tripId', kind: 'removed', before: 'blinken-antony-j-2021-03-15' },
          { path: 'eventIds', kind: 'changed', before: ['tokyo-2-plus-2'], after: [] },
          { path: 'provenance.1.quote', kind: 'changed', before: 'Blinken in Tokyo', after: 'Blinken arrived in Tokyo' },
        ],
      },
    ]);
    // countries are keyed by code
    expect(diff.collections.countries.changed).toEqual([
      { id: 'JP', fields: ['codeNote'], changes: [{ path: 'codeNote', kind: 'added', after: 'ISO 3166-1' }] },
    ]);
    expect(diff.summary).toMatchObject({ added: 2, removed: 1, changed: 2 });
    expect(diff.summary.byCollection.visits).toEqual({ before: 3, after: 5, added: 2, removed: 0, changed: 1, unchanged: 2 });
    expect(diff.summary.byCollection.discrepancies).toEqual({ before: 1, after: 0, added: 0, removed: 1, changed: 0, unchanged: 0 });
    expect(diff.from).toEqual({ version: '1.0.0', schemaVersion: 1, sha256: base.meta.sha256 });
    expect(diff.to.version).toBe('1.1.0');
    expect(diff.meta.map((c) => c.path)).toEqual(['version', 'sha256', 'counts.visits', 'counts.discrepancies']);
    expect(dataReleaseType(diff)).toBe('major');
  });

  it('compares arrays of objects item by item, and reports items added or removed at the end', () => {
    const next = copy();
    next.visits[0]!.provenance.push({ sourceId: 'hsg-travels', recordIds: ['hsg-travel-3'] });
    next.people[1]!.roles = [];
    const diff = diffDatasets(base, next);
    expect(diff.collections.visits.changed[0]!.changes).toEqual([
      { path: 'provenance.1', kind: 'added', after: { sourceId: 'hsg-travels', recordIds: ['hsg-travel-3'] } },
    ]);
    // an emptied array of objects is a whole-array change
    expect(diff.collections.people.changed[0]!.fields).toEqual(['roles']);
    expect(dataReleaseType(diff)).toBe('patch');
  });

  it('ignores key order and treats an undefined key as absent', () => {
    const next = copy('1.0.0');
    const v = next.visits[0]!;
    next.visits[0] = Object.fromEntries(Object.entries(v).reverse()) as typeof v;
    (next.visits[1] as { remarks?: string }).remarks = undefined;
    expect(diffDatasets(base, next).hasChanges).toBe(false);
  });

  it('does not change either dataset', () => {
    const a = copy('1.0.0');
    const b = copy();
    b.visits.pop();
    const before = [JSON.stringify(a), JSON.stringify(b)];
    diffDatasets(a, b);
    expect([JSON.stringify(a), JSON.stringify(b)]).toEqual(before);
  });

  it('suggests minor for additions only', () => {
    const next = copy();
    next.issues.push({ id: 'taiwan', label: 'Taiwan', description: 'Cross-strait relations.', aliases: [] });
    expect(dataReleaseType(diffDatasets(base, next))).toBe('minor');
  });

  it('refuses datasets of different schemaVersion, and arguments that are not datasets', () => {
    const next = copy();
    next.meta.schemaVersion = 2;
    expect(() => diffDatasets(base, next)).toThrow(InvalidArgumentError);
    expect(() => diffDatasets(base, next)).toThrow(/b\.meta\.schemaVersion: expected schemaVersion 1/);
    expect(() => diffDatasets(JSON.stringify(base) as unknown as Dataset, base)).toThrow(/^a: expected a dataset object/);
    const partial = { ...copy(), visits: undefined } as unknown as Dataset;
    expect(() => diffDatasets(base, partial)).toThrow(/^b\.visits: expected an array of records/);
  });
});

describe('diff reports', () => {
  const next = copy();
  next.visits.push({ ...structuredClone(next.visits[1]!), id: 'hsg-travel-10', start: '2021-03-19', end: '2021-03-19' });
  next.visits[0]!.locality = 'Yokosuka';
  next.visits[0]!.provenance[0]!.quote = 'Austin will hold talks in Tokyo and Yokosuka';
  const diff = diffDatasets(base, rehash(next));

  it('writes markdown for a changeset: a summary line, a table and the ids', () => {
    const md = diffToMarkdown(diff);
    expect(md.split('\n')[0]).toBe(
      `Data: visits 1 added, 1 corrected (dataset 1.0.0 → 1.1.0, sha256 \`${base.meta.sha256.slice(0, 12)}\` → \`${next.meta.sha256.slice(0, 12)}\`).`,
    );
    expect(md).toContain('| visits | 3 | 4 | 1 | 0 | 1 |');
    expect(md).toContain('  - added (1): `hsg-travel-10`');
    expect(md).toContain('  - corrected (1): `austin-2021-03-15-jp` (locality, provenance)');
    expect(md).not.toContain('| countries');
    expect(diffToMarkdown(diff, { maxIds: 0 })).toContain('  - added (1): … and 1 more');
    expect(diffToMarkdown(diffDatasets(base, base))).toMatch(/^Data: no data changes \(compared with dataset 1\.0\.0, sha256/);
  });

  it('writes text with a counts table and old → new values', () => {
    const text = diffToText(diff);
    expect(text).toMatch(/^visits\s+3\s+4\s+1\s+0\s+1\s+2$/m);
    expect(text).toMatch(/^total\s+17\s+18\s+1\s+0\s+1\s+16$/m);
    expect(text).toContain('  + hsg-travel-10');
    expect(text).toContain('  ~ austin-2021-03-15-jp\n      locality: "Tokyo" → "Yokosuka"');
    expect(diffToText(diffDatasets(base, base))).toContain('No record was added, removed or changed.');
  });
});
