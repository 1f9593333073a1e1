import type { AnyDataset, BundledDataset, IssueIdOf, Trip, TripIn } from '../_lib/records.js';
import { indexOf, sortByStart } from '../_lib/dataset-index.js';
import { overlaps } from '../../util/dates.js';
import { overlapping } from '../_lib/overlapping.js';
import { checkBoolean, checkIssue, checkOptions, checkPerson, checkRange, list, type DateRange } from '../_lib/validate.js';
import type { StatusFilter } from '../_lib/status.js';
import { allOf, compileVisitCriteria, parseVisitCriteria, VISIT_CRITERIA_KEYS, type VisitCriteria } from '../_lib/visit-match.js';

/**
 * Which trips to return. `person` is the traveller; the other visit criteria
 * (`country`, `region`, `subregion`, `kind`, `event`, `traveler`) match a trip
 * when one of its visits meets all of them. `from`/`to` overlap the trip's dates.
 */
export interface TripFilter<D extends AnyDataset = BundledDataset> extends VisitCriteria<D>, DateRange, StatusFilter {
  /** An issue id: trips it is linked to directly, or through one of their visits or those visits' events; child issues included. */
  issue?: IssueIdOf<D>;
  /** `true` for trips grouped from consecutive official records, `false` for curated ones. */
  derived?: boolean;
}

export const TRIP_FILTER_KEYS = [...VISIT_CRITERIA_KEYS, 'from', 'to', 'issue', 'derived', 'status'] as const;

/**
 * The trips that match every criterion of `filter`, sorted by start date then id.
 * Only trips that took place, unless `status` asks for postponed or cancelled ones too.
 *
 * @param ds - the dataset
 * @param filter - the criteria; omit for every trip
 * @returns a new array of the dataset's own (frozen) trip records
 * @throws {InvalidArgumentError} a malformed date, a reversed range, an unknown kind or filter key
 * @throws {UnknownIdError} an unknown person, country, region, issue or event
 *
 * @example
 * import { getDataset, trips } from 'diplomatic-visits';
 * // Blinken's trips on which Taiwan was discussed
 * trips(getDataset(), { person: 'blinken-antony-j', issue: 'taiwan' }).map((t) => t.title);
 * //=> ['Middle East and Indo-Pacific tour: Israel, Jordan, the West Bank, Iraq, Türkiye, Japan (G7 ministers), South Korea and India',
 * //    'Visit to China (Shanghai and Beijing), April 2024']
 */
export function trips<D extends AnyDataset = BundledDataset>(ds: D, filter: TripFilter<D> = {}): readonly TripIn<D>[] {
  checkOptions('filter', filter, TRIP_FILTER_KEYS);
  const index = indexOf(ds, filter.status, 'filter.status');
  const { from, to } = checkRange('filter.', filter);
  const { person, from: _f, to: _t, issue: _i, derived: _d, status: _s, ...visitLevel } = filter;
  // `person` is the trip's traveller, checked on the trip; the other criteria on its visits.
  const people = list(person, 'filter.person', 'a person id')?.map((p, i, all) => checkPerson(index, all.length > 1 ? `filter.person[${i}]` : 'filter.person', p));
  const parsed = parseVisitCriteria(index, visitLevel, 'filter.');
  checkBoolean('filter.derived', filter.derived);
  const issue = filter.issue === undefined ? undefined : checkIssue(index, 'filter.issue', filter.issue);
  const criteria = compileVisitCriteria(index, parsed);

  // One person's trips without reading every trip first (a shipped file reads that person's alone).
  let candidates: readonly Trip[] = people?.length === 1 ? index.tripsOfPerson(people[0]!) : index.tripsSorted;
  // Both lists are in start order: a range cuts them by binary search (the range test below stays, for the issue's list).
  candidates = overlapping(candidates, from, to);
  let inStartOrder = true;
  const tests: ((t: Trip) => boolean)[] = [];
  if (people) {
    const set = new Set(people);
    tests.push((t) => set.has(t.personId));
  }
  if (filter.derived !== undefined) {
    const derived = filter.derived;
    tests.push((t) => t.derived === derived);
  }
  if (from !== undefined || to !== undefined) tests.push((t) => overlaps(t.start, t.end, from, to));
  if (issue !== undefined) {
    const ids = index.tripIdsForIssue(issue);
    tests.push((t) => ids.has(t.id));
    if (ids.size < candidates.length) {
      candidates = [...ids].map((id) => index.tripById.get(id)!).filter(Boolean);
      inStartOrder = false;
    }
  }
  if (criteria.any) tests.push((t) => index.visitsOfTrip(t.id).some(criteria.test));
  const found = candidates.filter(allOf(tests));
  // Filtered from a list in start order, the trips are in start order: only an issue's trips need the sort.
  return (inStartOrder ? found : sortByStart(found)) as readonly TripIn<D>[];
}
