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

  it('writes where each visit and trip sits, whose they are, and whom a visit names as met', () => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string }; visits: { traveler: { personId: string }; counterparts?: { personId?: string }[] }[]; trips: { personId: string }[] };
    ds.visits[2]!.counterparts = [{ personId: 'wang-yi' }, { personId: 'wang-yi' }, {}];
    const { text, layout, records } = shippedText(ds);
    expect(records.sha256).toBe(ds.meta.sha256);
    for (const key of ['visits', 'trips'] as const) {
      const [start] = layout.collections[key]!;
      let at = start + 1;
      records[key].lengths.forEach((length, i) => {
        expect(JSON.parse(text.slice(at, at + length))).toEqual(ds[key][i]);
        at += length + 1;
      });
      expect(at).toBe(layout.collections[key]![1]);
    }
    const positions = (list: readonly unknown[], test: (r: never) => boolean) => list.flatMap((r, i) => (test(r as never) ? [i] : []));
    expect(records.visits.byPerson['blinken-antony-j']).toEqual(positions(ds.visits, (v: { traveler: { personId: string } }) => v.traveler.personId === 'blinken-antony-j'));
    expect(records.trips.byPerson['blinken-antony-j']).toEqual(positions(ds.trips, (t: { personId: string }) => t.personId === 'blinken-antony-j'));
    expect(records.visits.byCounterpart['wang-yi']).toEqual([2]);
    const event = (ds.visits as unknown as { eventIds: string[] }[]).find((v) => v.eventIds.length)!.eventIds[0]!;
    expect(records.visits.byEvent[event]).toEqual(positions(ds.visits, (v: { eventIds: string[] }) => v.eventIds.includes(event)));
    expect(records.trips.ids.split('\n').filter(Boolean)).toEqual((ds.trips as unknown as { id: string }[]).map((t) => t.id));
  });

  it('lists the visits and trips with a status, by position and id', () => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string }; visits: { id: string; status?: string }[]; trips: { id: string; status?: string }[] };
    ds.visits[3]!.status = 'cancelled';
    ds.trips[0]!.status = 'postponed';
    expect(shippedText(ds).layout.withStatus).toEqual({ visits: [[3, ds.visits[3]!.id, 'cancelled']], trips: [[0, ds.trips[0]!.id, 'postponed']] });
  });
});
