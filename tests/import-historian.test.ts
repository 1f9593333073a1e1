// The Office of the Historian import (scripts/import-historian.ts): every record
// accounted for, every slug mapped to a valid code, spot checks against the XML,
// derived trips, byte-for-byte reproducibility and schema validity.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { iso31661, iso31663 } from 'iso-3166';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HISTORIAN_DIR, importHistorian, OUTPUT_FILES, type ImportResult } from '../scripts/import-historian.js';
import { CountrySchema, type Country } from '../src/schemas/country.js';
import { DiscrepancySchema, type Discrepancy } from '../src/schemas/discrepancy.js';
import { PersonSchema, type Person } from '../src/schemas/person.js';
import { SourceSchema, type Source } from '../src/schemas/source.js';
import { TripSchema, type Trip } from '../src/schemas/trip.js';
import { VisitSchema, type Visit } from '../src/schemas/visit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The snapshot vendored in the repository: nothing outside the clone is read.
const historianDir = path.join(repoRoot, 'vendor', 'historian');

// An independent reading of the XML: record ids and country slugs, nothing else.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'trip' || name === 'visit',
});
interface XmlRecord {
  id: string;
  slug: string;
  fields: Record<string, unknown>;
}
function readXml(folder: string, root: 'trips' | 'visits', item: 'trip' | 'visit', slugTag: 'country' | 'from'): XmlRecord[] {
  const dir = path.join(historianDir, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .flatMap((f) => {
      const doc = parser.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, Record<string, unknown[]>>;
      return (doc[root]?.[item] ?? []) as Record<string, unknown>[];
    })
    .map((r) => ({ id: String(r.id).trim(), slug: (r[slugTag] as Record<string, string>)['@_id']!, fields: r }));
}

let result: ImportResult;
let travelXml: XmlRecord[];
let visitXml: XmlRecord[];
let countries: Country[];
let people: Person[];
let sources: Source[];
let visits: Visit[];
let trips: Trip[];
let discrepancies: Discrepancy[];
let visitById: Map<string, Visit>;

const parse = <T>(file: string): T => JSON.parse(result.files[file]!) as T;

beforeAll(() => {
  result = importHistorian(historianDir);
  travelXml = [
    ...readXml('travels/secretary-travels', 'trips', 'trip', 'country'),
    ...readXml('travels/president-travels', 'trips', 'trip', 'country'),
  ];
  visitXml = readXml('visits', 'visits', 'visit', 'from');
  countries = parse(OUTPUT_FILES.countries);
  people = parse(OUTPUT_FILES.people);
  sources = parse(OUTPUT_FILES.sources);
  visits = parse(OUTPUT_FILES.visits);
  trips = parse(OUTPUT_FILES.trips);
  discrepancies = parse(OUTPUT_FILES.discrepancies);
  visitById = new Map(visits.map((v) => [v.id, v]));
});

describe('reconciliation: every official record accounted for', () => {
  it('reads 4,271 travel records and 3,264 foreign leader visit records', () => {
    expect(travelXml).toHaveLength(4271);
    expect(visitXml).toHaveLength(3264);
    expect(result.report.totals.travel).toBe(4271);
    expect(result.report.totals.visit).toBe(3264);
  });

  it('lists every record id in exactly one visit, and no other id', () => {
    const expected = [...travelXml.map((r) => `hsg-travel-${r.id}`), ...visitXml.map((r) => `hsg-visit-${r.id}`)];
    expect(new Set(expected).size).toBe(expected.length);
    const seen = new Map<string, number>();
    for (const v of visits) for (const p of v.provenance) for (const id of p.recordIds ?? []) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...seen.keys()].sort()).toEqual([...expected].sort());
  });

  it('reports numbers that match the files', () => {
    const { totals, skipped, duplicates } = result.report;
    expect(skipped).toEqual([]);
    expect(result.report.dateIssues).toEqual([]);
    expect(totals.visitsWritten).toBe(visits.length);
    expect(totals.visitsWritten + totals.duplicatesMerged).toBe(4271 + 3264);
    expect(totals.duplicatesMerged).toBe(duplicates.reduce((n, d) => n + d.mergedRecordIds.length - 1, 0));
    const merged = visits.filter((v) => v.provenance[0]!.recordIds!.length > 1).map((v) => v.id);
    expect(duplicates.map((d) => d.visitId)).toEqual(merged);
    for (const d of duplicates) expect(visitById.get(d.visitId)!.provenance[0]!.recordIds).toEqual(d.mergedRecordIds);
    const perFile = result.report.filesRead.filter((f) => f.kind !== 'secretaries' && f.kind !== 'presidents');
    expect(perFile.reduce((n, f) => n + f.records, 0)).toBe(4271 + 3264);
    expect(result.report.snapshots.map((s) => s.repository)).toContain('HistoryAtState/travels');
    expect(JSON.parse(result.files[OUTPUT_FILES.report]!)).toEqual(result.report);
  });

  it('gives each visit the id of its smallest record, in numeric order', () => {
    for (const v of visits) {
      const ids = v.provenance[0]!.recordIds!;
      const nums = ids.map((id) => Number(id.replace(/^hsg-(?:travel|visit)-/, '')));
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
      expect(v.id).toBe(ids[0]);
      expect(v.provenance[0]!.sourceId).toBe(v.kind === 'foreign-leader-visit' ? 'hsg-visits' : 'hsg-travels');
    }
  });
});

