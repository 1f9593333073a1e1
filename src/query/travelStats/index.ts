import type { AnyDataset, BundledDataset, PersonIdOf, PersonIn, VisitIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkPersonRange, type TravelRange } from '../_lib/validate.js';
import { statusIn } from '../_lib/status.js';
import { countriesVisited } from '../countriesVisited/index.js';
import { daysAbroad } from '../daysAbroad/index.js';
import { trips } from '../trips/index.js';
import { visits } from '../visits/index.js';

/** One person's travel in numbers, inside a date range when one is given. */
export interface TravelStats<D extends AnyDataset = BundledDataset> {
  person: PersonIn<D>;
  /** Trips overlapping the range. */
  trips: number;
  /** Visit records overlapping the range (a stay at home included, as `visits` counts it). */
  visits: number;
  /** Countries visited abroad, as {@link countriesVisited} counts them. */
  countries: number;
  /** Distinct days abroad, as {@link daysAbroad} counts them. */
  daysAbroad: number;
  /** The earliest visit of the range by start date (then id), or `undefined` when there is none. */
  firstVisit?: VisitIn<D>;
  /** The latest visit of the range by start date (then id), or `undefined` when there is none. */
  lastVisit?: VisitIn<D>;
}

/**
 * A person's trips, visits, countries and days abroad, and their first and
 * last visit, counted the way the helpers of the same names count them.
 *
 * @param ds - the dataset
 * @param person - a person id
 * @param range - only what overlaps these dates; `status` to count postponed or cancelled trips and visits
 *   too (by default only travel that took place), as each helper counts them
 * @throws {UnknownIdError} an unknown person id, with the nearest valid ones
 * @throws {InvalidArgumentError} a malformed date or a reversed range
 *
 * @example
 * import { getDataset, travelStats } from 'diplomatic-visits';
 * travelStats(getDataset(), 'blinken-antony-j', { from: '2023', to: '2023' }).daysAbroad;
 * //=> 94
 */
export function travelStats<D extends AnyDataset = BundledDataset>(ds: D, person: PersonIdOf<D>, range: TravelRange = {}): TravelStats<D> {
  const status = statusIn(range);
  const index = indexOf(ds, status, 'range.status');
  // Checked once here, so a bad argument is named as this helper's (`person`, `range.from`).
  const { id, from, to } = checkPersonRange(index, person, range);
  // The status as given (the helpers read it the same way: by default, travel that took place).
  const span = status === undefined ? { from, to } : { from, to, status: status as TravelRange['status'] };
  const open: AnyDataset = ds;
  const list = visits(open, { person: id, ...span }) as readonly VisitIn<D>[];
  return {
    person: index.people.get(id)! as PersonIn<D>,
    trips: trips(open, { person: id, ...span }).length,
    visits: list.length,
    countries: countriesVisited(open, id, span).length,
    daysAbroad: daysAbroad(open, id, span),
    firstVisit: list[0],
    lastVisit: list[list.length - 1],
  };
}
