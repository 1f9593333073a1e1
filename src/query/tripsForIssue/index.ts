import type { IssueId } from '../../generated/ids.js';
import type { Dataset } from '../../schemas/dataset.js';
import type { Trip } from '../../schemas/trip.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkIssue, checkOptions } from '../_lib/validate.js';
import { trips, TRIP_FILTER_KEYS, type TripFilter } from '../trips/index.js';

/** More criteria for {@link tripsForIssue}: any trip filter but the issue. */
export type TripsForIssueFilter = Omit<TripFilter, 'issue'>;

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
 */
export function tripsForIssue(ds: Dataset, issue: IssueId, filter: TripsForIssueFilter = {}): Trip[] {
  // The filter is checked before it is copied: a spread would turn a Date into {} and drop a stray `issue`.
  checkOptions('filter', filter, TRIP_FILTER_KEYS.filter((k) => k !== 'issue'));
  checkIssue(indexOf(ds), 'issue', issue);
  return trips(ds, { ...filter, issue });
}