describe('countries', () => {
  it("maps every slug the records use to its table's country, and to a rule's country only where a rule recodes its records", () => {
    const slugs = new Set([...travelXml, ...visitXml].map((r) => r.slug));
    expect(slugs.size).toBe(result.report.countries.slugsMapped);
    const table = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/reference/country-slugs.json'), 'utf8')) as { slugs: Record<string, string> };
    const rules = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/reference/historian-rules.json'), 'utf8')) as {
      countryRules: { slugs: string[]; code?: string }[];
    };
    const owners = new Map<string, string[]>();
    for (const c of countries) for (const s of c.historianSlugs) owners.set(s, [...(owners.get(s) ?? []), c.code]);
    for (const s of slugs) {
      const allowed = new Set([table.slugs[s], ...rules.countryRules.filter((r) => r.slugs.includes(s) && r.code).map((r) => r.code)]);
      expect(owners.get(s)?.length, s).toBeGreaterThan(0);
      for (const code of owners.get(s)!) expect(allowed.has(code), `${s} -> ${code}`).toBe(true);
    }
    expect([...owners.keys()].sort()).toEqual([...slugs].sort());
  });

  it('uses only ISO 3166-1 alpha-2, ISO 3166-3 or documented X project codes', () => {
    for (const c of countries) {
      const alpha2 = iso31661.some((x) => x.alpha2 === c.code);
      const former = iso31663.some((x) => x.alpha4 === c.code);
      const project = /^X[A-Z0-9]{1,3}$/.test(c.code) && !alpha2;
      expect(alpha2 || former || project, c.code).toBe(true);
      if (project) expect(c.codeNote, c.code).toBeTruthy();
      if (former) expect(c.former, c.code).toBe(true);
    }
  });

  it('never gives two current countries the same code', () => {
    const current = countries.filter((c) => !c.former).map((c) => c.code);
    expect(new Set(current).size).toBe(current.length);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  });

  it('maps the renamed, misspelt and former slugs as documented', () => {
    const code = (slug: string) => countries.find((c) => c.historianSlugs.includes(slug))?.code;
    expect([code('turkey'), code('turkiye')]).toEqual(['TR', 'TR']);
    expect([code('czech-republic'), code('czechia')]).toEqual(['CZ', 'CZ']);
    expect([code('macedonia'), code('north-macedonia')]).toEqual(['MK', 'MK']);
    expect([code('swaziland'), code('eswatini')]).toEqual(['SZ', 'SZ']);
    expect([code('congo-kinshasa'), code('congo-democratic-republic')]).toEqual(['CD', 'CD']);
    expect([code('somoa'), code('samoa')]).toEqual(['WS', 'WS']);
    expect([code('korea'), code('korea-south'), code('korea-north')]).toEqual(['KR', 'KR', 'KP']);
    expect([code('yugoslavia'), code('czechoslovakia'), code('german-democratic-republic')]).toEqual(['YUCS', 'CSHH', 'DDDE']);
    expect([code('netherlands-antilles'), code('hawaii'), code('kosovo')]).toEqual(['ANHH', 'XHI', 'XK']);
    expect([code('west-bank'), code('palestinian-authority')]).toEqual(['PS', 'PS']);
    const us = countries.find((c) => c.code === 'US')!;
    expect(us).toMatchObject({ name: 'United States', historianSlugs: [], region: 'Americas', subregion: 'Northern America', former: false });
  });
});

