import { InvalidArgumentError } from '../../errors.js';
import type {
  AnyDataset,
  BundledDataset,
  CountryCodeOf,
  CountryIn,
  DiscrepancyIn,
  EventIn,
  IssueIdOf,
  PersonIdOf,
  PersonIn,
  TripIn,
  VisitIn,
} from '../_lib/records.js';
import type { Counterpart } from '../counterparts/index.js';
import type { Count, CountField } from '../countBy/index.js';
import type { CountryVisited } from '../countriesVisited/index.js';
import type { DiscrepancySubjectRef } from '../discrepancies/index.js';
import type { EventFilter } from '../events/index.js';
import type { LinkEvidence } from '../evidenceFor/index.js';
import type { VisitorSelector } from '../firstVisit/index.js';
import type { IssueOf, IssuesOfOptions, SubjectRef } from '../issuesOf/index.js';
import type { Itinerary } from '../itinerary/index.js';
import type { SearchHit, SearchOptions } from '../search/index.js';
import type { TimelineEntry } from '../timeline/index.js';
import type { TripFilter } from '../trips/index.js';
import type { TripsForIssueFilter } from '../tripsForIssue/index.js';
import type { VisitFilter } from '../visits/index.js';
import type { VisitsForIssueFilter } from '../visitsForIssue/index.js';
import type { StatusFilter } from '../_lib/status.js';
import type { TravelRange } from '../_lib/validate.js';
import type { PeopleFilter } from '../people/index.js';
import type { CountryFilter } from '../countries/index.js';
import type { TravelStats } from '../travelStats/index.js';
import { helpers, type Helpers } from '../helpers.js';

/** The query helpers with the dataset argument already given, typed by that dataset's ids. */
export interface BoundHelpers<D extends AnyDataset = BundledDataset> {
  visits(filter?: VisitFilter<D>): readonly VisitIn<D>[];
  trips(filter?: TripFilter<D>): readonly TripIn<D>[];
  tripOf(visitId: string, options?: StatusFilter): TripIn<D> | undefined;
  itinerary(tripId: string, options?: StatusFilter): Itinerary<D>;
  issuesOf(subject: SubjectRef, options?: IssuesOfOptions): readonly IssueOf<D>[];
  tripsForIssue(issue: IssueIdOf<D>, filter?: TripsForIssueFilter<D>): readonly TripIn<D>[];
  visitsForIssue(issue: IssueIdOf<D>, filter?: VisitsForIssueFilter<D>): readonly VisitIn<D>[];
  events(filter?: EventFilter<D>): readonly EventIn<D>[];
  participants(eventId: string): readonly PersonIn<D>[];
  counterparts(personId: PersonIdOf<D>, range?: TravelRange): readonly Counterpart<D>[];
  countriesVisited(person: PersonIdOf<D>, range?: TravelRange): readonly CountryVisited<D>[];
  daysAbroad(person: PersonIdOf<D>, range?: TravelRange): number;
  firstVisit(by: VisitorSelector<D>, country: CountryCodeOf<D>, range?: TravelRange): VisitIn<D> | undefined;
  lastVisit(by: VisitorSelector<D>, country: CountryCodeOf<D>, range?: TravelRange): VisitIn<D> | undefined;
  timeline(person: PersonIdOf<D>, range?: TravelRange): readonly TimelineEntry<D>[];
  search(text: string, options?: SearchOptions): readonly SearchHit[];
  evidenceFor(linkId: string): LinkEvidence<D>;
  discrepancies(subject?: DiscrepancySubjectRef): readonly DiscrepancyIn<D>[];
  countBy(records: readonly (VisitIn<D> | TripIn<D> | EventIn<D>)[], field: CountField): readonly Count[];
  people(filter?: PeopleFilter): readonly PersonIn<D>[];
  countries(filter?: CountryFilter): readonly CountryIn<D>[];
  travelStats(person: PersonIdOf<D>, range?: TravelRange): TravelStats<D>;
  /** The dataset the helpers query (loaded on first use when bound to a loader). */
  readonly dataset: D;
}

// Every helper has its bound form above: a helper added without one fails to compile here.
type Assert<T extends true> = T;
export type _EveryHelperBound = Assert<[Exclude<keyof Helpers, keyof BoundHelpers>] extends [never] ? true : false>;

/**
 * Binds every query helper to one dataset, so calls need no dataset argument.
 * Pass a dataset, or a function returning one: it is called on each query
 * (getDataset is: it loads once, on the first query, not at bind time).
 *
 * @param source - a dataset, or a function that returns one
 * @returns the helpers, each without its first argument, and `dataset`
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { bind } from 'diplomatic-visits';
 * import { loadDataset } from 'diplomatic-visits/schemas';
 * const pinned = bind(loadDataset(readFileSync('dataset-1.0.0.json', 'utf8')));
 * pinned.visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-07' }).map((v) => v.country);
 * //=> ['IL', 'JO', 'PS', 'IQ', 'TR', 'JP']
 */
export function bind<D extends AnyDataset>(source: D | (() => D)): BoundHelpers<D> {
  if (typeof source !== 'function' && (source === null || typeof source !== 'object')) {
    throw new InvalidArgumentError('source', 'a dataset or a function that returns one', source);
  }
  const get = typeof source === 'function' ? source : () => source;
  const bound: Record<string, unknown> = {};
  for (const [name, helper] of Object.entries(helpers)) {
    const fn = helper as (ds: AnyDataset, ...args: unknown[]) => unknown;
    bound[name] = { [name]: (...args: unknown[]) => fn(get(), ...args) }[name];
  }
  Object.defineProperty(bound, 'dataset', { get, enumerable: false });
  return Object.freeze(bound) as unknown as BoundHelpers<D>;
}
