import type { AnyDataset, BundledDataset, VisitIn } from '../_lib/records.js';
import { indexOf, sortByStart } from '../_lib/dataset-index.js';
import { compileVisitFilter, parseVisitFilter, VISIT_FILTER_KEYS, type VisitFilter } from '../_lib/visit-match.js';
import { checkOptions, checkRange } from '../_lib/validate.js';

export type { VisitFilter };

/**
 * The visits that match every criterion of `filter`, sorted by start date then id.
 * Dates use overlap semantics: a visit matches `from`/`to` when any of its days
 * falls inside the inclusive range. Only travel that took place, unless
 * `status` asks for postponed or cancelled visits too (`status: 'all'`). An issue matches visits linked to it
 * directly, through their trip or one of their events, and includes its child
 * issues. An unknown id, a bad date or a reversed range throws, naming the
 * argument and the nearest valid values: a typo never reads as "no visits".
 *
 * @param ds - the dataset: `getDataset()`, or a pinned file from `loadDataset(json)`
 * @param filter - the criteria; omit for every visit
 * @returns a new array of the dataset's own (frozen) visit records
 * @throws {InvalidArgumentError} a malformed date, a reversed range, an unknown kind or filter key
 * @throws {UnknownIdError} an unknown person, country, region, issue, event or trip
 *
 * @example
 * import { getDataset, visits } from 'diplomatic-visits';
 * // Where was Blinken in November 2023?
 * visits(getDataset(), { person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-07' })
 *   .map((v) => `${v.start} ${v.country} ${v.locality ?? ''}`);
 * //=> ['2023-11-03 IL Tel Aviv', '2023-11-03 JO Amman', '2023-11-05 PS Ramallah', '2023-11-05 IQ Baghdad',
 * //    '2023-11-05 TR Ankara', '2023-11-07 JP Tokyo']
 */
export function visits<D extends AnyDataset = BundledDataset>(ds: D, filter: VisitFilter<D> = {}): readonly VisitIn<D>[] {
  checkOptions('filter', filter, VISIT_FILTER_KEYS);
  const index = indexOf(ds, filter.status, 'filter.status');
  const range = checkRange('filter.', filter);
  // Parsed once (every value checked), then compiled: the matcher checks nothing.
  const { any, test, candidates, inStartOrder } = compileVisitFilter(index, parseVisitFilter(index, filter, range, 'filter.'));
  const from = candidates ?? index.visitsSorted;
  const found = any ? from.filter(test) : [...from];
  // Filtered from a list in start order, the matches are in start order: only a trip's or an issue's visits need the sort.
  return (inStartOrder ? found : sortByStart(found)) as readonly VisitIn<D>[];
}
