// The interpretation rules of the official import (scripts/historian/interpret.ts) on small
// made-up records: which rule applies, and the clear errors a bad rule or an unexplained record gives.
import { describe, expect, it } from 'vitest';
import type { CountrySlugFile } from '../scripts/historian/countries.js';
import { interpret, withinPeriods, type RulesFile } from '../scripts/historian/interpret.js';
import type { RawTravel, RawVisit } from '../scripts/historian/read.js';
import type { Person } from '../src/schemas/person.js';

const table: CountrySlugFile = {
  slugs: { russia: 'RU', 'united-kingdom': 'GB' },
  countries: {
    RU: { periods: [{ from: '1991-12-26' }] },
    SUHH: { former: true, codeNote: 'Soviet Union', periods: [{ from: '1922-12-30', to: '1991-12-25' }] },
    BM: { codeNote: 'Bermuda' },
  },
  m49: { subregionRenames: {}, overrides: {} },
};
const rules = (): RulesFile => ({
  principles: { split: 'split', territory: 'territory' },
  countryRules: [
    { id: 'soviet-union', principle: 'split', slugs: ['russia'], to: '1991-12-25', code: 'SUHH', reason: 'The USSR ended on 1991-12-26.' },
    { id: 'bermuda', principle: 'territory', slugs: ['united-kingdom'], locality: 'Bermuda', code: 'BM', reason: 'Bermuda has its own code.' },
  ],
  titleRules: [{ id: 'president-elect', kind: 'president-travel', remarksContain: '[Visit made as President-elect.]', title: 'President-elect', reason: 'Before inauguration.' }],
});
const people: Person[] = [
  { id: 'nixon-richard-m', name: 'Richard M. Nixon', roles: [{ title: 'President', country: 'US', start: '1969-01-20', end: '1974-08-09' }] },
  { id: 'rogers-william-pierce', name: 'William P. Rogers', roles: [{ title: 'Secretary of State', country: 'US', start: '1969-01-22', end: '1973-09-03' }] },
];
let n = 0;
const travel = (who: string, slug: string, start: string, locale = '', remarks = '', kind: RawTravel['kind'] = 'president-travel'): RawTravel => ({
  kind, file: 'x.xml', num: ++n, recordId: `hsg-travel-${n}`, who, name: '', start, end: start, slug, label: '', locale, remarks, created: '', modified: '',
});
const visit = (slug: string, start: string): RawVisit => ({
  kind: 'foreign-leader-visit', file: 'v.xml', num: ++n, recordId: `hsg-visit-${n}`, start, end: start, visitor: 'General Secretary Brezhnev', slug, label: '', description: '', created: '', modified: '',
});
const id = (x: string) => x;

describe('interpret', () => {
  it('gives a record the code of the state of its date, by slug, date and locality', () => {
    const moscow72 = travel('nixon-richard-m', 'russia', '1972-05-22', 'Moscow');
    const brezhnev = visit('russia', '1973-06-18');
    const london = travel('nixon-richard-m', 'united-kingdom', '1970-01-01', 'London');
    const bermuda = travel('nixon-richard-m', 'united-kingdom', '1971-12-20', 'bermuda');
    const out = interpret([moscow72, london, bermuda], [brezhnev], table, rules(), people, id);
    expect(out.country.get(moscow72.recordId)).toBe('SUHH');
    expect(out.country.get(brezhnev.recordId)).toBe('SUHH');
    expect(out.country.get(london.recordId)).toBe('GB');
    expect(out.country.get(bermuda.recordId)).toBe('BM'); // the locality matches case-insensitively, as a whole
    expect(out.countryRecoded).toBe(3);
    expect(out.rules.find((r) => r.id === 'soviet-union')).toMatchObject({ records: 2, recordIds: [moscow72.recordId, brezhnev.recordId] });
    expect([...out.slugsByCode.get('GB')!]).toEqual(['united-kingdom']);
    expect([...out.slugsByCode.get('BM')!]).toEqual(['united-kingdom']);
  });

  it('titles a traveller by the role held on the date, and President-elect before the first term', () => {
    const elect = travel('nixon-richard-m', 'united-kingdom', '1969-01-05', 'London', 'Talks. [Visit made as President-elect.]');
    const inTerm = travel('nixon-richard-m', 'united-kingdom', '1970-01-05', 'London');
    const sec = travel('rogers-william-pierce', 'united-kingdom', '1970-01-05', 'London', '', 'secretary-travel');
    const out = interpret([elect, inTerm, sec], [], table, rules(), people, id);
    expect(out.title.get(elect.recordId)).toBe('President-elect');
    expect(out.title.get(inTerm.recordId)).toBe('President');
    expect(out.title.get(sec.recordId)).toBe('Secretary of State');
    expect(out.titlesFromRoles).toBe(2);
    expect(out.rules.find((r) => r.id === 'president-elect')).toMatchObject({ records: 1, recordIds: [elect.recordId] });
  });

  it('stops on a record outside every term that no title rule explains', () => {
    const after = travel('nixon-richard-m', 'united-kingdom', '1975-01-05', 'London', 'Private visit.');
    expect(() => interpret([after], [], table, rules(), people, id)).toThrow(/outside every President term and no title rule/);
  });

  it('stops on a code used outside its periods, naming the record', () => {
    const r = rules();
    r.countryRules = r.countryRules.filter((x) => x.id !== 'soviet-union');
    const moscow72 = travel('nixon-richard-m', 'russia', '1972-05-22', 'Moscow');
    expect(() => interpret([moscow72], [], table, r, people, id)).toThrow(new RegExp(`${moscow72.recordId} .*RU did not exist on these dates`));
  });

  it('stops on two rules matching one record, and on a rule code without a codeNote', () => {
    const r = rules();
    r.countryRules.push({ id: 'ussr-again', principle: 'split', slugs: ['russia'], to: '1980-01-01', code: 'SUHH', reason: 'A second rule for the same records.' });
    expect(() => interpret([travel('nixon-richard-m', 'russia', '1972-05-22')], [], table, r, people, id)).toThrow(/several country rules match \(soviet-union, ussr-again\)/);
    const r2 = rules();
    r2.countryRules[1]!.code = 'GL';
    expect(() => interpret([], [], table, r2, people, id)).toThrow(/bermuda: code GL needs an entry with a codeNote/);
  });

  it('reads periods as inclusive date ranges that a visit must overlap', () => {
    expect(withinPeriods([{ to: '1991-12-25' }], '1991-12-25', '1991-12-27')).toBe(true);
    expect(withinPeriods([{ to: '1991-12-25' }], '1991-12-26', '1991-12-27')).toBe(false);
    expect(withinPeriods([{ from: '1918-02-24', to: '1940-08-06' }, { from: '1991-08-20' }], '1960-01-01', '1960-01-02')).toBe(false);
    expect(withinPeriods(undefined, '1800-01-01', '1800-01-01')).toBe(true);
  });
});
