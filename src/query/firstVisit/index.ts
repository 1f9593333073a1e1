import type { AnyDataset, BundledDataset, CountryCodeOf, VisitIn } from '../_lib/records.js';
import type { TravelRange } from '../_lib/validate.js';
import { visitBy, type VisitorSelector } from '../_lib/visits-by.js';

export type { VisitorSelector };

/**
 * The earliest visit to a country by a person or by a kind of traveller, or
 * `undefined` when there is none.
 *
 * @param ds - the dataset
 * @param by - `{ person }`, `{ kind }` or `{ traveler }` (combinable)
 * @param country - a country code, e.g. `CN`
 * @param range - only visits overlapping these dates (`{ from: '2021' }`: from 2021 on); `status` to count
 *   postponed or cancelled visits too (by default only visits that took place)
 * @throws {UnknownIdError} an unknown person or country, with the nearest valid ones
 * @throws {InvalidArgumentError} an unknown kind, a malformed date or a reversed range
 *
 * @example
 * import { getDataset, firstVisit } from 'diplomatic-visits';
 * // When did a Secretary of State first go to China? And first since 2021?
 * firstVisit(getDataset(), { kind: 'secretary-travel' }, 'CN')?.start;
 * //=> '1972-02-17'
 * firstVisit(getDataset(), { kind: 'secretary-travel' }, 'CN', { from: '2021' })?.start;
 * //=> '2023-06-17'
 */
export function firstVisit<D extends AnyDataset = BundledDataset>(ds: D, by: VisitorSelector<D>, country: CountryCodeOf<D>, range: TravelRange = {}): VisitIn<D> | undefined {
  return visitBy(ds, by as VisitorSelector<AnyDataset>, country, range, 'first') as VisitIn<D> | undefined;
}
