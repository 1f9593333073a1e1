import type { AnyDataset, BundledDataset, CountryCodeOf, IssueIdOf, PersonIdOf, Visit, VisitKind } from './records.js';
import type { DatasetIndex } from './dataset-index.js';
import { overlaps } from '../../util/dates.js';
import { overlapping } from './overlapping.js';
import {
  checkCountry,
  checkEvent,
  checkIssue,
  checkPerson,
  checkRegion,
  checkSubregion,
  checkTravelerText,
  checkLocalityText,
  checkTrip,
  checkEnum,
  list,
  VISIT_KINDS,
  type DateRange,
  type OneOrMany,
} from './validate.js';
import type { StatusFilter } from './status.js';

/** One predicate of several; a plain loop, so a cold call allocates nothing per record. */
export function allOf<T>(tests: readonly ((item: T) => boolean)[]): (item: T) => boolean {
  if (tests.length === 1) return tests[0]!;
  return (item) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(item)) return false;
    return true;
  };
}

/** What a visit is about: who, where, what kind, and what it is tied to. Shared by the visit and trip filters. */
export interface VisitCriteria<D extends AnyDataset = BundledDataset> {
  /** Traveller person id(s), e.g. `blinken-antony-j`. */
  person?: OneOrMany<PersonIdOf<D>>;
  /** Part of the traveller's name as written in the record, case- and accent-insensitive (`erdogan`). */
  traveler?: string;
  /** Country code(s) visited, e.g. `JP` (upper or lower case). */
  country?: OneOrMany<CountryCodeOf<D>>;
  /** The traveller's own country code(s): `CN` for Chinese leaders visiting the US. */
  travelerCountry?: OneOrMany<CountryCodeOf<D>>;
  /** Part of the place visited as the record writes it (`Beijing`, `Peking`), case- and accent-insensitive. */
  locality?: string;
  /** UN M49 region of the country visited, e.g. `Asia` (any case). */
  region?: string;
  /** UN M49 subregion of the country visited, e.g. `Eastern Asia` (any case). */
  subregion?: string;
  /** Kind(s) of visit: `secretary-travel`, `president-travel`, `foreign-leader-visit`, `official-travel`. */
  kind?: OneOrMany<VisitKind>;
  /** An event the visit was for. */
  event?: string;
}

export const VISIT_CRITERIA_KEYS = ['person', 'traveler', 'country', 'travelerCountry', 'locality', 'region', 'subregion', 'kind', 'event'] as const;

export interface CompiledVisitCriteria {
  /** True when any criterion was given. */
  any: boolean;
  test(visit: Visit): boolean;
  /** The smallest pre-sorted list of visits that can hold every match, when a criterion narrows it cheaply. */
  candidates?: readonly Visit[];
  /**
   * True when the candidates (all visits when there are none) are in start
   * order, as the index's lists are: the matches, filtered from them, are then
   * in start order too, with no sort or check (a check compares ids on every
   * tie, and a big dataset has many).
   */
  inStartOrder?: boolean;
}

/**
 * {@link VisitCriteria} parsed: every value checked against the dataset and
 * normalized (ids as the dataset writes them, text folded for matching,
 * lists as arrays). What {@link compileVisitCriteria} turns into a matcher.
 */
export interface ParsedVisitCriteria {
  people?: readonly string[];
  /** Folded traveller name text. */
  traveler?: string;
  countries?: readonly string[];
  travelerCountries?: readonly string[];
  /** Folded place text. */
  locality?: string;
  region?: string;
  subregion?: string;
  kinds?: readonly string[];
  event?: string;
}

/** Each value of a one-or-many criterion checked, named `prefix.key` or `prefix.key[i]` in errors. */
function each(value: OneOrMany<unknown> | undefined, argument: string, what: string, check: (argument: string, value: unknown) => string): readonly string[] | undefined {
  return list(value, argument, what)?.map((v, i, all) => check(all.length > 1 ? `${argument}[${i}]` : argument, v));
}

/** Checks the criteria (throwing on the first unknown or malformed value, in key order) and normalizes them. */
export function parseVisitCriteria(index: DatasetIndex, criteria: VisitCriteria<AnyDataset>, prefix: string): ParsedVisitCriteria {
  const parsed: ParsedVisitCriteria = {};
  const people = each(criteria.person, `${prefix}person`, 'a person id', (a, v) => checkPerson(index, a, v));
  if (people) parsed.people = people;
  if (criteria.traveler !== undefined) parsed.traveler = checkTravelerText(index, `${prefix}traveler`, criteria.traveler);
  const countries = each(criteria.country, `${prefix}country`, 'a country code', (a, v) => checkCountry(index, a, v));
  if (countries) parsed.countries = countries;
  const origins = each(criteria.travelerCountry, `${prefix}travelerCountry`, 'a country code', (a, v) => checkCountry(index, a, v));
  if (origins) parsed.travelerCountries = origins;
  if (criteria.locality !== undefined) parsed.locality = checkLocalityText(index, `${prefix}locality`, criteria.locality);
  if (criteria.region !== undefined) parsed.region = checkRegion(index, `${prefix}region`, criteria.region);
  if (criteria.subregion !== undefined) parsed.subregion = checkSubregion(index, `${prefix}subregion`, criteria.subregion);
  const kinds = each(criteria.kind, `${prefix}kind`, 'a visit kind', (a, v) => checkEnum(a, 'visit kind', v, VISIT_KINDS, index.visitKinds));
  if (kinds) parsed.kinds = kinds;
  if (criteria.event !== undefined) parsed.event = checkEvent(index, `${prefix}event`, criteria.event);
  return parsed;
}

