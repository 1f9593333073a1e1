import { describe, expect, it } from 'vitest';
import issues from '../../../data/curated/issues.json' with { type: 'json' };
import { ISSUE_RULES } from './issue-rules.js';
import { discussionsOf } from './issues.js';
import { visit } from './test-visit.js';

/** Remarks as the official records write them -> the issues they say were discussed. */
const CASES: [remark: string, start: string, expected: string[]][] = [
  ['Discussed the Middle East peace process with King Hussein.', '1994-07-20', ['middle-east-peace-process']],
  ['Discussed the Egyptian- Israeli peace process with President Mubarak.', '1982-03-01', ['middle-east-peace-process']],
  ['Discussed the future status of the Golan Heights with President Assad.', '1994-05-15', ['middle-east-peace-process']],
  ['Discussed the Persian Gulf crisis with President Mitterrand and Foreign Minister Dumas.', '1990-11-18', ['persian-gulf-crisis']],
  ['Discussed the Middle East peace process and the Iraq crisis with President Mubarak.', '1998-02-01', ['middle-east-peace-process', 'iraq']],
  ['Discussed the Vietnam situation with North Vietnamese negotiator Tho.', '1973-02-08', ['vietnam-war']],
  ['Discussed strategic arms reductions with Soviet Foreign Minister Bessmertnykh.', '1991-01-28', ['arms-control']],
  ['Discussed the Bosnian conflict with senior Israeli officials.', '1994-03-01', ['bosnian-war']],
  ['Discussed the Kosovo crisis with NATO officials.', '1999-04-01', ['kosovo-war']],
  ['Discussed anti-narcotics assistance with President Pastrana.', '2000-03-01', ['narcotics']],
  ['Discussed international responses to the Iranian hostage crisis with President Pertini.', '1980-05-20', ['iran', 'iran-hostage-crisis']],
  ['Met with Chancellor Schmidt and discussed responses to Soviet invasion of Afghanistan.', '1980-01-20', ['afghanistan']],
  ['Discussed the Syrian conflict with Russian Foreign Minister Sergey Lavrov.', '2016-02-11', ['syrian-civil-war']],
  ['Discussed the Ukrainian crisis with Russian Foreign Minister Sergey Lavrov.', '2014-03-14', ['ukraine-crisis']],
  ['Discussed Central American and Dominican Republic Free Trade Agreement.', '2005-05-10', ['trade']],
  ['Discussed the Middle East Crisis with President Johnson.', '1967-06-22', ['middle-east']],
  // Nothing is read into a bare meeting, a state visit, the people met or the country.
  ['Met with King Abdullah and Foreign Minister Prince Saud.', '2010-01-01', []],
  ['State visit.', '1990-01-01', []],
  ['Discussed bilateral relations with Prime Minister Netanyahu.', '2010-01-01', []],
  ['Discussed regional and bilateral issues with Saudi leadership.', '1996-01-01', []],
  ['Attended the Middle East peace conference.', '1991-10-30', []],
  // A phrase read only in its years: "the Gulf crisis" of 1990–91, Vietnam before 1975.
  ['Discussed the Persian Gulf crisis with the Amir of Kuwait.', '1995-01-01', []],
  ['Discussed normalization of relations with Vietnamese Foreign Minister Ngueyn.', '1995-08-05', []],
];

describe('issue rules', () => {
  it('have ids discussed-<issue> naming issues of the vocabulary', () => {
    const vocabulary = new Set(issues.map((i) => i.id));
    for (const r of ISSUE_RULES) {
      expect(r.id).toBe(`discussed-${r.issueId}`);
      expect(vocabulary.has(r.issueId)).toBe(true);
    }
    expect(new Set(ISSUE_RULES.map((r) => r.id)).size).toBe(ISSUE_RULES.length);
  });
  it.each(CASES)('%s (%s) -> %j', (remark, start, expected) => {
    const got = discussionsOf(visit('hsg-travel-1', remark, { start, end: start }));
    expect(got.map((d) => d.rule.issueId).sort()).toEqual([...expected].sort());
    for (const d of got) expect(remark.includes(d.quote)).toBe(true);
  });
});
