// Dates as people write them: a day, a month, a year or a Date, wherever a range is taken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countriesVisited, daysAbroad, events, firstVisit, lastVisit, timeline, trips, visits } from '../src/query/index.js';
import { isInvalidArgumentError } from '../src/errors.js';
import { isExists } from 'date-fns';
import { dayNumber, isIsoDate, isoDate, resolveDateBound } from '../src/util/dates.js';
import { smallDataset as ds } from './fixtures/small-dataset.js';

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

/** isIsoDate as it was written before it read digits by hand: the regex and date-fns' isExists. */
function isIsoDateByRegex(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const year = m ? Number(m[1]) : 0;
  return m !== null && isExists(year < 100 ? year + 400 : year, Number(m[2]) - 1, Number(m[3]));
}

describe('isIsoDate', () => {
  it('answers as the regex and date-fns do, for every month and day number of leap and common years and centuries', () => {
    for (const year of ['0000', '0004', '0099', '0100', '0400', '1582', '1899', '1900', '1996', '2000', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect([text, isIsoDate(text)]).toEqual([text, isIsoDateByRegex(text)]);
        }
      }
    }
  });
  it('refuses what is not ten characters of digits and dashes, as the regex does', () => {
    for (const text of ['2023-1-01', '2023-01-1', '02023-01-01', '2023/01/01', '2023-01-01 ', ' 2023-01-01', '2O23-01-01', '2023-0a-01', '2023-01-0:', '2023-01-0/', '\u0662023-01-01', '٢٠٢٣-01-01', '', 20230101, null, undefined]) {
      expect([text, isIsoDate(text)]).toEqual([text, isIsoDateByRegex(text)]);
    }
    fc.assert(fc.property(fc.string({ minLength: 8, maxLength: 12, unit: fc.constantFrom(...'0123456789-/a '.split('')) }), (text) => isIsoDate(text) === isIsoDateByRegex(text)), { numRuns: 2000 });
  });
});

describe('resolveDateBound', () => {
  it('takes a month as its first day (from) or its last (to), leap years included', () => {
    expect(resolveDateBound('2023-11', 'from')).toBe('2023-11-01');
    expect(resolveDateBound('2023-11', 'to')).toBe('2023-11-30');
    expect(resolveDateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(resolveDateBound('2023-02', 'to')).toBe('2023-02-28');
    expect(resolveDateBound('1900-02', 'to')).toBe('1900-02-28');
    expect(resolveDateBound('2000-02', 'to')).toBe('2000-02-29');
    expect(resolveDateBound('0004-02', 'to')).toBe('0004-02-29');
  });
  it('takes a year as 1 January (from) or 31 December (to), and a day as itself', () => {
    expect(resolveDateBound('2023', 'from')).toBe('2023-01-01');
    expect(resolveDateBound('2023', 'to')).toBe('2023-12-31');
    expect(resolveDateBound('2023-11-05', 'to')).toBe('2023-11-05');
  });
  it('takes a Date as its UTC calendar day, whatever the time zone', () => {
    expect(resolveDateBound(new Date('2023-11-05T23:30:00-05:00'), 'from')).toBe('2023-11-06');
    expect(resolveDateBound(new Date('2023-11-05T00:30:00+09:00'), 'to')).toBe('2023-11-04');
    expect(resolveDateBound(new Date(Date.UTC(2023, 10, 5)), 'from')).toBe('2023-11-05');
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1800-01-01'), max: dayNumber('2100-12-31') }), fc.integer({ min: 0, max: 86_399_999 }), (day, ms) => {
        expect(resolveDateBound(new Date(day * 86_400_000 + ms), 'from')).toBe(isoDate(day));
      }),
    );
  });
  it('refuses anything else', () => {
    for (const bad of ['2023-13', '2023-00', '2023-02-30', '23', '2023-1', '2023-11-5', 'November 2023', '', ' 2023', '2023 ', 'last week', '+02023']) {
      expect(resolveDateBound(bad, 'from'), bad).toBeUndefined();
    }
    for (const bad of [new Date('nonsense'), new Date(Date.UTC(10_000, 0, 1)), 20231105, null, {}, ['2023']]) {
      expect(resolveDateBound(bad, 'to')).toBeUndefined();
    }
  });
  it('a month range is the union of its days, and a year range the union of its months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        const first = dayNumber(resolveDateBound(month, 'from')!);
        const last = dayNumber(resolveDateBound(month, 'to')!);
        // The day after the last is the first of the next month.
        const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        expect(last + 1).toBe(dayNumber(resolveDateBound(next, 'from')!));
        expect(last - first + 1).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });
});