describe('spot checks against the XML', () => {
  it("Blinken's 2024-04-24 record: China, Shanghai and Beijing", () => {
    const xml = travelXml.find((r) => r.id === '4229')!;
    expect(xml.fields['start-date']).toBe('2024-04-24');
    expect(visitById.get('hsg-travel-4229')).toMatchObject({
      traveler: { personId: 'blinken-antony-j', name: 'Antony John Blinken', title: 'Secretary of State' },
      travelerCountry: 'US',
      country: 'CN',
      locality: 'Shanghai, Beijing',
      start: '2024-04-24',
      end: '2024-04-27',
      kind: 'secretary-travel',
      eventIds: [],
      provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-4229'] }],
    });
    expect(visitById.get('hsg-travel-4229')!.remarks).toMatch(/^Met with President Xi Jinping/);
  });

  it('merges the duplicated March 2021 Tokyo record into one visit', () => {
    const tokyo = visits.filter((v) => v.traveler.personId === 'blinken-antony-j' && v.locality === 'Tokyo' && v.start === '2021-03-15');
    expect(tokyo).toHaveLength(1);
    expect(tokyo[0]).toMatchObject({
      id: 'hsg-travel-3992',
      country: 'JP',
      end: '2021-03-17',
      provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-3992', 'hsg-travel-4019'] }],
    });
    expect(visitById.has('hsg-travel-4019')).toBe(false);
    // identical records: no discrepancy
    expect(discrepancies.some((d) => d.subjects.some((s) => s.id === 'hsg-travel-3992'))).toBe(false);
  });

  it('merges the Brussels near duplicate, keeps the later record and records the disagreement', () => {
    expect(visitById.get('hsg-travel-3994')).toMatchObject({
      start: '2021-03-22',
      end: '2021-03-25',
      provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-3994', 'hsg-travel-4021'] }],
    });
    const d = discrepancies.find((x) => x.subjects.some((s) => s.type === 'visit' && s.id === 'hsg-travel-3994'))!;
    expect(d.sourceIds).toEqual(['hsg-travels']);
    expect(d.description).toContain('hsg-travel-3994 gives 2021-03-24');
    expect(d.description).toContain('hsg-travel-4021 gives 2021-03-25');
    expect(d.description).toContain('"Attended the NATO Foreign Ministerial."');
  });

  it('keeps an out-and-back day apart (Shultz in Israel, Egypt, Israel on 1988-02-28)', () => {
    expect(visitById.has('hsg-travel-2121')).toBe(true);
    expect(visitById.has('hsg-travel-2123')).toBe(true);
  });

  it('imports a 19th-century record (Seward in Havana, then a Spanish colony, 1866: Cuba by the territory rule)', () => {
    expect(visitById.get('hsg-travel-1917')).toMatchObject({
      traveler: { personId: 'seward-william-henry', name: 'William Henry Seward', title: 'Secretary of State' },
      country: 'CU',
      locality: 'Havana (Cuba)',
      start: '1866-01-20',
      end: '1866-01-23',
      remarks: 'Met with Spanish colonial officials. Returned to U.S. January 28.',
    });
  });

  it("imports a foreign leader's visit (King Kalakaua of Hawaii, 1874)", () => {
    const v = visitById.get('hsg-visit-2138')!;
    expect(v).toMatchObject({
      traveler: { name: 'Kalakaua', title: 'King' },
      travelerCountry: 'XHI',
      country: 'US',
      start: '1874-12-12',
      end: '1874-12-23',
      kind: 'foreign-leader-visit',
      provenance: [{ sourceId: 'hsg-visits', recordIds: ['hsg-visit-2138'] }],
    });
    expect(v.traveler.personId).toBe('kalakaua');
    expect(v.locality).toBeUndefined();
    expect(v.remarks).toMatch(/^In U\.S\. November 29, 1874–February 2, 1875\. Stops included New York City, Boston/);
  });

  it('splits visitor titles only where the text allows, never dropping text', () => {
    // The traveller as the text gives it (the person id comes from the leader resolution, tested below).
    const byVisitor = (text: string) =>
      visitXml
        .filter((r) => String(r.fields.visitor).trim() === text)
        .map((r) => visitById.get(`hsg-visit-${r.id}`)!)
        .map((v) => ({ ...v, traveler: { name: v.traveler.name, ...(v.traveler.title ? { title: v.traveler.title } : {}) } }));
    expect(byVisitor('King Abdullah II')[0]!.traveler).toEqual({ name: 'Abdullah II', title: 'King' });
    expect(byVisitor('President Xi Jinping')[0]!.traveler).toEqual({ name: 'Xi Jinping', title: 'President' });
    expect(byVisitor('Prime Minister Suga Yoshihide')[0]!.traveler).toEqual({ name: 'Suga Yoshihide', title: 'Prime Minister' });
    expect(byVisitor('President Benigno S. Aquino, 3rd')[0]!.traveler).toEqual({ name: 'Benigno S. Aquino, 3rd', title: 'President' });
    expect(byVisitor('President Anwar Sadat, Prime Minister Mustafa Khalil')[0]!.traveler).toEqual({
      name: 'President Anwar Sadat, Prime Minister Mustafa Khalil',
    });
    expect(byVisitor('Prime Minster Mackenzie King')[0]!.traveler).toEqual({ name: 'Prime Minster Mackenzie King' });
    // title + name always give back the whole normalized text
    for (const r of visitXml) {
      const t = visitById.get(`hsg-visit-${r.id}`)!.traveler;
      const text = String(r.fields.visitor).replace(/\s+/g, ' ').trim();
      expect(t.title ? `${t.title} ${t.name}` : t.name).toBe(text);
    }
  });

  it('normalizes white space and omits empty localities', () => {
    for (const v of visits) {
      for (const s of [v.traveler.name, v.traveler.title, v.locality, v.remarks]) {
        if (s !== undefined) expect(s).toBe(s.replace(/\s+/g, ' ').trim());
      }
      if (v.locality !== undefined) expect(v.locality).not.toBe('');
    }
    const holySee = visitById.get('hsg-travel-4013')!;
    expect(holySee.country).toBe('VA');
    expect(holySee.locality).toBeUndefined();
  });
});

