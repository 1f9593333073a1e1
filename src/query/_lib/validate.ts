// Argument checks shared by the helpers. Each is a Set or Map lookup on the
// lazy index; the suggestions are computed on the error path only.
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import type { DatasetIndex } from './dataset-index.js';
import { dayNumber, resolveDateBound, type DateInput } from '../../util/dates.js';
import { suggest, type Candidate } from '../../util/suggest.js';
import { normalizeText } from '../../util/text.js';
import type { StatusFilter } from './status.js';

// Visit and event kinds this version knows (a dataset may add its own: they are accepted too).
export { VISIT_KINDS, EVENT_KINDS, ISSUE_RELATIONS } from '../../schemas/kinds.js';

/**
 * An inclusive date range; either end may be open. Each end is a day
 * `YYYY-MM-DD`, a month `YYYY-MM` or a year `YYYY` (`from` takes its first
 * day, `to` its last: `{ from: '2023-11', to: '2023-11' }` is November 2023),
 * or a `Date`, which means its UTC calendar day.
 */
export interface DateRange {
  /** First day, inclusive: `2023-11-01`, `2023-11` (its first day), `2023` (1 January) or a `Date` (its UTC day). */
  from?: DateInput;
  /** Last day, inclusive: `2023-11-30`, `2023-11` (its last day), `2023` (31 December) or a `Date` (its UTC day). */
  to?: DateInput;
}

export type { DateInput };

/** A date range with a `status` (read by `indexOf`, which chooses the status view): the `range` argument of the per-person and per-country helpers. */
export interface TravelRange extends DateRange, StatusFilter {}
/** The keys a {@link TravelRange} may have. */
export const TRAVEL_RANGE_KEYS = ['from', 'to', 'status'] as const;

export type OneOrMany<T> = T | readonly T[];

/**
 * One value or a list of them, as a list. An empty list is refused: it would
 * match nothing, and an empty answer must never stand for a mistake.
 */
export function list<T>(value: OneOrMany<T> | undefined, argument: string, what: string): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return [value as T];
  if (value.length === 0) throw new InvalidArgumentError(argument, `${what}, or a list of one or more (an empty list matches nothing)`, value);
  // Array.from turns the holes of a sparse array (`[, 'JP']`) into undefined, which is then refused: map() would skip them.
  return Array.from(value as readonly T[]);
}

/** An object literal (or `Object.create(null)`): not an array, a Date, a Map or a class instance, whose keys say nothing. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** What a non-plain object is, in a word, for messages: `a Date`, `an array`, `a Map`. */
function kindOf(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name ? `a ${name} object` : value;
  }
  return value;
}

/** Refuses anything but a plain object with known keys. */
export function checkOptions(argument: string, value: unknown, keys: readonly string[]): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    throw new InvalidArgumentError(argument, `a plain object with any of the keys ${keys.join(', ')}`, kindOf(value));
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new InvalidArgumentError(`${argument}.${key}`, `one of the keys ${keys.join(', ')}`, key, suggest(key, keys.map((id) => ({ id }))));
    }
  }
}

/** A range bound as the day it means (see {@link resolveDateBound}); anything else is refused. */
export function checkDate(argument: string, value: unknown, bound: 'from' | 'to' = 'from'): string | undefined {
  if (value === undefined) return undefined;
  const day = resolveDateBound(value, bound);
  if (day === undefined) {
    throw new InvalidArgumentError(argument, 'a real calendar date: a day YYYY-MM-DD (2023-11-01), a month YYYY-MM (2023-11), a year YYYY (2023) or a valid Date', value);
  }
  return day;
}

/** Checks both ends of a range and that it runs forwards. */
export function checkRange(prefix: string, range: DateRange | undefined): { from?: string; to?: string } {
  if (range === undefined) return {};
  const from = checkDate(`${prefix}from`, range.from, 'from');
  const to = checkDate(`${prefix}to`, range.to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    // Name the bounds as given (`2023-11`), not as resolved, unless they are Dates.
    const given = (value: unknown, day: string) => (typeof value === 'string' ? value : day);
    throw new InvalidArgumentError(`${prefix}to`, `a date on or after ${prefix}from (${from}): the range is reversed`, given(range.to, to), [], { argument: `${prefix}from`, value: given(range.from, from) });
  }
  return { from, to };
}

/** `a` or `an`, as the word that follows wants. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function checkString(argument: string, value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || value.trim().length === 0) throw new InvalidArgumentError(argument, what, value);
}

/** `true` or `false`, nothing else: `'no'` is not false. */
export function checkBoolean(argument: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new InvalidArgumentError(argument, 'true or false', value);
  return value;
}

