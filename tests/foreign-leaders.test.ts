// Foreign leaders are people (issue 12, item 4): on the built dataset (dist/dataset.json),
// "every visit of X" works by person id, and every foreign leader's visit names a person whose
// roles show the country and title of the visit. Answers worked out from the records:
// visits/2010.xml and 2020.xml hold six visits of "President Xi Jinping" (ids 2688, 2804,
// 2838, 2952, 3196, 3201) and two of "Prime Minister Suga Yoshihide" (3018, 3035).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visits } from '../src/query/index.js';
import type { Dataset } from '../src/schemas/types.js';

const file = path.resolve(import.meta.dirname, '..', 'dist', 'dataset.json');
const ds: Dataset | undefined = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Dataset) : undefined;

describe.skipIf(!ds)(`foreign leaders in the built dataset${ds ? '' : ' (skipped: dist/dataset.json is missing, run npm run build)'}`, () => {
  it("finds Xi Jinping's and Suga Yoshihide's visits to the US by person id", () => {
    const xi = visits(ds!, { person: 'xi-jinping' });
    expect(xi.map((v) => v.id)).toEqual(['hsg-visit-2688', 'hsg-visit-2804', 'hsg-visit-2838', 'hsg-visit-2952', 'hsg-visit-3196', 'hsg-visit-3201']);
    for (const v of xi) expect(v).toMatchObject({ traveler: { personId: 'xi-jinping', title: 'President' }, travelerCountry: 'CN', country: 'US' });
    const suga = visits(ds!, { person: 'suga-yoshihide' });
    expect(suga.map((v) => `${v.id} ${v.start} ${v.traveler.title} ${v.travelerCountry}`)).toEqual([
      'hsg-visit-3018 2021-04-16 Prime Minister JP',
      'hsg-visit-3035 2021-09-24 Prime Minister JP',
    ]);
    // The curated person keeps its name and roles, and gains the official ones.
    const person = ds!.people.find((p) => p.id === 'suga-yoshihide')!;
    expect(person.name).toBe('Yoshihide Suga');
    expect(person.roles[0]).toEqual({ title: 'Prime Minister', country: 'JP', sourceId: 'hsg-visits', firstSeen: '2021-04-16', lastSeen: '2021-09-24' });
    expect(person.roles.some((r) => r.sourceId === 'article-2021-03-blinken-first-trip-asia')).toBe(true);
    expect(ds!.people.filter((p) => p.id === 'suga-yoshihide')).toHaveLength(1);
  });

  it('gives every foreign leader\'s visit a person whose roles hold the visit\'s country and title', () => {
    const byId = new Map(ds!.people.map((p) => [p.id, p]));
    const leaderVisits = ds!.visits.filter((v) => v.kind === 'foreign-leader-visit');
    expect(leaderVisits).toHaveLength(3264);
    for (const v of leaderVisits) {
      const p = byId.get(v.traveler.personId!);
      expect(p, v.id).toBeDefined();
      expect(p!.derivation?.sourceId, v.id).toBe('hsg-visits');
      if (!v.traveler.title) continue;
      const role = p!.roles.find((r) => r.title === v.traveler.title && r.country === v.travelerCountry && r.firstSeen);
      expect(role, `${v.id}: ${p!.id} has no role ${v.traveler.title} of ${v.travelerCountry}`).toBeDefined();
      expect(role!.firstSeen! <= v.start && v.end <= role!.lastSeen!, v.id).toBe(true);
      // Record dates, never term dates: the records give none.
      expect(role!.start).toBeUndefined();
    }
    // Every derived person has a visit.
    const used = new Set(leaderVisits.map((v) => v.traveler.personId));
    for (const p of ds!.people) if (p.derivation) expect(used.has(p.id), p.id).toBe(true);
  });

  it('keeps one person through a change of title, and namesakes apart', () => {
    const roles = (id: string) => ds!.people.find((p) => p.id === id)!.roles.map((r) => `${r.title} ${r.country} ${r.firstSeen}`);
    expect(roles('medvedev-dmitri')).toEqual(['President RU 2008-11-14', 'Prime Minister RU 2012-05-18']);
    expect(roles('erdogan-recep-tayyip')).toEqual(['Prime Minister TR 2004-01-27', 'President TR 2016-03-31']);
    // Vaclav Havel: President of Czechoslovakia, then of the Czech Republic.
    expect(new Set(visits(ds!, { person: 'havel-vaclav' }).map((v) => v.travelerCountry))).toEqual(new Set(['CSHH', 'CZ']));
    // Father and son (Chad), and two Prime Ministers of Iceland of one name, are different people.
    expect(visits(ds!, { person: 'deby-idriss' }).map((v) => v.id)).toEqual(['hsg-visit-2732']);
    expect(ds!.visits.find((v) => v.id === 'hsg-visit-3110')!.traveler.personId).not.toBe('deby-idriss');
    expect(visits(ds!, { person: 'benediktsson-bjarni-1964' }).every((v) => v.start < '1970-01-01')).toBe(true);
    expect(visits(ds!, { person: 'benediktsson-bjarni-2024' }).map((v) => v.start.slice(0, 4))).toEqual(['2024']);
  });

  it('states the number of foreign leaders in the README', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const derived = ds!.people.filter((p) => p.derivation).length;
    expect(readme).toContain(`Every foreign leader's visit names its person: ${derived.toLocaleString('en-US')} foreign leaders`);
  });
});
