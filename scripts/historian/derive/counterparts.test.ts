import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/schemas/event.js';
import type { Person } from '../../../src/schemas/person.js';
import { deriveCounterparts, metItems, resolveCounterpart } from './counterparts.js';
import type { CuratedLayer } from './curated.js';
import { visit } from './test-visit.js';

const leader = (id: string, name: string, title: string, country: string, firstSeen: string, lastSeen = firstSeen, names: string[] = [name]): Person => ({
  id, name, roles: [{ title, country, sourceId: 'hsg-visits', firstSeen, lastSeen }], derivation: { sourceId: 'hsg-visits', rules: ['same-name'], names },
});
const people: Person[] = [
  leader('prodi-romano', 'Romano Prodi', 'Prime Minister', 'IT', '1996-09-01', '1998-01-01'),
  leader('kim-young-sam', 'Kim Young Sam', 'President', 'KR', '1995-07-26'),
  leader('kim-dae-jung', 'Kim Dae Jung', 'President', 'KR', '1998-06-07', '2001-03-07'),
  leader('gorbachev-mikhail-s', 'Mikhail S. Gorbachev', 'President', 'SUHH', '1990-05-30'),
  { id: 'bush-george-h-w', name: 'George H. W. Bush', roles: [{ title: 'President', country: 'US', start: '1989-01-20', end: '1993-01-20' }] },
  { id: 'bush-george-w', name: 'George W. Bush', roles: [{ title: 'President', country: 'US', start: '2001-01-20', end: '2009-01-20' }] },
];
const countryNames = new Map([['IT', 'Italy'], ['KR', 'South Korea'], ['SUHH', 'Soviet Union'], ['GB', 'United Kingdom'], ['US', 'United States']]);
const layer = (events: Event[] = [], annotations: CuratedLayer['annotations'] = []): CuratedLayer => ({ events, issues: [], issueLinks: [], trips: [], annotations });

describe('metItems', () => {
  it('reads each "Title Name" of a "Met with" list, with its words as they stand', () => {
    expect(metItems('Met with Prime Minister Prodi and Foreign Minister Dini.')).toEqual([
      { quote: 'Prime Minister Prodi', title: 'Prime Minister', name: 'Prodi' },
      { quote: 'Foreign Minister Dini', title: 'Foreign Minister', name: 'Dini' },
    ]);
    expect(metItems('Met with President Asif Zardari, Prime Minister Nawaz Sharif, National Security Adviser Sartaj Aziz. Visited Zero Point Power Plant.').map((i) => i.quote)).toEqual([
      'President Asif Zardari', 'Prime Minister Nawaz Sharif',
    ]);
    expect(metItems('Attended Namibian independence ceremonies. Met with Soviet Foreign Minister Shevardnadze.')).toEqual([
      { quote: 'Soviet Foreign Minister Shevardnadze', adjective: 'Soviet', title: 'Foreign Minister', name: 'Shevardnadze' },
    ]);
    expect(metItems('Met with Crown Prince and Prime Minister Mohammed bin Salman.').map((i) => i.name)).toEqual(['Mohammed bin Salman']);
    expect(metItems('Met with Foreign Minister van den Broek.').map((i) => i.name)).toEqual(['van den Broek']);
  });
  it('stops where the list of people ends: place, date, purpose, the next thing done', () => {
    expect(metItems('Met with President Carter October 2.').map((i) => i.name)).toEqual(['Carter']);
    expect(metItems('Met with President Bush at the UN General Assembly in New York City.').map((i) => i.name)).toEqual(['Bush']);
    expect(metItems('Met with Chinese Foreign Minister Qian and discussed the Bosnian conflict with senior French officials.').map((i) => i.quote)).toEqual(['Chinese Foreign Minister Qian']);
  });
  it('takes no one from groups, officials or a title without a name', () => {
    expect(metItems('Met with senior Vietnamese officials and opened new U.S. Consulate General in Ho Chi Minh City.')).toEqual([]);
    expect(metItems('Met with NATO Allies and partners.')).toEqual([]);
    expect(metItems('Met with the Foreign Ministers of the Baltic States.')).toEqual([]);
    expect(metItems('Met with King George of Greece.')).toEqual([]);
    expect(metItems('Discussed the Middle East peace process with King Hussein.')).toEqual([]);
  });
});

