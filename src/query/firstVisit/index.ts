import type { AnyDataset, BundledDataset, CountryCodeOf, Dataset, Visit, VisitIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkCountry, checkOptions } from '../_lib/validate.js';
import { compileVisitCriteria, type VisitCriteria } from '../_lib/visit-match.js';

/** Whose visits: a person, a kind of visit (`secretary-travel`: any Secretary of State), or traveller name text. */
export type VisitorSelector<D extends AnyDataset = BundledDataset> = Pick<VisitCriteria<D>, 'person' | 'kind' | 'traveler'>;

/**
 * The earliest visit to a country by a person or by a kind of traveller, or
 * `undefined` when there is none.
 *
 * @param ds - the dataset
 * @param by - `{ person }`, `{ kind }` or `{ traveler }` (combinable)
 * @param country - a country code, e.g. `CN`
 * @throws {UnknownIdError} an unknown person or country, with the nearest valid ones
 * @throws {InvalidArgumentError} an unknown kind
 *
 * @example
 * import { getDataset, firstVisit } from 'diplomatic-visits';
 * // When did a Secretary of State first go to China?
 * firstVisit(getDataset(), { kind: 'secretary-travel' }, 'CN')?.start;
 */
export function firstVisit<D extends AnyDataset = BundledDataset>(ds: D, by: VisitorSelector<D>, country: CountryCodeOf<D>): VisitIn<D> | undefined {
  return visitsBy(ds, by as VisitorSelector<AnyDataset>, country)[0] as VisitIn<D> | undefined;
}

/** @internal the visits {@link firstVisit} and `lastVisit` choose from, by start date. */
export function visitsBy(ds: Dataset, by: VisitorSelector<AnyDataset>, country: string): readonly Visit[] {
  checkOptions('by', by, ['person', 'kind', 'traveler']);
  const index = indexOf(ds);
  const code = checkCountry(index, 'country', country);
  const criteria = compileVisitCriteria(index, by ?? {}, 'by.');
  const all = index.visitsInCountry(code);
  return criteria.any ? all.filter(criteria.test) : all;
}
