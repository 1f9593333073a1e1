// Issue 12, items 1, 2 and 5, checked on the built dataset (dist/dataset.json)
// and the reference tables in data/reference: each record's country is the
// state or territory of its date, each traveller's title the one held on it,
// and meta says what the data covers. Reads nothing outside the repository.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Visit } from '../src/schemas/types.js';

const root = path.resolve(import.meta.dirname, '..');
const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as T;
const file = path.join(root, 'dist', 'dataset.json');
const ds: Dataset | undefined = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Dataset) : undefined;

interface Period {
  from?: string;
  to?: string;
}
const table = read<{ slugs: Record<string, string>; countries: Record<string, { periods?: Period[]; codeNote?: string }> }>('data/reference/country-slugs.json');
const rules = read<{
  principles: Record<string, string>;
  countryRules: { id: string; principle: string; slugs: string[]; code?: string; reason: string }[];
  titleRules: { id: string; title: string }[];
}>('data/reference/historian-rules.json');
const report = read<{
  interpretations: {
    rules: { id: string; field: string; records: number; recordIds: string[] }[];
    countryRecoded: number;
    titlesFromRules: number;
    countryRulesUnused: string[];
  };
  coverage: unknown;
}>('data/official/import-report.json');

/** The date the USSR ended (Declaration 142-N of the Soviet of the Republics). */
const USSR_ENDED = '1991-12-26';

