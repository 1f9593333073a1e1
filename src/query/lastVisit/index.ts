import type { CountryCode } from '../../generated/ids.js';
import type { Dataset } from '../../schemas/dataset.js';
import type { Visit } from '../../schemas/visit.js';
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
export function lastVisit(ds: Dataset, by: VisitorSelector, country: CountryCode): Visit | undefined {
  const list = visitsBy(ds, by, country);
  return list[list.length - 1];
}
