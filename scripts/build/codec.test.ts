import { describe, expect, it } from 'vitest';
import { decodeCollection } from '../../src/dataset/codec.js';
import { isoDate } from '../../src/util/dates.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { dayOf, encodeCollection } from './codec.js';

/** The collection through the compact form and back, as the browser build ships it (JSON text in between). */
const roundTrip = (value: unknown): unknown => decodeCollection(JSON.parse(encodeCollection(value, 'test')));
/** The node kinds an encoding uses, depth first. */
const kinds = (text: string): number[] => {
  const out: number[] = [];
  const walk = (node: unknown): void => {
    if (!Array.isArray(node) || typeof node[0] !== 'number') return;
    out.push(node[0]);
    const children: unknown[] = node[0] === 1 ? (node[4] as unknown[]) : node[0] === 2 ? [node[2]] : node[0] === 3 ? [node[1]] : node[0] >= 6 ? [node.at(-1)] : [];
    for (const child of children) walk(child);
  };
  walk((JSON.parse(text) as [number, unknown])[1]);
  return out;
};

// Visits as the official layer writes them: ids hsg-travel-N, the default provenance, a trip id of person and start.
const visit = (n: number, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id: `hsg-travel-${n}`,
  traveler: { personId: n % 2 ? 'seward-william-henry' : 'hay-john-milton', name: n % 2 ? 'William Henry Seward' : 'John Milton Hay', title: 'Secretary of State' },
  travelerCountry: 'US',
  country: n % 3 ? 'FR' : 'DE',
  start,
  end,
  kind: 'secretary-travel',
  tripId: `${n % 2 ? 'seward-william-henry' : 'hay-john-milton'}-${start}`,
  eventIds: [],
  ...extra,
  provenance: [{ sourceId: 'hsg-travels', recordIds: [`hsg-travel-${n}`] }],
});

describe('the compact form of a collection (codec.ts)', () => {
  it('gives back every collection of a dataset, to the byte of its JSON', () => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(ds)) expect(JSON.stringify(roundTrip(value)), key).toBe(JSON.stringify(value));
  });

  it('keeps absent keys absent, present ones in their order, and values no rule covers as they are', () => {
    const visits: Record<string, unknown>[] = [];
    for (let n = 1; n <= 40; n++) visits.push(visit(1900 + n, `1950-0${1 + (n % 9)}-1${n % 10}`, `1950-0${1 + (n % 9)}-1${(n % 10) + (n % 3 ? 0 : 0)}`));
    // optional keys present on some records only, in another place of the key order on one
    visits[3]!.locality = 'Paris';
    visits[4] = { locality: 'Bonn', ...visits[4] };
    visits[5]!.remarks = 'Met with President Coty. “Quoted”, é, 北京, 🇫🇷, tab\t, new line\n, \u2028, back\\slash, \'single\' and `tick`.';
    visits[5]!.counterparts = [{ personId: 'coty-rene', quote: 'President Coty', rule: 'met-with' }, { name: 'Pinay', title: 'Foreign Minister', rule: 'met-with' }];
    visits[6]!.counterparts = [];
    visits[7]!.dateQualifier = 'approximate';
    // ids that do not follow the hsg pattern, a provenance that is not the default one, a trip id that is not person-start
    visits[8]!.id = 'austin-2021-03-15-jp';
    visits[9]!.id = 'v-007';
    visits[10]!.provenance = [{ sourceId: 'article-2021-03', quote: 'Blinken and Austin will hold talks' }];
    visits[11]!.provenance = [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-1', 'hsg-travel-2'] }, { sourceId: 'hsg-visits', recordIds: [] }];
    visits[12]!.tripId = 'a-curated-trip';
    visits[13]!.eventIds = ['g7-2023', 'g20-2023'];
    // a date that is no calendar day, and one before the year 1000
    visits[14]!.end = '1950-02-30';
    visits[15]!.start = '0999-12-31';
    // values of other types, and keys a plain object build would mishandle
    visits[16]!.score = 0;
    visits[17]!.score = -0.5;
    visits[18]!.score = null;
    visits[19]!.flags = [true, false, [1, [2, []]], {}];
    visits[20]!.$ = ['id'];
    visits[21]!.meta = { $: ['id'], nested: { deeper: ['hsg-travel-1922'] } };
    visits[22]!.big = 12345678901234567890;
    expect(JSON.stringify(roundTrip(visits))).toBe(JSON.stringify(visits));
    const back = roundTrip(visits) as Record<string, unknown>[];
    expect(Object.keys(back[4]!)[0]).toBe('locality');
    expect('locality' in back[0]!).toBe(false);
    expect(Object.values(back[0]!)).not.toContain(undefined);
    // and it is compact: the redundant fields are not written out
    const text = encodeCollection(visits, 'test');
    expect(text).not.toContain('seward-william-henry-1950');
    // the ids are numbers; a record id is written out only where no rule covers it: the provenance of
    // the two visits whose id changed, and the nested one
    expect(text.match(/hsg-travel-19/g) ?? []).toHaveLength(3);
  });

  it('gives back odd collections: empty, one record, not records at all, records with no keys', () => {
    for (const value of [[], [{}], [{}, {}, {}], [{ a: 1 }], [1, 2, 3], ['x', 'x', 'x', 'y'], [[], [[]], ['a']], [null, null], { not: 'an array' }, 'text', 42, null, [{ __proto__: 1 }], [JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"__proto__":{"a":1}}')]]) {
      expect(JSON.stringify(roundTrip(value)), JSON.stringify(value)).toBe(JSON.stringify(value));
    }
    const proto = roundTrip([JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"__proto__":{"a":1}}')]) as object[];
    expect(Object.getPrototypeOf(proto[0])).toBe(Object.prototype);
  });

  it('writes dates as day numbers only where they come back the same', () => {
    for (const s of ['1970-01-01', '1866-01-09', '2024-02-29', '2000-03-01', '0001-01-01', '9999-12-31']) expect(isoDate(dayOf(s)!)).toBe(s);
    for (const s of ['2023-02-29', '1950-13-01', '1950-00-10', '1950-1-01', '19500-01-01', '2021-03-15T00:00']) expect(dayOf(s)).toBeUndefined();
    const dates = Array.from({ length: 30 }, (_, n) => ({ start: isoDate(n * 400), end: isoDate(n * 400 + (n % 4)) }));
    expect(kinds(encodeCollection(dates, 'test'))).toEqual(expect.arrayContaining([4]));
    expect(JSON.stringify(roundTrip(dates))).toBe(JSON.stringify(dates));
  });

  it('refuses a form that does not decode to the same JSON, naming the collection', () => {
    expect(() => encodeCollection([{ a: 1 }, { a: 2 }], 'dataset.json’s visits', () => [])).toThrow(/dataset.json’s visits does not decode to the same JSON/);
  });
});
