// Derived trips against real journeys: a hand-checked sample of journeys
// (tests/fixtures/journey-sample.json, each decided from the records' own text)
// compared with data/official/trips.json, plus the grouping rules one by one on
// small hand-made records.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveTrips, isEnRouteStop, isReturningStop, statedDates, type CountryInfo } from '../scripts/historian/trips.js';
import type { Trip } from '../src/schemas/trip.js';
import type { Visit } from '../src/schemas/visit.js';

const root = path.resolve(import.meta.dirname, '..');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

interface Journey {
  pick: string;
  source: 'random' | 'named' | 'stated' | 'edge';
  visitIds: string[];
  decision: string;
}
const sample = read<{ description: string; method: string; journeys: Journey[] }>('tests/fixtures/journey-sample.json');
const visits = read<Visit[]>('data/official/visits.json');
const trips = read<Trip[]>('data/official/trips.json');
const visitById = new Map(visits.map((v) => [v.id, v]));
const tripOf = new Map<string, Trip>();
for (const t of trips) for (const id of t.visitIds) tripOf.set(id, t);

/** The traveller's visits in travel order (the order trips list them in). */
function travelOrder(personId: string): Visit[] {
  return visits
    .filter((v) => v.kind !== 'foreign-leader-visit' && v.traveler.personId === personId)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

/** How a journey compares with the derived trips: split over several, or merged with visits of another journey. */
function judge(j: Journey): { split: boolean; merged: boolean; trips: string[]; extra: string[] } {
  const ts = [...new Set(j.visitIds.map((id) => tripOf.get(id)!))];
  const extra = ts.flatMap((t) => t.visitIds).filter((id) => !j.visitIds.includes(id));
  return { split: ts.length > 1, merged: extra.length > 0, trips: ts.map((t) => t.id), extra };
}

describe('the hand-checked journey sample', () => {
  it('holds at least 60 distinct journeys, each a complete run of one traveller\'s visits with its decision written down', () => {
    expect(sample.journeys.length).toBeGreaterThanOrEqual(60);
    expect(sample.journeys.filter((j) => j.source === 'random').length).toBeGreaterThanOrEqual(60);
    const keys = sample.journeys.map((j) => [...j.visitIds].sort().join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    for (const j of sample.journeys) {
      expect(j.visitIds, j.pick).toContain(j.pick);
      expect(j.decision.length, j.pick).toBeGreaterThan(20);
      const personId = visitById.get(j.pick)!.traveler.personId!;
      for (const id of j.visitIds) expect(visitById.get(id)?.traveler.personId, `${j.pick}: ${id}`).toBe(personId);
      // No visit of the traveller between the journey's first and last stop is left out.
      const order = travelOrder(personId).map((v) => v.id);
      const at = j.visitIds.map((id) => order.indexOf(id)).sort((a, b) => a - b);
      expect(at[at.length - 1]! - at[0]! + 1, `${j.pick}: not a contiguous run of visits`).toBe(at.length);
    }
  });

  it('matches the derived trips: at most 3% of the journeys wrongly split or merged', () => {
    const wrong = sample.journeys.map((j) => ({ pick: j.pick, ...judge(j) })).filter((r) => r.split || r.merged);
    const rate = wrong.length / sample.journeys.length;
    const split = wrong.filter((r) => r.split).length;
    const merged = wrong.filter((r) => r.merged).length;
    console.info(`journey sample: ${sample.journeys.length} journeys, ${split} split, ${merged} merged, error rate ${(rate * 100).toFixed(1)}%`);
    for (const r of wrong) console.info(`  ${r.pick}: trips ${r.trips.join(', ')}${r.extra.length ? `; also holds ${r.extra.join(', ')}` : ''}`);
    expect(rate).toBeLessThanOrEqual(0.03);
  });

  it('keeps the examples named in issue 12 as one trip each', () => {
    const one = (ids: string[]) => new Set(ids.map((id) => tripOf.get(id)!.id));
    // Knox 1912: "Left U.S. February 23" ... "returned to U.S. April 16".
    expect(one(['hsg-travel-1193', 'hsg-travel-1199', 'hsg-travel-1203', 'hsg-travel-1204'])).toEqual(new Set(['knox-philander-chase-1912-02-27']));
    // Pompeo, November 2020: France, Türkiye, Georgia, Israel, then the UAE, Qatar, Saudi Arabia.
    expect(one(['hsg-travel-3979', 'hsg-travel-3983', 'hsg-travel-3984', 'hsg-travel-3986'])).toEqual(new Set(['pompeo-michael-r-2020-11-13']));
    // Blinken, November 2024: Belgium, Peru, Brazil.
    expect(one(['hsg-travel-4264', 'hsg-travel-4265', 'hsg-travel-4266'])).toEqual(new Set(['blinken-antony-j-2024-11-12']));
  });
});

describe('derived trips and the signals in the records', () => {
  it('gives every derived trip its grouping reason', () => {
    for (const t of trips) {
      expect(t.grouping, t.id).toBeDefined();
      expect(t.grouping!.rule === 'single-visit', t.id).toBe(t.visitIds.length === 1);
    }
  });

  it('puts every stated departure and the next stated return of the same traveller in one trip', () => {
    let pairs = 0;
    for (const personId of new Set(visits.filter((v) => v.kind !== 'foreign-leader-visit').map((v) => v.traveler.personId!))) {
      const order = travelOrder(personId);
      order.forEach((v, i) => {
        if (!statedDates(v).departure) return;
        for (let j = i; j < order.length; j++) {
          const s = statedDates(order[j]!);
          if (j > i && s.departure) break;
          if (!s.ret) continue;
          pairs++;
          expect(tripOf.get(order[j]!.id)!.id, `${v.id} .. ${order[j]!.id}`).toBe(tripOf.get(v.id)!.id);
          break;
        }
      });
    }
    expect(pairs).toBeGreaterThanOrEqual(15);
  });

  it('leaves no en-route or returning stop alone as a trip unless its remarks place it on a domestic journey', () => {
    const lone = trips.filter((t) => t.visitIds.length === 1).map((t) => visitById.get(t.visitIds[0]!)!).filter((v) => isEnRouteStop(v) || isReturningStop(v));
    // FDR, Panama 1935: "while returning to Washington, D.C. from West Coast" (a trip within the US).
    expect(lone.map((v) => [v.id, v.remarks])).toEqual([['hsg-travel-2688', expect.stringContaining('from West Coast')]]);
  });
});

describe('the import report', () => {
  interface TripReport { derived: number; byRule: Record<string, number>; rules: { rule: string; what: string; trips: string[]; visitIds: string[] }[] }
  const report = read<{ trips: TripReport }>('data/official/import-report.json').trips;

  it('counts derived trips by grouping rule and lists every rule other than the dates with the trips and visits it touched', () => {
    expect(Object.values(report.byRule).reduce((a, b) => a + b, 0)).toBe(report.derived);
    for (const [rule, n] of Object.entries(report.byRule)) expect(trips.filter((t) => t.derived && t.grouping?.rule === rule).length, rule).toBe(n);
    const rule = (name: string) => report.rules.find((r) => r.rule === name)!;
    expect(rule('stated-journey').trips).toContain('knox-philander-chase-1912-02-27');
    expect(rule('stated-journey').visitIds).toEqual(expect.arrayContaining(['hsg-travel-1199', 'hsg-travel-1204']));
    expect(rule('president-journey').visitIds).toContain('hsg-travel-4266');
    expect(rule('same-region-short-gap').visitIds).toContain('hsg-travel-3984');
    expect(rule('stated-return').trips).toContain('marshall-george-catlett-1948-10-12');
    for (const r of report.rules) {
      expect(r.what.length, r.rule).toBeGreaterThan(10);
      for (const id of r.visitIds) expect(r.trips, `${r.rule}: ${id}`).toContain(tripOf.get(id)!.id);
    }
  });
});

describe('deriveTrips, rule by rule', () => {
  const info: Record<string, CountryInfo> = {
    PA: { name: 'Panama', region: 'Americas', subregion: 'Central America' },
    CU: { name: 'Cuba', region: 'Americas', subregion: 'Caribbean' },
    IL: { name: 'Israel', region: 'Asia', subregion: 'Western Asia' },
    AE: { name: 'United Arab Emirates', region: 'Asia', subregion: 'Western Asia' },
    CN: { name: 'China', region: 'Asia', subregion: 'Eastern Asia' },
    GB: { name: 'United Kingdom', region: 'Europe', subregion: 'Northern Europe' },
    PE: { name: 'Peru', region: 'Americas', subregion: 'South America' },
    BR: { name: 'Brazil', region: 'Americas', subregion: 'South America' },
  };
  const country = (code: string): CountryInfo => info[code]!;
  let n = 0;
  const visit = (personId: string, code: string, start: string, end: string, remarks?: string, kind: Visit['kind'] = 'secretary-travel'): Visit => ({
    id: `hsg-travel-${++n}`,
    traveler: { personId, name: personId, title: kind === 'president-travel' ? 'President' : 'Secretary of State' },
    travelerCountry: 'US',
    country: code,
    start,
    end,
    kind,
    eventIds: [],
    ...(remarks ? { remarks } : {}),
    provenance: [{ sourceId: 'hsg-travels', recordIds: [`hsg-travel-${n}`] }],
  });
  const grouped = (vs: Visit[]) => deriveTrips(vs, country).map((t) => ({ visits: t.visitIds.length, rule: t.grouping!.rule }));

  it('joins stops between a stated departure and return, however far apart, and splits after a stated return', () => {
    const vs = [
      visit('s', 'PA', '2010-02-27', '2010-02-28', 'Left U.S. February 23.'),
      visit('s', 'CU', '2010-03-20', '2010-03-21', 'Returned to U.S. March 21.'),
      // The next day, so consecutive days alone would join it: the stated return splits.
      visit('s', 'PA', '2010-03-22', '2010-03-22'),
    ];
    expect(grouped(vs)).toEqual([{ visits: 2, rule: 'stated-journey' }, { visits: 1, rule: 'single-visit' }]);
    expect(statedDates(vs[0]!)).toEqual({ departure: '2010-02-23' });
    expect(statedDates(vs[1]!)).toEqual({ ret: '2010-03-21' });
    expect(deriveTrips(vs, country)[1]!.grouping!.note).toMatch(/^starts a new trip by stated-return: .* though consecutive-days would join them$/);
  });

  it('joins an en-route stop to the next and a returning stop to the last, within three days', () => {
    expect(grouped([visit('s', 'GB', '2010-01-01', '2010-01-01', 'Stopped en route to Beijing.'), visit('s', 'CN', '2010-01-04', '2010-01-05')])).toEqual([{ visits: 2, rule: 'en-route-stop' }]);
    expect(grouped([visit('s', 'CN', '2010-01-01', '2010-01-01'), visit('s', 'GB', '2010-01-04', '2010-01-04', 'Stopped while returning to the U.S.')])).toEqual([{ visits: 2, rule: 'returning-stop' }]);
    expect(grouped([visit('s', 'GB', '2010-01-01', '2010-01-01', 'Stopped en route to Beijing.'), visit('s', 'CN', '2010-01-06', '2010-01-06')])).toHaveLength(2);
    // "en route to U.S.-Soviet Summit" is on the way out, not home.
    expect(isReturningStop(visit('s', 'GB', '1988-05-25', '1988-05-25', 'Rested en route to U.S.-Soviet Summit in Moscow.'))).toBe(false);
  });

  it("joins a Secretary's stops that fall in one journey of a President", () => {
    const vs = [
      visit('p', 'PE', '2010-11-14', '2010-11-16', undefined, 'president-travel'),
      visit('p', 'BR', '2010-11-17', '2010-11-19', undefined, 'president-travel'),
      visit('s', 'PE', '2010-11-14', '2010-11-16', 'Joined the President.'),
      visit('s', 'BR', '2010-11-18', '2010-11-19'),
    ];
    expect(grouped(vs)).toEqual([{ visits: 2, rule: 'consecutive-days' }, { visits: 2, rule: 'president-journey' }]);
  });

  it('reads gaps of up to ten days before 1950 as a voyage, and one free day in one subregion outside the Americas as no return home', () => {
    expect(grouped([visit('s', 'PA', '1912-03-01', '1912-03-02'), visit('s', 'CU', '1912-03-10', '1912-03-11')])).toEqual([{ visits: 2, rule: 'sea-era-gap' }]);
    expect(grouped([visit('s', 'PA', '1962-03-01', '1962-03-02'), visit('s', 'CU', '1962-03-10', '1962-03-11')])).toHaveLength(2);
    expect(grouped([visit('s', 'IL', '2020-11-18', '2020-11-19'), visit('s', 'AE', '2020-11-21', '2020-11-21')])).toEqual([{ visits: 2, rule: 'same-region-short-gap' }]);
    // Beijing then Riyadh with a free day between: two regions, two trips.
    expect(grouped([visit('s', 'CN', '2024-04-24', '2024-04-27'), visit('s', 'AE', '2024-04-29', '2024-04-29')])).toHaveLength(2);
    // Peru then Brazil with a free day: in the Americas a return home is possible, so two trips without another signal.
    expect(grouped([visit('s', 'PE', '2024-11-14', '2024-11-16'), visit('s', 'BR', '2024-11-18', '2024-11-19')])).toHaveLength(2);
  });
});
