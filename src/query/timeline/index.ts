import type { AnyDataset, BundledDataset, EventIn, PersonIdOf, Trip, TripIn, Visit, VisitIn } from '../_lib/records.js';
import { byStart, indexOf, referenced, type DatasetIndex } from '../_lib/dataset-index.js';
import { overlapping } from '../_lib/overlapping.js';
import { checkOptions, checkPerson, checkRange, TRAVEL_RANGE_KEYS, type TravelRange } from '../_lib/validate.js';
import { statusIn } from '../_lib/status.js';

/** One entry of a person's timeline: a trip with its visits, a visit outside any trip, or an event not tied to one of their visits. */
export type TimelineEntry<D extends AnyDataset = BundledDataset> =
  | { type: 'trip'; id: string; start: string; end: string; trip: TripIn<D>; visits: readonly VisitIn<D>[] }
  | { type: 'visit'; id: string; start: string; end: string; visit: VisitIn<D> }
  | { type: 'event'; id: string; start: string; end: string; event: EventIn<D> };

/** A trip of the person's (with its visits, in travel order), or a visit outside any trip. */
interface Stop { readonly start: string; readonly end: string; readonly id: string; readonly trip?: Trip; readonly visits?: readonly Visit[]; readonly visit?: Visit }

/** Per index and person: their trips and tripless visits in start order, and the events their visits name. */
const stopsByIndex = new WeakMap<DatasetIndex, Map<string, { stops: readonly Stop[]; namedEvents: ReadonlySet<string> }>>();

/**
 * Each trip once (reached through the person's visits) and each visit outside
 * a trip, sorted (stably) by start then id, and the events the person's visits
 * name: made once per person, so a range then costs what it holds. The stable
 * sort keeps ties in visit order, so sorting a range's entries again gives the
 * order a pass over the visits would.
 */
function stopsOf(index: DatasetIndex, id: string): { stops: readonly Stop[]; namedEvents: ReadonlySet<string> } {
  let byPerson = stopsByIndex.get(index);
  if (!byPerson) stopsByIndex.set(index, (byPerson = new Map()));
  let found = byPerson.get(id);
  if (!found) {
    const stops: Stop[] = [];
    const namedEvents = new Set<string>();
    const seenTrips = new Set<string>();
    for (const visit of index.visitsOfPerson(id)) {
      for (const e of visit.eventIds) namedEvents.add(e);
      if (visit.tripId !== undefined) {
        if (seenTrips.has(visit.tripId)) continue;
        seenTrips.add(visit.tripId);
        // Among the person's own trips first: a shipped file's trips are then not read whole for one timeline.
        const trip = index.tripOfPerson(id, visit.tripId) ?? referenced(index.tripById, visit.tripId, 'trip', `visit "${visit.id}"`);
        // The trip's visits looked up once here, not once per call (a lookup by a fresh key string each time).
        stops.push({ start: trip.start, end: trip.end, id: trip.id, trip, visits: index.visitsOfTrip(trip.id, trip) });
      } else stops.push({ start: visit.start, end: visit.end, id: visit.id, visit });
    }
    byPerson.set(id, (found = { stops: stops.sort(byStart), namedEvents }));
  }
  return found;
}

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
  const { stops, namedEvents } = stopsOf(index, id);
  // Both lists are in start order: a range cuts them by binary search, so a month costs what it holds,
  // and the two are merged rather than sorted (a stop before an event on a tie, as a stable sort of stops then events).
  const mine = overlapping(stops, from, to);
  const events = overlapping(index.eventsOfPerson(id), from, to);
  const out: TimelineEntry<AnyDataset>[] = [];
  let e = 0;
  const nextEvent = () => {
    while (e < events.length && namedEvents.has(events[e]!.id)) e++;
    return events[e];
  };
  for (let s = 0; s <= mine.length; s++) {
    const stop = mine[s];
    for (let event = nextEvent(); event && (!stop || byStart(event, stop) < 0); event = nextEvent()) {
      out.push({ type: 'event', id: event.id, start: event.start, end: event.end, event });
      e++;
    }
    if (!stop) break;
    const { trip, visit } = stop;
    if (trip) out.push({ type: 'trip', id: trip.id, start: trip.start, end: trip.end, trip, visits: [...stop.visits!] });
    else out.push({ type: 'visit', id: visit!.id, start: visit!.start, end: visit!.end, visit: visit! });
  }
  return out as readonly TimelineEntry<D>[];
}