describe.skipIf(!ds)('the state of the date (issue 12, item 1)', () => {
  const visits = ds?.visits ?? [];
  const byId = new Map(visits.map((v) => [v.id, v]));
  /** The visit that holds an official record (merged duplicates hold several). */
  const byRecord = new Map<string, Visit>();
  for (const v of visits) for (const p of v.provenance) for (const r of p.recordIds ?? []) byRecord.set(r, v);

  it('codes no visit to or from Russia before the USSR ended on 1991-12-26', () => {
    const early = visits.filter((v) => (v.country === 'RU' || v.travelerCountry === 'RU') && v.start < USSR_ENDED);
    expect(early.map((v) => `${v.id} ${v.start} ${v.locality ?? ''}`)).toEqual([]);
    // Soviet-era stops in Kiev, Yalta, Minsk, Tbilisi and Alma Ata, and Soviet visitors, are the Soviet Union.
    for (const id of ['hsg-travel-2847', 'hsg-travel-2730', 'hsg-travel-2860', 'hsg-travel-2144', 'hsg-travel-429', 'hsg-travel-450']) {
      expect(byId.get(id)?.country, id).toBe('SUHH');
    }
    expect(byId.get('hsg-visit-202')?.travelerCountry).toBe('SUHH'); // Brezhnev, 1973
    expect(byId.get('hsg-visit-671')?.travelerCountry).toBe('SUHH'); // Gorbachev, 1987
    // A 1992 record still labelled "U.S.S.R." is Russia: the USSR no longer existed.
    expect(byId.get('hsg-travel-459')).toMatchObject({ country: 'RU', start: '1992-01-27' });
    const soviet = visits.filter((v) => v.country === 'SUHH' || v.travelerCountry === 'SUHH');
    expect(soviet.every((v) => v.end < USSR_ENDED)).toBe(true);
    expect(soviet).toHaveLength(46);
  });

  it('codes every visit with a country that existed on its dates (the periods of data/reference/country-slugs.json)', () => {
    const within = (code: string, v: Visit): boolean => {
      const periods = table.countries[code]?.periods;
      return !periods || periods.some((p) => (!p.from || v.end >= p.from) && (!p.to || v.start <= p.to));
    };
    const wrong = visits.flatMap((v) =>
      [v.country, v.travelerCountry].filter((c) => !within(c, v)).map((c) => `${v.id} ${v.start}..${v.end}: ${c}`),
    );
    expect(wrong).toEqual([]);
    // The periods are given where they matter: every former state and the states that arose from them.
    for (const code of ['SUHH', 'RU', 'UA', 'YUCS', 'CSXX', 'RS', 'XK', 'CSHH', 'CZ', 'DDDE', 'XSVN', 'VN', 'RHZW', 'ZW', 'ANHH', 'XNF', 'PZPA', 'XHI']) {
      expect(table.countries[code]?.periods?.length, code).toBeGreaterThan(0);
    }
  });

  it('gives every former state and every code a rule produces a country record with former and a codeNote', () => {
    const countries = new Map(ds!.countries.map((c) => [c.code, c]));
    const produced = new Set(rules.countryRules.flatMap((r) => (r.code ? [r.code] : [])));
    for (const code of produced) {
      expect(countries.get(code), code).toBeDefined();
      expect(countries.get(code)!.codeNote, code).toBeTruthy();
      expect(typeof countries.get(code)!.former, code).toBe('boolean');
    }
    for (const c of ds!.countries.filter((x) => x.former)) expect(c.codeNote, c.code).toBeTruthy();
    for (const r of rules.countryRules) {
      expect(rules.principles[r.principle], `${r.id}: principle`).toBeTruthy();
      expect(r.reason.length, `${r.id}: reason`).toBeGreaterThan(20);
    }
  });

  it('codes the former states and territories the records name by date, label or locality', () => {
    const codeOf = (record: string) => byRecord.get(record)!;
    const vietnam = visits.filter((v) => v.country === 'XSVN' || v.travelerCountry === 'XSVN');
    expect(vietnam).toHaveLength(18);
    expect(visits.filter((v) => (v.country === 'VN' || v.travelerCountry === 'VN') && v.start < '1976-07-02')).toEqual([]);
    for (const r of ['hsg-travel-163', 'hsg-travel-189', 'hsg-travel-2631', 'hsg-travel-2390']) {
      expect(codeOf(r).country, r).toBe('YUCS'); // Kosovo 1999-2001, within the FRY
      expect(codeOf(r).locality, r).toMatch(/Pristina|Bondsteel/);
    }
    expect(codeOf('hsg-travel-20').country).toBe('YUCS'); // Belgrade 1997
    expect(codeOf('hsg-travel-1336').country).toBe('CSXX'); // Belgrade 2003
    expect(visits.filter((v) => v.country === 'GL').map((v) => v.id).sort()).toEqual(['hsg-travel-1421', 'hsg-travel-3167', 'hsg-travel-3676', 'hsg-travel-4002']);
    const bermuda = visits.filter((v) => v.country === 'BM');
    expect(bermuda).toHaveLength(17);
    expect(bermuda.every((v) => v.locality === 'Bermuda')).toBe(true);
    expect(visits.filter((v) => v.country === 'GB' && /bermuda/i.test(v.locality ?? ''))).toEqual([]);
    expect(codeOf('hsg-travel-248')).toMatchObject({ country: 'ANHH', locality: 'Curacao (Antilles)', start: '2000-08-19' });
    expect(codeOf('hsg-travel-2265').country).toBe('RHZW'); // Salisbury, 1978
    expect(codeOf('hsg-visit-386').travelerCountry).toBe('RHZW'); // Muzorewa, 1979
    expect(codeOf('hsg-visit-415').travelerCountry).toBe('ZW'); // Mugabe, 1980
  });

  it('titles derived trips by the state of the date: Nixon 1972 did not go to "Russia"', () => {
    const nixon = ds!.trips.find((t) => t.visitIds.includes('hsg-travel-2847'))!;
    expect(nixon.title).toBe('Austria, Soviet Union, Iran and Poland, May–June 1972');
    const russiaBefore = ds!.trips.filter((t) => t.derived && t.start < USSR_ENDED && /Russia/.test(t.title));
    expect(russiaBefore.map((t) => t.title)).toEqual([]);
  });

  it('lists every rule in the import report with the records it touched, and the records carry its code', () => {
    const listed = new Map(report.interpretations.rules.map((r) => [r.id, r]));
    expect([...listed.keys()].sort()).toEqual([...rules.countryRules.map((r) => r.id), ...rules.titleRules.map((r) => r.id)].sort());
    expect(report.interpretations.countryRulesUnused).toEqual([]);
    let recoded = 0;
    for (const rule of rules.countryRules) {
      const use = listed.get(rule.id)!;
      expect(use.records, rule.id).toBe(use.recordIds.length);
      expect(use.records, `${rule.id} touches no record`).toBeGreaterThan(0);
      for (const r of use.recordIds) {
        const v = byRecord.get(r)!;
        const code = r.startsWith('hsg-visit-') ? v.travelerCountry : v.country;
        if (rule.code) expect(code, `${rule.id}: ${r}`).toBe(rule.code);
        else expect(rule.slugs.map((slug) => table.slugs[slug]), `${rule.id}: ${r}`).toContain(code);
      }
      // Rules that keep the slug's code record a decision; the others recode.
      const slugCodes = new Set(rule.slugs.map((s) => table.slugs[s]));
      if (rule.code && !slugCodes.has(rule.code)) recoded += use.records;
    }
    expect(report.interpretations.countryRecoded).toBe(recoded);
  });
});