/** Turns parsed criteria into one predicate, and the smallest index list that can hold the matches. Checks nothing. */
export function compileVisitCriteria(index: DatasetIndex, criteria: ParsedVisitCriteria): CompiledVisitCriteria {
  const tests: ((v: Visit) => boolean)[] = [];
  let candidates: readonly Visit[] | undefined;
  const narrow = (list: readonly Visit[]) => {
    if (!candidates || list.length < candidates.length) candidates = list;
  };
  const { people, traveler, countries, travelerCountries, locality, region, subregion, kinds, event } = criteria;
  if (people) {
    if (people.length === 1) narrow(index.visitsOfPerson(people[0]!));
    const set = new Set<string | undefined>(people);
    tests.push((v) => set.has(v.traveler.personId));
  }
  if (traveler !== undefined) {
    const names = index.travelerNames;
    tests.push((v) => names.get(v.traveler.name)!.includes(traveler));
  }
  if (countries) {
    if (countries.length === 1) narrow(index.visitsInCountry(countries[0]!));
    const set = new Set<string>(countries);
    tests.push((v) => set.has(v.country));
  }
  if (travelerCountries) {
    const set = new Set<string>(travelerCountries);
    tests.push((v) => set.has(v.travelerCountry));
  }
  if (locality !== undefined) {
    const places = index.localities;
    tests.push((v) => v.locality !== undefined && places.get(v.locality)!.includes(locality));
  }
  if (region !== undefined) {
    const byCode = index.countries;
    tests.push((v) => byCode.get(v.country)?.region === region);
  }
  if (subregion !== undefined) {
    const byCode = index.countries;
    tests.push((v) => byCode.get(v.country)?.subregion === subregion);
  }
  if (kinds) {
    const set = new Set<string>(kinds);
    tests.push((v) => set.has(v.kind));
  }
  if (event !== undefined) {
    narrow(index.visitsAtEvent(event));
    tests.push((v) => v.eventIds.includes(event));
  }
  return { any: tests.length > 0, test: allOf(tests), candidates, inStartOrder: true };
}

/** The full visit filter: {@link VisitCriteria}, a date range, an issue and a trip. */
export interface VisitFilter<D extends AnyDataset = BundledDataset> extends VisitCriteria<D>, DateRange, StatusFilter {
  /** An issue id: visits it is linked to directly, through their trip or one of their events, including its child issues. */
  issue?: IssueIdOf<D>;
  /** A trip id: that trip's visits. */
  trip?: string;
}

export const VISIT_FILTER_KEYS = [...VISIT_CRITERIA_KEYS, 'from', 'to', 'issue', 'trip', 'status'] as const;

/** {@link VisitFilter} parsed: the criteria, the trip and issue ids checked, the range resolved to days. */
export interface ParsedVisitFilter extends ParsedVisitCriteria {
  trip?: string;
  issue?: string;
  from?: string;
  to?: string;
}

/** Checks a whole visit filter after its range (already resolved by the caller): the criteria, then trip, then issue. */
export function parseVisitFilter(index: DatasetIndex, filter: VisitFilter<AnyDataset>, range: { from?: string; to?: string }, prefix: string): ParsedVisitFilter {
  const parsed: ParsedVisitFilter = parseVisitCriteria(index, filter, prefix);
  if (filter.trip !== undefined) parsed.trip = checkTrip(index, `${prefix}trip`, filter.trip);
  if (filter.issue !== undefined) parsed.issue = checkIssue(index, `${prefix}issue`, filter.issue);
  if (range.from !== undefined) parsed.from = range.from;
  if (range.to !== undefined) parsed.to = range.to;
  return parsed;
}

/** Compiles a parsed visit filter into one predicate. Checks nothing. */
export function compileVisitFilter(index: DatasetIndex, filter: ParsedVisitFilter): CompiledVisitCriteria {
  const base = compileVisitCriteria(index, filter);
  const tests: ((v: Visit) => boolean)[] = base.any ? [base.test] : [];
  let candidates = base.candidates;
  // Whether the candidates are an index list in start order, which a date range can cut by binary search.
  let inStartOrder = base.inStartOrder === true;
  const narrow = (list: readonly Visit[]) => {
    if (!candidates || list.length < candidates.length) {
      candidates = list;
      inStartOrder = false;
    }
  };
  const { trip, issue, from, to } = filter;
  if (trip !== undefined) {
    // In the trip's own order, and a trip has a few visits: no need to cut it.
    narrow(index.visitsOfTrip(trip));
    tests.push((v) => v.tripId === trip);
  }
  if (issue !== undefined) {
    const ids = index.visitIdsForIssue(issue);
    tests.push((v) => ids.has(v.id));
    if (!candidates || ids.size < candidates.length) {
      const byId = index.visitById;
      candidates = [...ids].map((id) => byId.get(id)!).filter(Boolean);
      inStartOrder = false;
    }
  }
  if (from !== undefined || to !== undefined) {
    tests.push((v) => overlaps(v.start, v.end, from, to));
    // Only the visits the range can hold (the test above still runs on them: it is cheap, and stays right
    // whatever the candidates are): a month of a person's or a country's visits, or of all of them, costs
    // what that month holds, not a pass over every visit they ever made.
    if (inStartOrder) candidates = overlapping(candidates ?? index.visitsSorted, from, to);
  }
  return { any: tests.length > 0, test: allOf(tests), candidates, inStartOrder };
}