describe('people and sources', () => {
  it('resolves every trip traveller to a person with the matching role', () => {
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const v of visits) {
      if (v.kind === 'foreign-leader-visit') continue;
      const p = byId.get(v.traveler.personId!);
      expect(p, v.id).toBeDefined();
      // President-elect: the role to come (tests/former-states.test.ts checks the dates).
      const role = v.traveler.title === 'President-elect' ? 'President' : v.traveler.title;
      expect(p!.roles.some((r) => r.title === role)).toBe(true);
    }
    expect(byId.get('blinken-antony-j')).toEqual({
      id: 'blinken-antony-j',
      name: 'Antony John Blinken',
      roles: [{ title: 'Secretary of State', country: 'US', start: '2021-01-26', end: '2025-01-20' }],
    });
    expect(byId.get('biden-joseph-r')!.roles).toEqual([{ title: 'President', country: 'US', start: '2021-01-20', end: '2025-01-20' }]);
    expect(byId.get('trump-donald-j')!.roles).toHaveLength(2);
    expect(byId.get('rubio-marco')!.roles[0]!.end).toBeUndefined();
  });

  it('writes the three snapshot sources with their commits', () => {
    expect(sources.map((s) => s.id)).toEqual(['hsg-pocom', 'hsg-travels', 'hsg-visits']);
    expect(sources.find((s) => s.id === 'hsg-travels')).toMatchObject({
      kind: 'official-dataset',
      publisher: 'Office of the Historian, U.S. Department of State',
      url: 'https://github.com/HistoryAtState/travels',
      license: 'CC0-1.0',
      repository: 'HistoryAtState/travels',
      commit: '3170c773f22c99dadc8ec93da070f8ff6259d6d8',
    });
  });
});