describe('ranges in the helpers', () => {
  it('a month means the whole month, a year the whole year', () => {
    expect(ids(visits(ds, { from: '2023-11', to: '2023-11' }))).toEqual(ids(visits(ds, { from: '2023-11-01', to: '2023-11-30' })));
    expect(ids(visits(ds, { from: '2023-11', to: '2023-11' }))).toContain('hsg-travel-4184');
    expect(ids(trips(ds, { from: '2021', to: '2021' }))).toEqual(ids(trips(ds, { from: '2021-01-01', to: '2021-12-31' })));
    expect(ids(events(ds, { from: '2024' }))).toEqual(['blinken-wang-2024-04-26']);
    expect(daysAbroad(ds, 'blinken-antony-j', { from: '2023-11', to: '2023-11' })).toBe(daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' }));
    expect(countriesVisited(ds, 'blinken-antony-j', { from: '2021', to: '2021' }).map((c) => c.country.code)).toEqual(['JP', 'KR', 'BE']);
    expect(timeline(ds, 'blinken-antony-j', { to: '2021-03' }).length).toBeGreaterThan(0);
  });
  it('takes Dates as their UTC day', () => {
    const from = new Date('2023-11-01T00:00:00Z');
    const to = new Date('2023-11-30T23:59:59Z');
    expect(ids(visits(ds, { from, to }))).toEqual(ids(visits(ds, { from: '2023-11-01', to: '2023-11-30' })));
  });
  it('firstVisit and lastVisit take a range', () => {
    expect(firstVisit(ds, { person: 'blinken-antony-j' }, 'JP', { from: '2022' })?.id).toBe('hsg-travel-4181');
    expect(lastVisit(ds, { person: 'blinken-antony-j' }, 'JP', { to: '2022' })?.id).toBe('hsg-travel-3992');
    expect(lastVisit(ds, { kind: 'secretary-travel' }, 'CN', { to: '2023' })).toBeUndefined();
    expect(() => lastVisit(ds, { kind: 'secretary-travel' }, 'CN', { to: '2023-13' })).toThrow(/^range\.to: expected a real calendar date/);
    expect(() => firstVisit(ds, { kind: 'secretary-travel' }, 'CN', { since: '2023' } as never)).toThrow(/^range\.since: /);
  });
  it('refuses a bad bound or a reversed range with the same clear error, naming the bound as given', () => {
    for (const bad of ['2023-13', 'Nov 2023', '2023-02-30', new Date('x')]) {
      let caught: unknown;
      try {
        visits(ds, { from: bad });
      } catch (error) {
        caught = error;
      }
      expect(isInvalidArgumentError(caught)).toBe(true);
      expect((caught as Error).message).toMatch(/^filter\.from: expected a real calendar date: a day YYYY-MM-DD .* a month YYYY-MM .* a year YYYY/);
    }
    expect(() => visits(ds, { from: '2023-12', to: '2023-11' })).toThrow(/^filter\.to: .*reversed.*"2023-11"/);
    // One month, from and to: not reversed.
    expect(() => visits(ds, { from: '2023-11', to: '2023-11' })).not.toThrow();
  });
});
