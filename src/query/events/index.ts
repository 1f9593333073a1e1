import type { AnyDataset, BundledDataset, CountryCodeOf, Event, EventIn, EventKind, IssueIdOf, PersonIdOf } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { overlapping } from '../_lib/overlapping.js';
import { allOf } from '../_lib/visit-match.js';
import {
  checkBoolean,
  checkCountry,
  checkEnum,
  checkIssue,
  checkOptions,
  checkPerson,
  checkRange,
  checkRegion,
  checkSeries,
  checkSubregion,
  checkTrip,
  checkVisit,
  EVENT_KINDS,
  list,
  type DateRange,
  type OneOrMany,
} from '../_lib/validate.js';
import type { StatusFilter } from '../_lib/status.js';

/** Which events to return; every given criterion must hold. */
export interface EventFilter<D extends AnyDataset = BundledDataset> extends DateRange, StatusFilter {
  /** A person who took part: listed among the participants, or whose visit names the event. */
  person?: PersonIdOf<D>;
  /** Country code(s) where it took place (for a virtual meeting, the host's). */
  country?: OneOrMany<CountryCodeOf<D>>;
  region?: string;
  subregion?: string;
  /** Kind(s): `summit`, `ministerial`, `dialogue`, `bilateral-meeting`, `call`, ... */
  kind?: OneOrMany<EventKind>;
  /** The recurring format, e.g. `G7`, `G20`, `Quad` (any case). */
  series?: string;
  /** An issue linked to the event, child issues included. */
  issue?: IssueIdOf<D>;
  /** Events of a trip's visits. */
  trip?: string;
  /** Events a visit names. */
  visit?: string;
  /** `true`: only events derived from the official remarks (they carry `derivedBy`); `false`: only curated ones. */
  derived?: boolean;
}

const KEYS = ['person', 'country', 'region', 'subregion', 'kind', 'series', 'issue', 'trip', 'visit', 'derived', 'from', 'to', 'status'] as const;

/**
 * Summits, ministerials, dialogues, meetings and calls matching `filter`, by start date then id.
 *
 * @param ds - the dataset
 * @param filter - the criteria; omit for every event
 * @throws {InvalidArgumentError} a malformed date, a reversed range, an unknown kind or filter key
 * @throws {UnknownIdError} an unknown person, country, region, series, issue, trip or visit
 *
 * @example
 * import { getDataset, events } from 'diplomatic-visits';
 * events(getDataset(), { person: 'blinken-antony-j', series: 'G20' }).map((e) => e.name);
 * //=> ['G20 Foreign Ministers’ Meeting, Bari 2021', 'G20 Foreign Ministers’ Meeting, Bali 2022',
 * //    'G20 Foreign Ministers’ Meeting, New Delhi 2023', 'G20 Foreign Ministers’ Meeting, Brasilia 2024', 'G20 Summit, Manaus 2024']
 */
export function events<D extends AnyDataset = BundledDataset>(ds: D, filter: EventFilter<D> = {}): readonly EventIn<D>[] {
  checkOptions('filter', filter, KEYS);
  // Events have no status; it says which visits (`person`, `trip`, `visit`) are read.
  const index = indexOf(ds, filter.status, 'filter.status');
  const { from, to } = checkRange('filter.', filter);
  let candidates: readonly Event[] = index.eventsSorted;
  const tests: ((e: Event) => boolean)[] = [];
  if (filter.person !== undefined) {
    candidates = index.eventsOfPerson(checkPerson(index, 'filter.person', filter.person));
  }
  const countries = list(filter.country, 'filter.country', 'a country code')?.map((c, i, all) => checkCountry(index, all.length > 1 ? `filter.country[${i}]` : 'filter.country', c));
  if (countries) {
    const set = new Set<string>(countries);
    tests.push((e) => set.has(e.country));
  }
  if (filter.region !== undefined) {
    const region = checkRegion(index, 'filter.region', filter.region);
    tests.push((e) => index.countries.get(e.country)?.region === region);
  }
  if (filter.subregion !== undefined) {
    const subregion = checkSubregion(index, 'filter.subregion', filter.subregion);
    tests.push((e) => index.countries.get(e.country)?.subregion === subregion);
  }
  const kinds = list(filter.kind, 'filter.kind', 'an event kind')?.map((k, i, all) => checkEnum(all.length > 1 ? `filter.kind[${i}]` : 'filter.kind', 'event kind', k, EVENT_KINDS, index.eventKinds));
  if (kinds) {
    const set = new Set<string>(kinds);
    tests.push((e) => set.has(e.kind));
  }
  if (filter.series !== undefined) {
    const series = checkSeries(index, 'filter.series', filter.series);
    tests.push((e) => e.series === series);
  }
  if (filter.issue !== undefined) {
    const ids = index.eventIdsForIssue(checkIssue(index, 'filter.issue', filter.issue));
    tests.push((e) => ids.has(e.id));
  }
  if (filter.trip !== undefined) {
    const ids = new Set(index.visitsOfTrip(checkTrip(index, 'filter.trip', filter.trip)).flatMap((v) => v.eventIds));
    tests.push((e) => ids.has(e.id));
  }
  if (filter.visit !== undefined) {
    const ids = index.visitById.get(checkVisit(index, 'filter.visit', filter.visit))!.eventIds;
    tests.push((e) => ids.includes(e.id));
  }
  const derived = checkBoolean('filter.derived', filter.derived);
  if (derived !== undefined) tests.push((e) => (e.derivedBy !== undefined) === derived);
  // Both lists are in start order: a range cuts them by binary search, and the matches need no sort.
  candidates = overlapping(candidates, from, to);
  return candidates.filter(allOf(tests)) as readonly EventIn<D>[];
}