/** A whole number of at least `min`: `1.5`, `NaN`, `Infinity` and `'2'` are refused. */
export function checkCount(argument: string, value: unknown, min: number, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new InvalidArgumentError(argument, `${what}: a whole number, ${min} or more`, value);
  return value;
}

export function checkPerson(index: DatasetIndex, argument: string, value: unknown): string {
  checkString(argument, value, 'a person id such as "blinken-antony-j"');
  if (index.people.has(value)) return value;
  const candidates = (function* (): Iterable<Candidate> {
    for (const p of index.ds.people) yield { id: p.id, names: [p.name] };
  })();
  throw new UnknownIdError(argument, 'person', value, suggest(value, candidates), 'a person id, surname first, such as "blinken-antony-j"');
}

/**
 * A country code, in upper case as the data writes it or all in lower case
 * (`jp` is `JP`), as the `CountryCodeOf` type says; mixed case is refused
 * with the code it probably means.
 */
export function checkCountry(index: DatasetIndex, argument: string, value: unknown): string {
  checkString(argument, value, 'a country code such as "JP"');
  const code = value.toUpperCase();
  if (index.countries.has(code)) {
    if (value === code || value === code.toLowerCase()) return code;
    throw new InvalidArgumentError(argument, 'a country code in upper or lower case', value, [code]);
  }
  const candidates = (function* (): Iterable<Candidate> {
    for (const c of index.ds.countries) yield { id: c.code, names: [c.name, ...c.historianSlugs] };
  })();
  throw new UnknownIdError(argument, 'country', value, suggest(value, candidates), 'an ISO 3166 country code such as "JP"');
}

function checkName(map: Map<string, string>, argument: string, kind: string, value: unknown, example: string): string {
  checkString(argument, value, `${article(kind)} ${kind} such as "${example}"`);
  const found = map.get(value.toLowerCase());
  if (found !== undefined) return found;
  throw new UnknownIdError(argument, kind, value, suggest(value, [...map.values()].map((id) => ({ id }))), `one of ${[...map.values()].sort().join(', ')}`);
}

export function checkRegion(index: DatasetIndex, argument: string, value: unknown): string {
  return checkName(index.regions, argument, 'region', value, 'Asia');
}
export function checkSubregion(index: DatasetIndex, argument: string, value: unknown): string {
  return checkName(index.subregions, argument, 'subregion', value, 'Eastern Asia');
}
export function checkSeries(index: DatasetIndex, argument: string, value: unknown): string {
  return checkName(index.series, argument, 'event series', value, 'G7');
}

export function checkIssue(index: DatasetIndex, argument: string, value: unknown): string {
  checkString(argument, value, 'an issue id such as "taiwan"');
  if (index.issues.has(value)) return value;
  const candidates = (function* (): Iterable<Candidate> {
    for (const i of index.ds.issues) yield { id: i.id, names: [i.label, ...i.aliases] };
  })();
  throw new UnknownIdError(argument, 'issue', value, suggest(value, candidates), 'an issue id of the vocabulary such as "taiwan"');
}

function checkRecordId(map: { has(id: string): boolean }, ids: () => Iterable<string>, argument: string, kind: string, example: string, value: unknown): string {
  checkString(argument, value, `${article(kind)} ${kind} id such as "${example}"`);
  if (map.has(value)) return value;
  const candidates = (function* (): Iterable<Candidate> {
    for (const id of ids()) yield { id };
  })();
  throw new UnknownIdError(argument, kind, value, suggest(value, candidates), `${article(kind)} ${kind} id such as "${example}"`);
}

/** A visit or trip the index's status view leaves out is named as such, not as unknown. */
function checkShown(index: DatasetIndex, type: 'visit' | 'trip', argument: string, value: unknown): void {
  const status = typeof value === 'string' ? index.hiddenStatus(type, value) : undefined;
  if (status === undefined) return;
  throw new InvalidArgumentError(argument, `the id of a ${type} that took place; this one is ${status}: ask for it with status '${status}' or 'all' (--status in the CLI)`, value);
}

