import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { search } from './index.js';

const hits = (list: ReturnType<typeof search>) => list.map((h) => `${h.type}:${h.id}:${h.field}`);

describe('search', () => {
  it('ignores case and accents, in both directions', () => {
    expect(hits(search(ds, 'ERDOGAN'))).toEqual(['person:erdogan-recep-tayyip:name', 'visit:hsg-visit-900:traveler.name']);
    expect(hits(search(ds, 'erdoğan'))).toEqual(hits(search(ds, 'erdogan')));
    expect(hits(search(ds, 'turkiye', { types: ['country'] }))).toEqual(['country:TR:name']);
  });
  it('finds every word, in names, remarks, summaries, titles and quotes', () => {
    expect(hits(search(ds, 'security consultative'))).toEqual(['event:us-japan-2plus2-2021-03-16:name', 'visit:hsg-travel-3992:remarks']);
    expect(hits(search(ds, 'burden-sharing'))).toEqual(['issueLink:link-2021-03-trip-alliances:summary']);
    expect(hits(search(ds, 'first trip abroad'))).toEqual(['trip:blinken-antony-j-2021-03-15:title']);
    expect(hits(search(ds, 'asian wire', { types: ['source'] }))).toEqual(['source:reuters-2023-11-03:title']);
  });
  it("finds discrepancies by their description and resolution", () => {
    expect(hits(search(ds, 'two end dates'))).toEqual(['discrepancy:blinken-2021-03-brussels-end:description']);
    expect(hits(search(ds, 'later date', { types: ['discrepancy'] }))).toEqual(['discrepancy:blinken-2021-03-brussels-end:resolution']);
    expect(search(ds, 'G7 meeting', { types: ['discrepancy'] })[0]!.record).toBe(ds.discrepancies.find((d) => d.id === 'g7-2023-dates'));
  });
  it('limits and filters by type', () => {
    expect(search(ds, 'blinken', { limit: 2 })).toHaveLength(2);
    expect(search(ds, 'blinken', { types: ['trip'] }).every((h) => h.type === 'trip')).toBe(true);
    expect(search(ds, 'no such words anywhere')).toEqual([]);
  });
  it('a first search, matching field by field, finds what a later one finds in kept documents', () => {
    const queries = ['blinken', 'ERDOGAN', 'security consultative', 'tokyo', 'japan secretary', 'reuters', 'dates', 'a', 'end brussels', 'zzz'];
    for (const text of queries) {
      const fresh = structuredClone(ds); // its own index: the first search of each collection scans
      const first = search(fresh, text);
      const kept = search(fresh, text); // the second keeps documents
      expect(search(fresh, text)).toEqual(kept); // and the third reads them
      expect(first.map((h) => [h.type, h.id, h.field, h.text])).toEqual(kept.map((h) => [h.type, h.id, h.field, h.text]));
      expect(first.map((h) => h.record)).toEqual(kept.map((h) => h.record));
    }
    expect(search(structuredClone(ds), 'blinken').length).toBeGreaterThan(3);
  });
  it('matches all of the most words a search takes (32), first search and later', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    const fresh = structuredClone(ds) as { visits: { id: string; remarks?: string }[] };
    fresh.visits[1]!.remarks = words.join(' ');
    const all32 = words.slice(0, 32).reverse().join(' ');
    for (const copy of [structuredClone(fresh), fresh]) {
      for (let i = 0; i < 2; i++) { // the first search scans, the second keeps documents
        expect(search(copy as never, all32, { types: ['visit'] }).map((h) => h.id)).toEqual([fresh.visits[1]!.id]);
        expect(search(copy as never, [...words.slice(0, 31), 'nowhere'].join(' '), { types: ['visit'] })).toEqual([]);
      }
    }
  });
  it('refuses empty text and unknown types', () => {
    expect(() => search(ds, '  ')).toThrow(InvalidArgumentError);
    expect(() => search(ds, 'x', { types: ['visits' as never] })).toThrow(/options\.types\[0\]: .*did you mean "visit"/);
    expect(() => search(ds, 'x', { limit: 0 })).toThrow(/options\.limit/);
  });
});
