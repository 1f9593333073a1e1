import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CountrySchema, EventSchema, IssueLinkSchema, IsoDateSchema, IdSchema, PersonSchema, SourceSchema, TripSchema, VisitAnnotationSchema, VisitSchema,
} from '../src/schemas/index.js';
import { sha256HexAsync, sha256HexSync } from '../src/dataset/platform-sha256.js';
import { withoutNodeCrypto } from './fixtures/no-node-crypto.js';
import { validContent } from './fixtures/lint-base.js';

const messageOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');

describe('schemas accept good records', () => {
  const c = validContent();
  it.each([
    ['CountrySchema', CountrySchema, c.countries[0]],
    ['PersonSchema', PersonSchema, c.people[0]],
    ['SourceSchema', SourceSchema, c.sources[0]],
    ['VisitSchema', VisitSchema, c.visits[2]],
    ['TripSchema', TripSchema, c.trips[0]],
    ['EventSchema', EventSchema, c.events[0]],
    ['IssueLinkSchema', IssueLinkSchema, c.issueLinks[0]],
  ] as const)('%s', (_name, schema, record) => {
    expect((schema as typeof VisitSchema).safeParse(record).success).toBe(true);
  });
});

describe('schemas reject bad records with a useful message', () => {
  const visit = () => structuredClone(validContent().visits[2]!) as Record<string, unknown>;
  it.each([
    ['a non-kebab id', (v: Record<string, unknown>) => { v.id = 'Austin_2021'; }, /^id: expected a lowercase kebab-case id/],
    ['an impossible date', (v: Record<string, unknown>) => { v.start = '2023-02-29'; }, /^start: expected a real calendar date written YYYY-MM-DD/],
    ['a month 13', (v: Record<string, unknown>) => { v.end = '2023-13-01'; }, /^end: expected a real calendar date/],
    ['a lowercase country code', (v: Record<string, unknown>) => { v.country = 'jp'; }, /^country: expected an ISO 3166-1 alpha-2 code/],
    ['an unknown kind', (v: Record<string, unknown>) => { v.kind = 'holiday'; }, /^kind: Invalid option/],
    ['an unknown field', (v: Record<string, unknown>) => { v.colour = 'red'; }, /Unrecognized key: "colour"/],
    ['a missing traveller name', (v: Record<string, unknown>) => { (v.traveler as Record<string, unknown>).name = undefined; }, /^traveler.name: /],
    ['no provenance', (v: Record<string, unknown>) => { v.provenance = []; }, /^provenance: expected at least one provenance entry/],
    ['a quote over 300 characters', (v: Record<string, unknown>) => { v.provenance = [{ sourceId: 'a', quote: 'q'.repeat(301) }]; }, /^provenance.0.quote: expected a quote of at most 300 characters/],
    ['a bad date qualifier', (v: Record<string, unknown>) => { v.dateQualifier = 'guessed'; }, /^dateQualifier: Invalid option/],
  ])('%s', (_what, plant, message) => {
    const v = visit();
    plant(v);
    const result = VisitSchema.safeParse(v);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toMatch(message);
  });

  it('an issue link without evidence', () => {
    const link = { ...validContent().issueLinks[0]!, evidence: [] };
    expect(messageOf(IssueLinkSchema.safeParse(link))).toBe('evidence: expected at least one evidence quote');
  });
  it('an annotation that does not name an official visit', () => {
    const result = VisitAnnotationSchema.safeParse({ visitId: 'blinken-2021-03-15-jp', evidence: [{ sourceId: 'a', quote: 'b' }] });
    expect(messageOf(result)).toMatch(/^visitId: expected the id of an official visit/);
  });
  it('ids and dates on their own', () => {
    expect(IdSchema.safeParse('blinken-antony-j').success).toBe(true);
    expect(IdSchema.safeParse('-blinken').success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('1900-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('last week').success).toBe(false);
  });
});

describe('sha256', () => {
  const texts = ['', 'abc', 'Blinken’s Asian tour — 日本 / 대한민국', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)];
  it('is node:crypto\'s where the runtime has it, synchronously and not', async () => {
    for (const text of texts) {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(sha256HexSync(text)).toBe(expected);
      expect(await sha256HexAsync(text)).toBe(expected);
    }
  });
  it('is Web Crypto\'s, asynchronously only, where the runtime has no node:crypto (a browser)', async () => {
    const restore = withoutNodeCrypto();
    try {
      for (const text of texts) {
        expect(sha256HexSync(text)).toBeUndefined();
        expect(await sha256HexAsync(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }
    } finally {
      restore();
    }
  });
});
