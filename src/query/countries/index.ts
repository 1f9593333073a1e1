import type { AnyDataset, BundledDataset, Country, CountryIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkOptions, checkRegion, checkSubregion } from '../_lib/validate.js';

/** Which countries {@link countries} returns. */
export interface CountryFilter {
  /** UN M49 region, e.g. `Asia` (any case). */
  region?: string;
  /** UN M49 subregion, e.g. `Eastern Asia` (any case). */
  subregion?: string;
}

/**
 * The country records, by code, or those of a UN M49 region or subregion.
 *
 * @param ds - the dataset
 * @param filter - `{ region, subregion }`; omit for every country
 * @returns a new array of the dataset's own (frozen) country records
 * @throws {UnknownIdError} a region or subregion no country has, with the nearest ones
 * @throws {InvalidArgumentError} an unknown filter key, or a region that is not text
 *
 * @example
 * import { getDataset, countries } from 'diplomatic-visits';
 * countries(getDataset(), { subregion: 'Central Asia' }).map((c) => c.code);
 * //=> ['KG', 'KZ', 'TJ', 'TM', 'UZ']
 */
export function countries<D extends AnyDataset = BundledDataset>(ds: D, filter: CountryFilter = {}): readonly CountryIn<D>[] {
  checkOptions('filter', filter, ['region', 'subregion']);
  const index = indexOf(ds);
  const region = filter.region === undefined ? undefined : checkRegion(index, 'filter.region', filter.region);
  const subregion = filter.subregion === undefined ? undefined : checkSubregion(index, 'filter.subregion', filter.subregion);
  const inRegion = (c: Country) => (region === undefined || c.region === region) && (subregion === undefined || c.subregion === subregion);
  return index.ds.countries.filter(inRegion) as readonly CountryIn<D>[];
}
