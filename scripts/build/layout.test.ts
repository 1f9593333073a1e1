import { describe, expect, it } from 'vitest';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { asciiJson } from './ascii-json.js';
import { shippedText } from './layout.js';

describe('shippedText', () => {
  it('writes the file asciiJson writes, and where each top-level value sits in it', () => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string } };
    const { text, layout } = shippedText(ds);
    expect(text).toBe(`${asciiJson(ds)}\n`);
    expect(layout.bytes).toBe(Buffer.byteLength(text));
    expect(layout.sha256).toBe(ds.meta.sha256);
    expect(Object.keys(layout.collections)).toEqual(Object.keys(ds));
    expect(layout.ids.people).toBe(`\n${(ds.people as { id: string }[]).map((p) => p.id).join('\n')}\n`);
    expect(layout.ids.countries.split('\n').filter(Boolean)).toEqual((ds.countries as { code: string }[]).map((c) => c.code));
    for (const [key, [start, end]] of Object.entries(layout.collections)) {
      expect(text.slice(start - key.length - 3, start)).toBe(`"${key}":`);
      expect(JSON.parse(text.slice(start, end))).toEqual(ds[key]);
    }
  });

  it('lists the visits and trips with a status, by position and id', () => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string }; visits: { id: string; status?: string }[]; trips: { id: string; status?: string }[] };
    ds.visits[3]!.status = 'cancelled';
    ds.trips[0]!.status = 'postponed';
    expect(shippedText(ds).layout.withStatus).toEqual({ visits: [[3, ds.visits[3]!.id, 'cancelled']], trips: [[0, ds.trips[0]!.id, 'postponed']] });
  });
});