describe('derived trips', () => {
  it("groups Blinken's November 2023 stops, Tel Aviv to New Delhi, into one trip in travel order", () => {
    const trip = trips.find((t) => t.visitIds.includes('hsg-travel-4177'))!;
    expect(trip.id).toBe('blinken-antony-j-2023-11-03');
    expect(trip).toMatchObject({ personId: 'blinken-antony-j', start: '2023-11-03', end: '2023-11-10', derived: true });
    const stops = trip.visitIds.map((id) => visitById.get(id)!);
    expect(stops[0]!.locality).toBe('Tel Aviv');
    expect(stops[0]!.country).toBe('IL');
    expect(stops[stops.length - 1]!.locality).toBe('New Delhi');
    expect(stops[stops.length - 1]!.country).toBe('IN');
    expect(trip.visitIds).toEqual([
      'hsg-travel-4177', 'hsg-travel-4178', 'hsg-travel-4179', 'hsg-travel-4180',
      'hsg-travel-4189', 'hsg-travel-4181', 'hsg-travel-4182', 'hsg-travel-4183',
    ]);
    expect(trip.title).toBe('Israel, Jordan, Palestine, Iraq, Türkiye, Japan, South Korea and India, November 2023');
  });

  it('titles trips by country and month', () => {
    expect(trips.find((t) => t.id === 'blinken-antony-j-2021-03-15')).toMatchObject({
      title: 'Japan and South Korea, March 2021',
      visitIds: ['hsg-travel-3992', 'hsg-travel-3993'],
    });
    expect(trips.find((t) => t.id === 'blinken-antony-j-2023-11-28')!.title).toMatch(/, November–December 2023$/);
  });

  it('puts every secretary and president visit in exactly one trip, in travel order, and no foreign leader visit', () => {
    const count = new Map<string, number>();
    for (const t of trips) {
      for (const id of t.visitIds) count.set(id, (count.get(id) ?? 0) + 1);
      const vs = t.visitIds.map((id) => visitById.get(id)!);
      expect(vs.every((v) => v.traveler.personId === t.personId && v.kind !== 'foreign-leader-visit')).toBe(true);
      for (let i = 1; i < vs.length; i++) {
        const [a, b] = [vs[i - 1]!, vs[i]!];
        expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
      }
      expect(t.start).toBe(vs[0]!.start);
      expect(t.end).toBe(vs.map((v) => v.end).sort().at(-1));
      expect(t.id).toBe(`${t.personId}-${t.start}`);
    }
    const travel = visits.filter((v) => v.kind !== 'foreign-leader-visit');
    expect(travel.every((v) => count.get(v.id) === 1)).toBe(true);
    expect(count.size).toBe(travel.length);
  });
});

describe('files', () => {
  it('reproduces the committed files byte for byte', () => {
    for (const [file, content] of Object.entries(result.files)) {
      const abs = path.join(repoRoot, file);
      expect(fs.existsSync(abs), `${file} is missing: run npm run import:historian`).toBe(true);
      expect(fs.readFileSync(abs, 'utf8') === content, `${file} differs: run npm run import:historian`).toBe(true);
    }
  });

  it('reads the vendored snapshot by default, whose VENDORED.md names every source commit', () => {
    expect(DEFAULT_HISTORIAN_DIR).toBe(historianDir);
    const vendored = fs.readFileSync(path.join(historianDir, 'VENDORED.md'), 'utf8');
    expect(sources).toHaveLength(3);
    for (const s of sources) {
      expect(vendored, s.id).toContain(`https://github.com/${s.repository} | ${s.commit} |`);
    }
  });

  it('writes records that validate against the zod schemas', () => {
    const check = (schema: { safeParse(x: unknown): { success: boolean } }, records: unknown[]) => {
      const bad = records.filter((r) => !schema.safeParse(r).success);
      expect(bad).toEqual([]);
    };
    check(CountrySchema, countries);
    check(PersonSchema, people);
    check(SourceSchema, sources);
    check(VisitSchema, visits);
    check(TripSchema, trips);
    check(DiscrepancySchema, discrepancies);
  });

  it('sorts records by id, hsg ids numerically', () => {
    const num = (id: string) => Number(id.split('-').at(-1));
    for (let i = 1; i < visits.length; i++) {
      const [a, b] = [visits[i - 1]!.id, visits[i]!.id];
      const [pa, pb] = [a.replace(/-\d+$/, ''), b.replace(/-\d+$/, '')];
      expect(pa < pb || (pa === pb && num(a) < num(b)), `${a} before ${b}`).toBe(true);
    }
    const codes = countries.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    for (const list of [people, sources, trips, discrepancies]) {
      const ids = list.map((x) => x.id);
      expect(ids).toEqual([...ids].sort());
    }
  });
});
