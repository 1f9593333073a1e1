import type { AnyDataset, BundledDataset, CountryCodeOf, IssueIdOf, PersonIdOf, Visit, VisitKind } from './records.js';
import type { DatasetIndex } from './dataset-index.js';
import { overlaps } from '../../util/dates.js';
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
}

/** Validates the criteria (throwing on any unknown value) and turns them into one predicate. */
export function compileVisitCriteria(index: DatasetIndex, criteria: VisitCriteria<AnyDataset>, prefix: string): CompiledVisitCriteria {
  const tests: ((v: Visit) => boolean)[] = [];
  let candidates: readonly Visit[] | undefined;
  const narrow = (list: readonly Visit[]) => {
    if (!candidates || list.length < candidates.length) candidates = list;
  };

  const people = list(criteria.person, `${prefix}person`, 'a person id')?.map((p, i, all) => checkPerson(index, all.length > 1 ? `${prefix}person[${i}]` : `${prefix}person`, p));
  if (people) {
    if (people.length === 1) narrow(index.visitsOfPerson(people[0]!));
    const set = new Set<string | undefined>(people);
    tests.push((v) => set.has(v.traveler.personId));
  }
  if (criteria.traveler !== undefined) {
    const needle = checkTravelerText(index, `${prefix}traveler`, criteria.traveler);
    const names = index.travelerNames;
    tests.push((v) => names.get(v.traveler.name)!.includes(needle));
  }
  const countries = list(criteria.country, `${prefix}country`, 'a country code')?.map((c, i, all) => checkCountry(index, all.length > 1 ? `${prefix}country[${i}]` : `${prefix}country`, c));
  if (countries) {
    if (countries.length === 1) narrow(index.visitsInCountry(countries[0]!));
    const set = new Set<string>(countries);
    tests.push((v) => set.has(v.country));
  }
  const origins = list(criteria.travelerCountry, `${prefix}travelerCountry`, 'a country code')?.map((c, i, all) => checkCountry(index, all.length > 1 ? `${prefix}travelerCountry[${i}]` : `${prefix}travelerCountry`, c));
  if (origins) {
    const set = new Set<string>(origins);
    tests.push((v) => set.has(v.travelerCountry));
  }
  if (criteria.locality !== undefined) {
    const needle = checkLocalityText(index, `${prefix}locality`, criteria.locality);
    const places = index.localities;
    tests.push((v) => v.locality !== undefined && places.get(v.locality)!.includes(needle));
  }
  if (criteria.region !== undefined) {
    const region = checkRegion(index, `${prefix}region`, criteria.region);
    const countries = index.countries;
    tests.push((v) => countries.get(v.country)?.region === region);
  }
  if (criteria.subregion !== undefined) {
    const subregion = checkSubregion(index, `${prefix}subregion`, criteria.subregion);
    const countries = index.countries;
    tests.push((v) => countries.get(v.country)?.subregion === subregion);
  }
  const kinds = list(criteria.kind, `${prefix}kind`, 'a visit kind')?.map((k, i, all) => checkEnum(all.length > 1 ? `${prefix}kind[${i}]` : `${prefix}kind`, 'visit kind', k, VISIT_KINDS, index.visitKinds));
  if (kinds) {
    const set = new Set<string>(kinds);
    tests.push((v) => set.has(v.kind));
  }
  if (criteria.event !== undefined) {
    const event = checkEvent(index, `${prefix}event`, criteria.event);
    narrow(index.visitsAtEvent(event));
    tests.push((v) => v.eventIds.includes(event));
  }
  return { any: tests.length > 0, test: allOf(tests), candidates };
}

/** The full visit filter: {@link VisitCriteria}, a date range, an issue and a trip. */
export interface VisitFilter<D extends AnyDataset = BundledDataset> extends VisitCriteria<D>, DateRange, StatusFilter {
  /** An issue id: visits it is linked to directly, through their trip or one of their events, including its child issues. */
  issue?: IssueIdOf<D>;
  /** A trip id: that trip's visits. */
  trip?: string;
}

export const VISIT_FILTER_KEYS = [...VISIT_CRITERIA_KEYS, 'from', 'to', 'issue', 'trip', 'status'] as const;

/** Compiles a whole visit filter (range already checked by the caller). */
export function compileVisitFilter(index: DatasetIndex, filter: VisitFilter<AnyDataset>, range: { from?: string; to?: string }, prefix: string): CompiledVisitCriteria {
  const base = compileVisitCriteria(index, filter, prefix);
  const tests: ((v: Visit) => boolean)[] = base.any ? [base.test] : [];
  let candidates = base.candidates;
  const narrow = (list: readonly Visit[]) => {
    if (!candidates || list.length < candidates.length) candidates = list;
  };
  if (filter.trip !== undefined) {
    const trip = checkTrip(index, `${prefix}trip`, filter.trip);
    narrow(index.visitsOfTrip(trip));
    tests.push((v) => v.tripId === trip);
  }
  if (filter.issue !== undefined) {
    const ids = index.visitIdsForIssue(checkIssue(index, `${prefix}issue`, filter.issue));
    tests.push((v) => ids.has(v.id));
    if (!candidates || ids.size < candidates.length) {
      const byId = index.visitById;
      candidates = [...ids].map((id) => byId.get(id)!).filter(Boolean);
    }
  }
  const { from, to } = range;
  if (from !== undefined || to !== undefined) tests.push((v) => overlaps(v.start, v.end, from, to));
  return { any: tests.length > 0, test: allOf(tests), candidates };
}
