import type { AnyDataset, BundledDataset, IssueIdOf, VisitIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkIssue, checkOptions } from '../_lib/validate.js';
import { visits, type VisitFilter } from '../visits/index.js';
import { VISIT_FILTER_KEYS } from '../_lib/visit-match.js';

/** More criteria for {@link visitsForIssue}: any visit filter but the issue. */
export type VisitsForIssueFilter<D extends AnyDataset = BundledDataset> = Omit<VisitFilter<D>, 'issue'>;

/**
 * The visits an issue (or one of its child issues) is linked to: directly,
 * through their trip, or through one of their events. By start date.
 *
 * @param ds - the dataset
 * @param issue - an issue id of the vocabulary, e.g. `south-china-sea`
 * @param filter - more criteria, as for {@link visits}
 * @throws {UnknownIdError} an unknown issue id, with the nearest valid ones
 *
 * @example
 * import { getDataset, visitsForIssue } from 'diplomatic-visits';
 * visitsForIssue(getDataset(), 'middle-east', { from: '2023-10-07' }).length;
 * //=> 2
 */
export function visitsForIssue<D extends AnyDataset = BundledDataset>(ds: D, issue: IssueIdOf<D>, filter: VisitsForIssueFilter<D> = {}): readonly VisitIn<D>[] {
  // The filter is checked before it is copied: a spread would turn a Date into {} and drop a stray `issue`.
  checkOptions('filter', filter, VISIT_FILTER_KEYS.filter((k) => k !== 'issue'));
  checkIssue(indexOf(ds), 'issue', issue);
  return visits(ds, { ...filter, issue } as VisitFilter<D>);
}
