import type { AnyDataset, BundledDataset, CountryCodeOf, VisitIn } from '../_lib/records.js';
import { visitsBy, type VisitorSelector } from '../firstVisit/index.js';

/**
 * The latest visit (by start date) to a country by a person or by a kind of
 * traveller, or `undefined` when there is none.
 *
 * @param ds - the dataset
 * @param by - `{ person }`, `{ kind }` or `{ traveler }` (combinable)
 * @param country - a country code, e.g. `CN`
 * @throws {UnknownIdError} an unknown person or country, with the nearest valid ones
 * @throws {InvalidArgumentError} an unknown kind
 *
 * @example
 * import { getDataset, lastVisit } from 'diplomatic-visits';
 * // When did a Secretary of State last go to China?
 * lastVisit(getDataset(), { kind: 'secretary-travel' }, 'CN')?.start;
 */
export function lastVisit<D extends AnyDataset = BundledDataset>(ds: D, by: VisitorSelector<D>, country: CountryCodeOf<D>): VisitIn<D> | undefined {
  const list = visitsBy(ds, by, country);
  return list[list.length - 1] as VisitIn<D> | undefined;
}
