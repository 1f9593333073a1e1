import type { AnyDataset, BundledDataset, PersonIdOf } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { dayNumber, overlaps } from '../../util/dates.js';
import { overlapping } from '../_lib/overlapping.js';
import { checkPersonRange, type TravelRange } from '../_lib/validate.js';
import { statusIn } from '../_lib/status.js';

/**
 * The number of distinct calendar days a person spent abroad, inside the
 * range when one is given. Days of overlapping stays (two countries on one
 * day, or duplicate records) count once; a stay in the traveller's own country
 * (`travelerCountry === country`) is not abroad. Arrival and departure days both count.
 *
 * @param ds - the dataset
 * @param person - a person id
 * @param range - count only days inside it; `status` to count postponed or cancelled visits too (by default
 *   only travel that took place)
 * @throws {UnknownIdError} an unknown person id, with the nearest valid ones
 * @throws {InvalidArgumentError} a malformed date or a reversed range
 *
 * @example
 * import { getDataset, daysAbroad } from 'diplomatic-visits';
 * daysAbroad(getDataset(), 'blinken-antony-j', { from: '2023-01-01', to: '2023-12-31' });
 * //=> 94
 */
export function daysAbroad<D extends AnyDataset = BundledDataset>(ds: D, person: PersonIdOf<D>, range: TravelRange = {}): number {
  const index = indexOf(ds, statusIn(range), 'range.status');
  const { id, from, to, lo, hi } = checkPersonRange(index, person, range);
  // Visits are sorted by start: merge the clipped intervals in one pass.
  let total = 0;
  let runStart = NaN;
  let runEnd = -Infinity;
  // The person's visits in the range only (a binary search), still in start order.
  for (const visit of overlapping(index.visitsOfPerson(id), from, to)) {
    if (visit.country === visit.travelerCountry || !overlaps(visit.start, visit.end, from, to)) continue;
    const start = Math.max(lo, dayNumber(visit.start));
    const end = Math.min(hi, dayNumber(visit.end));
    if (start > runEnd + 1) {
      if (runEnd >= runStart) total += runEnd - runStart + 1;
      runStart = start;
      runEnd = end;
    } else if (end > runEnd) runEnd = end;
  }
  if (runEnd >= runStart) total += runEnd - runStart + 1;
  return total;
}
