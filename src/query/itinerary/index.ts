import type { AnyDataset, BundledDataset, CountryIn, EventIn, TripIn, VisitIn } from '../_lib/records.js';
import { indexOf, referenced } from '../_lib/dataset-index.js';
import { daysBetween } from '../../util/dates.js';
import { checkOptions, checkTrip } from '../_lib/validate.js';
import type { StatusFilter } from '../_lib/status.js';

/** One stop of a trip. */
export interface ItineraryStop<D extends AnyDataset = BundledDataset> {
  visit: VisitIn<D>;
  country: CountryIn<D>;
  /** Calendar days from the stop's start to its end: 0 for a day visit. */
  nights: number;
  /** The events of this stop, by start date. */
  events: readonly EventIn<D>[];
}

/** A trip and its stops in travel order. */
export interface Itinerary<D extends AnyDataset = BundledDataset> {
  trip: TripIn<D>;
  stops: readonly ItineraryStop<D>[];
  /** Calendar days from the trip's start to its end. */
  nights: number;
}

/**
 * A trip's stops in travel order, each with its country, its nights and its events.
 *
 * @param ds - the dataset
 * @param tripId - a trip id, e.g. `blinken-antony-j-2021-03-15`
 * @param options - `status` to open a postponed or cancelled trip (by default only trips that took place:
 *   such an id is refused, naming its status)
 * @throws {UnknownIdError} an unknown trip id, with the nearest valid ones
 *
 * @example
 * import { getDataset, itinerary } from 'diplomatic-visits';
 * itinerary(getDataset(), 'blinken-antony-j-2021-03-15').stops
 *   .map((s) => `${s.country.name} (${s.nights} nights)`);
 * //=> ['Japan (2 nights)', 'South Korea (1 nights)', 'United States (0 nights)']
 */
export function itinerary<D extends AnyDataset = BundledDataset>(ds: D, tripId: string, options: StatusFilter = {}): Itinerary<D> {
  checkOptions('options', options, ['status']);
  const index = indexOf(ds, options.status, 'options.status');
  const trip = index.tripById.get(checkTrip(index, 'tripId', tripId))!;
  const stops = index.visitsOfTrip(trip.id).map((visit) => ({
    visit,
    country: referenced(index.countries, visit.country, 'country', `visit "${visit.id}"`),
    nights: daysBetween(visit.start, visit.end),
    events: visit.eventIds.flatMap((id) => index.eventById.get(id) ?? []).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
  }));
  return { trip, stops, nights: daysBetween(trip.start, trip.end) } as Itinerary<AnyDataset> as Itinerary<D>;
}
