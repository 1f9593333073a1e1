import type { AnyDataset, BundledDataset, CountryCodeOf, Dataset, Visit, VisitIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { overlaps } from '../../util/dates.js';
import { checkCountry, checkOptions, checkRange, type DateRange } from '../_lib/validate.js';
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
 * @param range - only visits overlapping these dates (`{ from: '2021' }`: from 2021 on)
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
export function firstVisit<D extends AnyDataset = BundledDataset>(ds: D, by: VisitorSelector<D>, country: CountryCodeOf<D>, range: DateRange = {}): VisitIn<D> | undefined {
  return visitsBy(ds, by as VisitorSelector<AnyDataset>, country, range)[0] as VisitIn<D> | undefined;
}

/** @internal the visits {@link firstVisit} and `lastVisit` choose from, by start date. */
export function visitsBy(ds: Dataset, by: VisitorSelector<AnyDataset>, country: string, range: DateRange = {}): readonly Visit[] {
  checkOptions('by', by, ['person', 'kind', 'traveler']);
  checkOptions('range', range, ['from', 'to']);
  const index = indexOf(ds);
  const code = checkCountry(index, 'country', country);
  const criteria = compileVisitCriteria(index, by ?? {}, 'by.');
  const { from, to } = checkRange('range.', range);
  const all = index.visitsInCountry(code);
  if (from === undefined && to === undefined) return criteria.any ? all.filter(criteria.test) : all;
  return all.filter((v) => overlaps(v.start, v.end, from, to) && (!criteria.any || criteria.test(v)));
}