export function checkTrip(index: DatasetIndex, argument: string, value: unknown): string {
  checkShown(index, 'trip', argument, value);
  if (typeof value === 'string' && !index.tripById.has(value)) {
    // A visit's or an event's id where a trip's was expected: say so, and name the trip.
    const visit = index.visitById.get(value);
    const event = visit ? undefined : index.eventById.get(value);
    if (visit || event) {
      const tripIds = visit ? (visit.tripId ? [visit.tripId] : []) : [...new Set(index.visitsAtEvent(value).flatMap((v) => (v.tripId ? [v.tripId] : [])))];
      const what = visit ? 'a visit' : 'an event';
      const where = tripIds.length === 0 ? ` that belongs to no trip` : `, of the trip${tripIds.length > 1 ? 's' : ''} ${tripIds.map((t) => `"${t}"`).join(', ')}`;
      throw new UnknownIdError(argument, 'trip', value, tripIds.slice(0, 3), `a trip id ("${value}" is ${what}${where})`);
    }
  }
  return checkRecordId(index.tripById, () => index.tripById.keys(), argument, 'trip', 'blinken-antony-j-2021-03-15', value);
}
export function checkVisit(index: DatasetIndex, argument: string, value: unknown): string {
  checkShown(index, 'visit', argument, value);
  return checkRecordId(index.visitById, () => index.visitById.keys(), argument, 'visit', 'hsg-travel-3992', value);
}
export function checkEvent(index: DatasetIndex, argument: string, value: unknown): string {
  return checkRecordId(index.eventById, () => index.eventById.keys(), argument, 'event', index.ds.events[0]?.id ?? 'g20-2023', value);
}
export function checkLink(index: DatasetIndex, argument: string, value: unknown): string {
  return checkRecordId(index.linkById, () => index.linkById.keys(), argument, 'issue link', index.ds.issueLinks[0]?.id ?? 'link-id', value);
}

/** An enumerated value: one of `known` or of the values the dataset uses. */
export function checkEnum(argument: string, what: string, value: unknown, known: readonly string[], used: ReadonlySet<string>): string {
  if (typeof value === 'string' && (known.includes(value) || used.has(value))) return value;
  const all = [...new Set([...known, ...used])];
  throw new InvalidArgumentError(argument, `${article(what)} ${what}: one of ${all.join(', ')}`, value, typeof value === 'string' ? suggest(value, all.map((id) => ({ id }))) : []);
}

/** Text to look for, normalized; refused when nothing is left (blanks, accents alone), which would match everything. */
function checkNeedle(argument: string, value: string, what: string): string {
  const needle = normalizeText(value.trim()).trim();
  if (needle.length === 0) throw new InvalidArgumentError(argument, `${what} (a letter or digit at least)`, value);
  return needle;
}

/** Traveller name text: refused when no traveller's name contains it, so a typo never reads as "no visits". */
export function checkTravelerText(index: DatasetIndex, argument: string, value: unknown): string {
  checkString(argument, value, 'part of a traveller\'s name, such as "Blinken"');
  const needle = checkNeedle(argument, value, 'part of a traveller\'s name, such as "Blinken"');
  for (const norm of index.travelerNames.values()) if (norm.includes(needle)) return needle;
  const candidates = (function* (): Iterable<Candidate> {
    for (const name of index.travelerNames.keys()) yield { id: name };
  })();
  throw new UnknownIdError(argument, 'traveller name', value, suggest(value, candidates), 'part of the name of a traveller in the dataset');
}

/** Normalizes a place name to look for in localities; throws with the nearest localities when none holds it. */
export function checkLocalityText(index: DatasetIndex, argument: string, value: unknown): string {
  checkString(argument, value, 'part of a place name, such as "Beijing"');
  const needle = checkNeedle(argument, value, 'part of a place name, such as "Beijing"');
  for (const norm of index.localities.values()) if (norm.includes(needle)) return needle;
  const candidates = (function* (): Iterable<Candidate> {
    for (const name of index.localities.keys()) yield { id: name };
  })();
  throw new UnknownIdError(argument, 'locality', value, suggest(value, candidates), 'part of the name of a place in the dataset');
}

/**
 * The shared preamble of the per-person helpers (`countriesVisited`,
 * `daysAbroad`): checks the person and the range, and gives the range as day
 * numbers (open ends are infinite).
 */
export function checkPersonRange(
  index: DatasetIndex,
  person: unknown,
  range: DateRange,
): { id: string; from: string | undefined; to: string | undefined; lo: number; hi: number } {
  // `status` is read by indexOf, which chose the index.
  checkOptions('range', range, TRAVEL_RANGE_KEYS);
  const id = checkPerson(index, 'person', person);
  const { from, to } = checkRange('range.', range);
  return { id, from, to, lo: from === undefined ? -Infinity : dayNumber(from), hi: to === undefined ? Infinity : dayNumber(to) };
}