describe('resolveCounterpart', () => {
  const one = (remarks: string, over: Parameters<typeof visit>[2] = {}) => {
    const v = visit('hsg-travel-1', remarks, { country: 'IT', start: '1997-02-16', end: '1997-02-17', ...over });
    return metItems(remarks).map((i) => resolveCounterpart(i, v, people, countryNames)?.id ?? null);
  };
  it('matches name, title, country and date', () => {
    expect(one('Met with Prime Minister Prodi and Foreign Minister Dini.')).toEqual(['prodi-romano', null]);
    // The wrong country, the wrong title, or years outside the records: no match.
    expect(one('Met with Prime Minister Prodi.', { country: 'FR' })).toEqual([null]);
    expect(one('Met with President Prodi.')).toEqual([null]);
    expect(one('Met with Prime Minister Prodi.', { start: '2010-01-01' })).toEqual([null]);
  });
  it('takes the country from an adjective', () => {
    expect(one('Met with Soviet President Gorbachev.', { country: 'GB', start: '1991-07-14' })).toEqual(['gorbachev-mikhail-s']);
  });
  it('keeps the name where two people fit', () => {
    expect(one('Met with President Kim.', { country: 'KR', start: '1998-01-01' })).toEqual([null]);
    expect(one('Met with President Kim Dae Jung.', { country: 'KR', start: '1998-01-01' })).toEqual(['kim-dae-jung']);
  });
  it('resolves a US President by the term that holds the date', () => {
    const met = (start: string) => one('Met with President Bush during a private visit.', { id: 'hsg-visit-1', kind: 'foreign-leader-visit', country: 'US', start });
    expect(met('1990-05-01')).toEqual(['bush-george-h-w']);
    expect(met('2005-05-01')).toEqual(['bush-george-w']);
    expect(met('1995-05-01')).toEqual([null]);
  });
});

describe('deriveCounterparts', () => {
  const remarks = 'Met with Prime Minister Prodi and Foreign Minister Dini.';
  it('writes person id or name with title, quote and rule, and counts them', () => {
    const out = deriveCounterparts([visit('hsg-travel-1', remarks, { country: 'IT', start: '1997-02-16' }), visit('hsg-travel-2', 'State visit.')], people, layer(), countryNames);
    expect(out.visits[0]!.counterparts).toEqual([
      { personId: 'prodi-romano', quote: 'Prime Minister Prodi', rule: 'met-with' },
      { name: 'Dini', title: 'Foreign Minister', rule: 'met-with' },
    ]);
    expect(out.visits[1]!.counterparts).toBeUndefined();
    expect(out).toMatchObject({ visitsWithCounterpart: 1, counterparts: 2, resolved: 1, yieldedToCurated: [] });
  });
  it('leaves a person to the curated event of the visit that lists them', () => {
    const event: Event = {
      id: 'prodi-meeting', name: 'Meeting', kind: 'bilateral-meeting', start: '1997-02-16', end: '1997-02-16', country: 'IT', participantIds: ['prodi-romano'],
      provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-1'] }],
    };
    const out = deriveCounterparts([visit('hsg-travel-1', remarks, { country: 'IT', start: '1997-02-16' })], people, layer([event], [{ visitId: 'hsg-travel-1', eventIds: ['prodi-meeting'], evidence: [{ sourceId: 's', quote: 'q' }] }]), countryNames);
    expect(out.visits[0]!.counterparts).toEqual([{ name: 'Dini', title: 'Foreign Minister', rule: 'met-with' }]);
    expect(out.yieldedToCurated).toEqual([{ visitId: 'hsg-travel-1', personId: 'prodi-romano' }]);
  });
});
