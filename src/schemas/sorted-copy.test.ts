// The schema-compiled sorted copy must write exactly canonicalJson's text (the checksum's input).
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { buildDataset } from '../../scripts/build/assemble.js';
import { writeDataDir } from '../../tests/fixtures/data-dir.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { canonicalJson } from '../util/canonical.js';
import { DatasetSchema } from './dataset.js';
import { sortedCopyOf, writeSortedJson } from './sorted-copy.js';

const canonical = (value: unknown) => JSON.stringify(sortedCopyOf(DatasetSchema)(value));

describe('sortedCopyOf(DatasetSchema)', () => {
  it('writes the canonical JSON of valid datasets, as parsed from text and as zod returns them', () => {
    for (const ds of [freshSmallDataset(), buildDataset(writeDataDir(), '1.0.0').dataset!]) {
      const parsed = JSON.parse(JSON.stringify(ds)) as unknown;
      expect(canonical(parsed)).toBe(canonicalJson(parsed));
      const fromZod = DatasetSchema.parse(parsed);
      expect(canonical(fromZod)).toBe(canonicalJson(fromZod));
    }
  });

  it('leaves out an optional key written undefined, as canonicalJson does, and keeps every key order sorted', () => {
    const ds = freshSmallDataset() as unknown as { visits: Record<string, unknown>[] };
    ds.visits[0]!.locality = undefined;
    const reordered = Object.fromEntries(Object.entries(ds.visits[1]!).reverse());
    ds.visits[1] = reordered;
    expect(canonical(ds)).toBe(canonicalJson(ds));
  });

  it('copies the generic way what the schema does not describe key by key (a record, a union)', () => {
    const schema = z.strictObject({ r: z.record(z.string(), z.number()), u: z.union([z.strictObject({ b: z.string(), a: z.string() }), z.string()]) });
    const value = { u: { b: 'x', a: 'y' }, r: { z: 1, a: 2 } };
    expect(JSON.stringify(sortedCopyOf(schema)(value))).toBe(canonicalJson(value));
  });

  it('writes the same text in parts, each part whole JSON text, and lets the caller leave a top-level value\'s key out', () => {
    for (const ds of [freshSmallDataset(), buildDataset(writeDataDir(), '1.0.0').dataset!]) {
      const parts: string[] = [];
      writeSortedJson(DatasetSchema, ds, (part) => parts.push(part));
      expect(parts.length).toBeGreaterThan(10);
      expect(parts.join('')).toBe(canonicalJson(ds));
      const withoutSha: string[] = [];
      writeSortedJson(DatasetSchema, ds, (part) => withoutSha.push(part), (key, copy) => { if (key === 'meta') (copy as { sha256?: string }).sha256 = undefined; });
      const { sha256: _omit, ...meta } = ds.meta;
      expect(withoutSha.join('')).toBe(canonicalJson({ ...ds, meta }));
      // a part never ends inside a surrogate pair, so the parts hash as the whole text does
      for (const part of parts) expect(part).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
    }
  });
});
