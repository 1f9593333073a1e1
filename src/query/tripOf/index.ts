import type { AnyDataset, BundledDataset, TripIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkOptions, checkVisit } from '../_lib/validate.js';
import type { StatusFilter } from '../_lib/status.js';

/**
 * The trip a visit belongs to, or `undefined` for a visit outside any trip.
 *
 * @param ds - the dataset
 * @param visitId - a visit id, e.g. `hsg-travel-3992`
 * @param options - `status` to look up a postponed or cancelled visit (by default only visits that took
 *   place: such an id is refused, naming its status)
 * @throws {UnknownIdError} an unknown visit id, with the nearest valid ones
 *
 * @example
 * import { getDataset, tripOf } from 'diplomatic-visits';
 * tripOf(getDataset(), 'hsg-travel-3992')?.title;
 * //=> 'First trip abroad as Secretary of State: Tokyo and Seoul with Secretary of Defense Austin, then talks with Chinese officials in Alaska'
 */
export function tripOf<D extends AnyDataset = BundledDataset>(ds: D, visitId: string, options: StatusFilter = {}): TripIn<D> | undefined {
  checkOptions('options', options, ['status']);
  const index = indexOf(ds, options.status, 'options.status');
  const visit = index.visitById.get(checkVisit(index, 'visitId', visitId))!;
  return (visit.tripId === undefined ? undefined : index.tripById.get(visit.tripId)) as TripIn<D> | undefined;
}
