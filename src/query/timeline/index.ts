import type { AnyDataset, BundledDataset, EventIn, PersonIdOf, TripIn, VisitIn } from '../_lib/records.js';
import { byStart, indexOf, referenced } from '../_lib/dataset-index.js';
import { overlaps } from '../../util/dates.js';
import { checkOptions, checkPerson, checkRange, TRAVEL_RANGE_KEYS, type TravelRange } from '../_lib/validate.js';
import { statusIn } from '../_lib/status.js';

/** One entry of a person's timeline: a trip with its visits, a visit outside any trip, or an event not tied to one of their visits. */
export type TimelineEntry<D extends AnyDataset = BundledDataset> =
  | { type: 'trip'; id: string; start: string; end: string; trip: TripIn<D>; visits: readonly VisitIn<D>[] }
  | { type: 'visit'; id: string; start: string; end: string; visit: VisitIn<D> }
  | { type: 'event'; id: string; start: string; end: string; event: EventIn<D> };

/**
 * A person's travels and meetings in date order: each trip once (with its
 * visits in travel order), each visit outside a trip, and each event they
 * attended that none of their visits names (a call, a meeting at home).
 *
 * @param ds - the dataset
 * @param person - a person id
 * @param range - only entries overlapping these dates; `status` to include postponed or cancelled
 *   trips and visits (by default only travel that took place)
 * @throws {UnknownIdError} an unknown person id, with the nearest valid ones
 *
 * @example
 * import { getDataset, timeline } from 'diplomatic-visits';
 * for (const e of timeline(getDataset(), 'austin-lloyd-j')) console.log(e.start, e.type, e.id);
 * //=> ['2021-03-15 trip austin-lloyd-j-2021-03-15', '2023-11-01 visit austin-2023-11-01-id',
 * //    '2023-11-01 visit austin-2023-11-01-kr', '2023-11-09 trip austin-lloyd-j-2023-11-09']
 */
export function timeline<D extends AnyDataset = BundledDataset>(ds: D, person: PersonIdOf<D>, range: TravelRange = {}): readonly TimelineEntry<D>[] {
  checkOptions('range', range, TRAVEL_RANGE_KEYS);
  const index = indexOf(ds, statusIn(range), 'range.status');
  const id = checkPerson(index, 'person', person);
  const { from, to } = checkRange('range.', range);
  const out: TimelineEntry<AnyDataset>[] = [];
  const seenEvents = new Set<string>();
  const seenTrips = new Set<string>();
  for (const visit of index.visitsOfPerson(id)) {
    for (const e of visit.eventIds) seenEvents.add(e);
    if (visit.tripId !== undefined) {
      if (seenTrips.has(visit.tripId)) continue;
      seenTrips.add(visit.tripId);
      const trip = referenced(index.tripById, visit.tripId, 'trip', `visit "${visit.id}"`);
      if (overlaps(trip.start, trip.end, from, to)) {
        out.push({ type: 'trip', id: trip.id, start: trip.start, end: trip.end, trip, visits: [...index.visitsOfTrip(trip.id)] });
      }
    } else if (overlaps(visit.start, visit.end, from, to)) {
      out.push({ type: 'visit', id: visit.id, start: visit.start, end: visit.end, visit });
    }
  }
  for (const event of index.eventsOfPerson(id)) {
    if (!seenEvents.has(event.id) && overlaps(event.start, event.end, from, to)) {
      out.push({ type: 'event', id: event.id, start: event.start, end: event.end, event });
    }
  }
  return out.sort(byStart) as readonly TimelineEntry<D>[];
}
