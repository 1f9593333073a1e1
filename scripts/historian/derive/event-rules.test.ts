import { describe, expect, it } from 'vitest';
import { EVENT_RULES } from './event-rules.js';
import { attendancesOf } from './events.js';
import { visit } from './test-visit.js';

/** Remarks as the official records write them -> the rules that must (and only they) match. */
const CASES: [remark: string, start: string, expected: string[]][] = [
  ['Attended the NATO Summit Meeting.', '2018-07-10', ['attended-nato-summit']],
  ['Attended NATO’s 50th Anniversary Summit.', '1999-04-23', ['attended-nato-summit']],
  ['Attended a NATO Foreign Ministers’ Meeting.', '2005-04-20', ['attended-nato-ministerial']],
  ['Attended the North Atlantic Council meeting.', '1960-05-02', ['attended-nato-ministerial']],
  ['Attended the G-7 Economic Summit Meeting.', '1991-07-14', ['attended-g7-summit']],
  ['Attended the Economic Summit Meeting in Denver.', '1997-06-19', ['attended-g7-summit']],
  ['Attended the G-20 Economic Summit Meeting.', '2008-11-14', ['attended-g20-summit']],
  ['Attended a G-8 Foreign Ministers’ Meeting.', '2004-05-14', ['attended-g7-foreign-ministers']],
  ["Attended the APEC Leaders' Summit at San Francisco, CA.", '2023-11-12', ['attended-apec-leaders']],
  ["Attended the APEP Leaders' Summit.", '2023-11-03', ['attended-apep-leaders-summit']],
  ['Attended the ASEAN Regional Forum and Post-Ministerial Conference.', '1997-07-25', ['attended-asean-ministerial']],
  ['Attended the OAS General Assembly Meeting.', '1988-11-14', ['attended-oas-general-assembly']],
  ['Attended the CSCE Summit Meeting.', '1990-11-19', ['attended-csce-osce-summit']],
  ['Attended an OSCE Ministerial Meeting.', '2011-12-06', ['attended-csce-osce-ministerial']],
  ['Attended the Third Session of the UN General Assembly.', '1948-09-20', ['attended-un-general-assembly']],
  ['Attended the Summit of the Americas in Miami.', '1994-12-09', ['attended-summit-of-the-americas']],
  ['Attended the Nuclear Security Summit.', '2010-04-12', ['attended-nuclear-security-summit']],
  ['Attended the SEATO and ANZUS Council Meetings.', '1962-05-08', ['attended-seato-council', 'attended-anzus-council']],
  ['Attended the inauguration of President Barco.', '1986-08-06', ['attended-inauguration']],
  ['Attended the U.S.-Africa Leaders Summit.', '2014-08-05', ['attended-us-africa-leaders-summit']],
  ['Attended the G-20 Foreign Ministers Meeting.', '2017-02-16', ['attended-g20-ministerial']],
  ['Attended the APEC Ministerial Meeting.', '1995-11-16', ['attended-apec-ministerial']],
  ['Attended the U.S.-ASEAN Summit.', '2022-05-12', ['attended-asean-summit']],
  ['Attended the North American Leaders’ Summit.', '2012-04-02', ['attended-north-american-leaders-summit']],
  ['Attended the Pacific Islands Countries Summit.', '2022-09-28', ['attended-pacific-islands-summit']],
  ['Attended the U.S.-EU Summit Meeting.', '1998-12-18', ['attended-us-eu-summit']],
  ["Attended the Quad Leaders' Summit in Claymont, DE.", '2024-09-21', ['attended-quad-leaders-summit']],
  ['Attended the CENTO Ministerial Meeting.', '1959-10-07', ['attended-cento-ministerial']],
  ['Attended the 2023 Munich Security Conference.', '2023-02-17', ['attended-munich-security-conference']],
  ['Attended the World Economic Forum.', '2009-01-29', ['attended-world-economic-forum']],
  // Near misses: no multilateral meeting, or not attended.
  ['Met with Prime Minister Major and Foreign Secretary Rifkind.', '1997-02-18', []],
  ['State visit.', '1990-01-01', []],
  ['Addressed NATO Foreign Ministers and the European Commission.', '1997-02-18', []],
  ['Hosted a dinner attended by NATO Summit leaders.', '2018-07-10', []],
  ['Attended the funeral of former President Reagan.', '2004-06-11', []],
  ['Attended the United States-Africa Business Summit.', '2014-08-05', []],
];

describe('event rules', () => {
  it('have unique ids of the form attended-*', () => {
    const ids = EVENT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^attended-[a-z0-9-]+$/);
  });
  it.each(CASES)('%s -> %j', (remark, start, expected) => {
    const got = attendancesOf(visit('hsg-travel-1', remark, { start, end: start }));
    expect(got.map((a) => a.rule.id)).toEqual(expected);
    for (const a of got) expect(remark.includes(a.quote)).toBe(true);
  });
  it('names the series by the date where the remark does not (G7 before Russia joined, G8 after)', () => {
    const series = (start: string) => {
      const a = attendancesOf(visit('hsg-travel-1', 'Attended the Economic Summit Meeting.', { start, end: start }))[0]!;
      return typeof a.rule.series === 'function' ? a.rule.series(a.match, start) : a.rule.series;
    };
    expect(series('1990-07-09')).toBe('G7');
    expect(series('2004-06-09')).toBe('G8');
    expect(series('2015-06-07')).toBe('G7');
  });
  it('every rule is exercised by a case above', () => {
    const hit = new Set(CASES.flatMap(([, , e]) => e));
    const untested = EVENT_RULES.map((r) => r.id).filter((id) => !hit.has(id));
    expect(untested).toEqual([]);
  });
});
