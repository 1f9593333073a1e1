import type { AnyDataset, BundledDataset, CountryCodeOf, VisitIn } from '../_lib/records.js';
import type { TravelRange } from '../_lib/validate.js';
import { visitBy, type VisitorSelector } from '../_lib/visits-by.js';

/**
 * The latest visit (by start date) to a country by a person or by a kind of
 * traveller, or `undefined` when there is none.
 *
 * @param ds - the dataset
 * @param by - `{ person }`, `{ kind }` or `{ traveler }` (combinable)
 * @param country - a country code, e.g. `CN`
 * @param range - only visits overlapping these dates (`{ to: '2022' }`: up to the end of 2022); `status` to count
 *   postponed or cancelled visits too (by default only visits that took place)
 * @throws {UnknownIdError} an unknown person or country, with the nearest valid ones
 * @throws {InvalidArgumentError} an unknown kind, a malformed date or a reversed range
 *
 * @example
 * import { getDataset, lastVisit } from 'diplomatic-visits';
 * // When did a Secretary of State last go to China? And last before 2023?
 * lastVisit(getDataset(), { kind: 'secretary-travel' }, 'CN')?.start;
 * //=> '2024-04-24'
 * lastVisit(getDataset(), { kind: 'secretary-travel' }, 'CN', { to: '2022' })?.start;
 * //=> '2018-10-08'
 */
export function lastVisit<D extends AnyDataset = BundledDataset>(ds: D, by: VisitorSelector<D>, country: CountryCodeOf<D>, range: TravelRange = {}): VisitIn<D> | undefined {
  return visitBy(ds, by as VisitorSelector<AnyDataset>, country, range, 'last') as VisitIn<D> | undefined;
}
