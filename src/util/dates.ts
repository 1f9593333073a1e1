// Calendar dates as ISO `YYYY-MM-DD` strings. Validation and month lengths
// come from date-fns (tsup bundles the few functions used into dist, so
// start-up loads no date-fns module); the day-number conversions stay
// integer arithmetic: they run once per visit in the per-person helpers, and
// a Date per call would cost more than the whole query.
import { getDaysInMonth, isValid } from 'date-fns';

const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^\d{4}$/;

// date-fns works on local-time Dates, whose constructor maps years 0-99 to
// 1900-1999: such years are checked 400 years on (the Gregorian calendar repeats every 400 years).
const calendarYear = (y: number) => (y < 100 ? y + 400 : y);

/** True for a real calendar date written `YYYY-MM-DD` (rejects `2023-02-30`, `2023-13-01`, `last week`). */
export function isIsoDate(value: unknown): value is string {
  // Read digit by digit, with no match array nor Date: loadDataset runs it on every date of the dataset
  // (~22,000). The same answers as the regex and date-fns' isExists (checked against them in dates.test.ts).
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(value, i);
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  const m1 = digit(value, 5);
  const m2 = digit(value, 6);
  const d1 = digit(value, 8);
  const d2 = digit(value, 9);
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of a valid ISO date (integer arithmetic: days_from_civil, proleptic Gregorian). */
export function dayNumber(iso: string): number {
  let y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The ISO date of a day number (civil_from_days, the inverse of {@link dayNumber}; years 0-9999). */
export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Calendar days from `start` to `end` (0 when equal): the nights of a stay. */
export function daysBetween(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start);
}

/** Inclusive overlap of [start, end] with [from, to]; an open bound matches everything. */
export function overlaps(start: string, end: string, from: string | undefined, to: string | undefined): boolean {
  return (to === undefined || start <= to) && (from === undefined || end >= from);
}

/** A date as the helpers take it: `YYYY-MM-DD`, a month `YYYY-MM`, a year `YYYY`, or a `Date` (its UTC calendar day). */
export type DateInput = string | Date;

/** Whether a value is a Date, from this realm or another (a REPL context, a worker). */
function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The calendar day a date bound means, as `YYYY-MM-DD`, or undefined when it
 * is none: a day is itself; a month or a year is its first day as a `from`
 * and its last day as a `to` (`2023-11` to `2023-11` is the whole month); a
 * `Date` is its UTC calendar day (`new Date('2023-11-05T23:30:00-05:00')` is
 * 2023-11-06), whatever the machine's time zone, so the answer is the same everywhere.
 */
export function resolveDateBound(value: unknown, bound: 'from' | 'to'): string | undefined {
  if (typeof value === 'string') {
    if (isIsoDate(value)) return value;
    if (ISO_YEAR.test(value)) return bound === 'from' ? `${value}-01-01` : `${value}-12-31`;
    const m = ISO_MONTH.exec(value);
    if (!m) return undefined;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return `${value}-${bound === 'from' ? '01' : pad2(getDaysInMonth(new Date(calendarYear(Number(m[1])), month - 1, 1)))}`;
  }
  if (isDate(value)) {
    if (!isValid(value)) return undefined;
    const year = value.getUTCFullYear();
    if (year < 0 || year > 9999) return undefined;
    return value.toISOString().slice(0, 10);
  }
  return undefined;
}