describe.skipIf(!ds)('the title held on the date (issue 12, item 2)', () => {
  const PRESIDENT_ELECT = ['2655', '2657', '2667', '2668', '2671', '2672', '2673', '2674', '2675', '2676', '2677', '2678', '2679', '2680', '2681', '2739', '2911'].map((n) => `hsg-travel-${n}`);

  it('titles the trips made before inauguration President-elect, as their remarks say', () => {
    const visits = new Map(ds!.visits.map((v) => [v.id, v]));
    for (const id of PRESIDENT_ELECT) {
      expect(visits.get(id)?.traveler.title, id).toBe('President-elect');
      expect(visits.get(id)?.remarks, id).toContain('[Visit made as President-elect.]');
    }
    expect(ds!.visits.filter((v) => v.traveler.title === 'President-elect' && v.kind === 'president-travel').map((v) => v.id).sort()).toEqual([...PRESIDENT_ELECT].sort());
  });

  it("gives every official traveller the title of the role held on the visit's dates", () => {
    const people = new Map(ds!.people.map((p) => [p.id, p]));
    const wrong: string[] = [];
    for (const v of ds!.visits) {
      if (v.kind !== 'secretary-travel' && v.kind !== 'president-travel') continue;
      if (!v.id.startsWith('hsg-')) continue;
      const role = v.kind === 'secretary-travel' ? 'Secretary of State' : 'President';
      const terms = people.get(v.traveler.personId!)!.roles.filter((r) => r.title === role);
      const held = terms.some((t) => (!t.start || v.start >= t.start) && (!t.end || v.end <= t.end));
      const beforeFirst = terms.every((t) => !!t.start && v.end < t.start);
      const expected = held ? role : beforeFirst && role === 'President' ? 'President-elect' : '(no title rule)';
      if (v.traveler.title !== expected) wrong.push(`${v.id} ${v.start}: ${v.traveler.title} (expected ${expected})`);
    }
    expect(wrong).toEqual([]);
    expect(report.interpretations.titlesFromRules).toBe(PRESIDENT_ELECT.length);
  });
});

describe.skipIf(!ds)('what the data covers (issue 12, item 5)', () => {
  it("meta.coverage gives each official kind's first and last date, as the visits have them", () => {
    const official = ds!.visits.filter((v) => v.id.startsWith('hsg-'));
    const span = (kind: Visit['kind']) => {
      const of = official.filter((v) => v.kind === kind);
      return { first: of.map((v) => v.start).sort()[0], last: of.map((v) => v.end).sort().at(-1) };
    };
    expect(ds!.meta.coverage).toEqual({
      secretaryTravel: span('secretary-travel'),
      presidentTravel: span('president-travel'),
      foreignLeaderVisit: span('foreign-leader-visit'),
    });
    expect(ds!.meta.coverage).toEqual(report.coverage);
    // Rubio's travel ends 2025-02-19 in this snapshot.
    expect(ds!.meta.coverage!.secretaryTravel.last).toBe('2025-02-19');
  });
});
