import type { AnyDataset, BundledDataset, IssueIdOf, TripIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkIssue, checkOptions } from '../_lib/validate.js';
import { trips, TRIP_FILTER_KEYS, type TripFilter } from '../trips/index.js';

/** More criteria for {@link tripsForIssue}: any trip filter but the issue. */
export type TripsForIssueFilter<D extends AnyDataset = BundledDataset> = Omit<TripFilter<D>, 'issue'>;

/**
 * The trips an issue (or one of its child issues) is linked to: directly, or
 * through one of their visits or those visits' events. By start date.
 *
 * @param ds - the dataset
 * @param issue - an issue id of the vocabulary, e.g. `taiwan`
 * @param filter - more criteria, as for {@link trips}
 * @throws {UnknownIdError} an unknown issue id, with the nearest valid ones
 *
 * @example
 * import { getDataset, tripsForIssue } from 'diplomatic-visits';
 * tripsForIssue(getDataset(), 'north-korea', { person: 'blinken-antony-j' }).map((t) => t.id);
 * //=> ['blinken-antony-j-2021-03-15', 'blinken-antony-j-2023-11-03', 'blinken-antony-j-2024-04-24']
 */
export function tripsForIssue<D extends AnyDataset = BundledDataset>(ds: D, issue: IssueIdOf<D>, filter: TripsForIssueFilter<D> = {}): readonly TripIn<D>[] {
  // The filter is checked before it is copied: a spread would turn a Date into {} and drop a stray `issue`.
  checkOptions('filter', filter, TRIP_FILTER_KEYS.filter((k) => k !== 'issue'));
  checkIssue(indexOf(ds), 'issue', issue);
  return trips(ds, { ...filter, issue } as TripFilter<D>);
}
