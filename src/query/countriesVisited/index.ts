import type { AnyDataset, BundledDataset, CountryIn, PersonIdOf } from '../_lib/records.js';
import { indexOf, referenced } from '../_lib/dataset-index.js';
import { dayNumber, isoDate, overlaps } from '../../util/dates.js';
import { overlapping } from '../_lib/overlapping.js';
import { checkPersonRange, type TravelRange } from '../_lib/validate.js';
import { statusIn } from '../_lib/status.js';

/** A country a person visited, with counts. */
export interface CountryVisited<D extends AnyDataset = BundledDataset> {
  country: CountryIn<D>;
  /** Visit records in the range. */
  visits: number;
  /** Distinct days spent there inside the range (overlapping records counted once). */
  days: number;
  /** First day there inside the range. */
  first: string;
  /** Last day there inside the range. */
  last: string;
  /** The visits, by start date. */
  visitIds: readonly string[];
}

/**
 * The countries a person visited, in the order first visited, with the number
 * of visits and of days. Stays in the traveller's own country
 * (`travelerCountry === country`) are not visits abroad and are left out.
 * Visits overlapping the range count; their days are clipped to it.
 *
 * @param ds - the dataset
 * @param person - a person id
 * @param range - only stays overlapping these dates; `status` to count postponed or cancelled visits too
 *   (by default only travel that took place)
 * @throws {UnknownIdError} an unknown person id, with the nearest valid ones
 * @throws {InvalidArgumentError} a malformed date or a reversed range
 *
 * @example
 * import { getDataset, countriesVisited } from 'diplomatic-visits';
 * countriesVisited(getDataset(), 'blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' })
 *   .map((c) => c.country.code);
 * //=> ['IL', 'JO', 'IQ', 'PS', 'TR', 'JP', 'KR', 'IN', 'BE', 'MK']
 */
export function countriesVisited<D extends AnyDataset = BundledDataset>(ds: D, person: PersonIdOf<D>, range: TravelRange = {}): readonly CountryVisited<D>[] {
  const index = indexOf(ds, statusIn(range), 'range.status');
  const { id, from, to, lo, hi } = checkPersonRange(index, person, range);
  // Visits come sorted by start: merge each country's clipped stays as they come.
  interface Acc { visitIds: string[]; days: number; runStart: number; runEnd: number; first: number; last: number }
  const byCountry = new Map<string, Acc>();
  // The person's visits in the range only (a binary search): a year costs what that year holds.
  const list = overlapping(index.visitsOfPerson(id), from, to);
  for (let i = 0; i < list.length; i++) {
    const visit = list[i]!;
    if (visit.country === visit.travelerCountry || !overlaps(visit.start, visit.end, from, to)) continue;
    const start = Math.max(lo, dayNumber(visit.start));
    const end = Math.min(hi, dayNumber(visit.end));
    const acc = byCountry.get(visit.country);
    if (!acc) {
      byCountry.set(visit.country, { visitIds: [visit.id], days: 0, runStart: start, runEnd: end, first: start, last: end });
      continue;
    }
    acc.visitIds.push(visit.id);
    if (start > acc.runEnd + 1) {
      acc.days += acc.runEnd - acc.runStart + 1;
      acc.runStart = start;
      acc.runEnd = end;
    } else if (end > acc.runEnd) acc.runEnd = end;
    if (end > acc.last) acc.last = end;
  }
  const out: CountryVisited<AnyDataset>[] = [];
  for (const [code, acc] of byCountry) {
    out.push({
      country: referenced(index.countries, code, 'country', `a visit of ${id}`),
      visits: acc.visitIds.length,
      days: acc.days + acc.runEnd - acc.runStart + 1,
      first: isoDate(acc.first),
      last: isoDate(acc.last),
      visitIds: acc.visitIds,
    });
  }
  return (out as unknown as CountryVisited<D>[]).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.country.code < b.country.code ? -1 : 1));
}
