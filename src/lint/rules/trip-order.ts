import type { Fix, Problem, Rule } from '../types.js';
import type { DatasetContent } from '../../schemas/dataset.js';
import { listedVisits } from '../shared.js';

type Visit = DatasetContent['visits'][number];
type Trip = DatasetContent['trips'][number];

/** Travel order: by start, then end (ISO dates compare as strings). */
const travelOrder = (a: Visit, b: Visit) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0);

/** Out of travel order: a visit starts before the previous one, or the same day and ends before it. (Dates, not visits: visits come in many shapes.) */
const outOfOrder = (previousStart: string, previousEnd: string, start: string, end: string) => start < previousStart || (start === previousStart && end < previousEnd);

/** The problems of the i-th visit a trip lists (`other`: the trip that listed it before; `visit` undefined when no visit has the id). */
function reportListing(problems: Problem[], rule: string, trip: Trip, i: number, other: string | undefined, visit: Visit | undefined, previous: Visit | undefined): void {
  const visitId = trip.visitIds[i]!;
  const failAt = (message: string, fixable = false) => problems.push({ rule, collection: 'trips', id: trip.id, field: `visitIds[${i}]`, message, ...(fixable ? { fixable: true as const } : {}) });
  if (other !== undefined) failAt(`visit "${visitId}" is already in trip "${other}": expected a visit in at most one trip`);
  if (visit === undefined) return; // reported by the references rule
  if (visit.traveler.personId !== trip.personId) {
    failAt(`visit "${visitId}" is by ${visit.traveler.personId ?? visit.traveler.name}: expected a visit by ${trip.personId}`);
  }
  if (visit.start < trip.start || visit.end > trip.end) {
    failAt(`visit "${visitId}" (${visit.start}..${visit.end}) lies outside the trip (${trip.start}..${trip.end}): expected it inside`);
  }
  if (previous !== undefined && outOfOrder(previous.start, previous.end, visit.start, visit.end)) {
    failAt(`visit "${visitId}" (${visit.start}) comes before "${previous.id}" (${previous.start}): expected travel order`, true);
  }
}

/** A trip lists its traveller's visits once each, in travel order, inside the trip's dates. */
export const tripOrder: Rule = {
  name: 'trip-order',
  severity: 'error',
  description: "A trip's visits belong to its traveller, are in travel order, lie inside its dates and belong to no other trip.",
  check(data) {
    const problems: Problem[] = [];
    const listed = listedVisits(data); // the visit of the n-th id the trips list, at n
    let n = 0;
    const owner = new Map<string, string>();
    // Plain loops that only test, the problems of a listed visit written by reportListing: this runs on every
    // visit of every trip, once, in a fresh process, before V8 optimises it.
    const trips = data.trips;
    for (let k = 0; k < trips.length; k++) {
      const trip = trips[k]!;
      const { id, personId, start, end, visitIds } = trip;
      let previous: Visit | undefined;
      for (let i = 0; i < visitIds.length; i++) {
        const visitId = visitIds[i]!;
        const other = owner.get(visitId);
        owner.set(visitId, id);
        const visit = listed[n++];
        if (
          other !== undefined ||
          (visit !== undefined &&
            (visit.traveler.personId !== personId || visit.start < start || visit.end > end || (previous !== undefined && outOfOrder(previous.start, previous.end, visit.start, visit.end))))
        ) {
          reportListing(problems, this.name, trip, i, other, visit, previous);
        }
        if (visit !== undefined) previous = visit; // a missing visit is reported by the references rule
      }
    }
    const all = data.visits;
    for (let k = 0; k < all.length; k++) {
      const visit = all[k]!;
      const listedIn = owner.get(visit.id);
      if (visit.tripId !== listedIn) {
        problems.push({
          rule: this.name, collection: 'visits', id: visit.id, field: 'tripId',
          message: listedIn
            ? `tripId is ${visit.tripId ?? 'missing'}: expected "${listedIn}", the trip that lists this visit`
            : `tripId is "${visit.tripId}" but that trip does not list this visit: expected the trip to list it, or no tripId`,
        });
      }
    }
    return problems;
  },
  // Putting a trip's visits in travel order is mechanical once every one of
  // them is known; which visits belong to a trip is the curator's call.
  fix(records, data) {
    const fixes: Fix[] = [];
    const visits = new Map(data.visits.map((v) => [v.id, v]));
    for (const trip of records.trips ?? []) {
      const listed = trip.visitIds.map((id) => visits.get(id));
      if (listed.some((v) => v === undefined)) continue;
      // A stable sort: visits of the same dates keep the curator's order.
      const sorted = (listed as Visit[]).slice().sort(travelOrder).map((v) => v.id);
      if (sorted.every((id, i) => id === trip.visitIds[i])) continue;
      fixes.push({ rule: this.name, collection: 'trips', id: trip.id, field: 'visitIds', before: trip.visitIds, after: sorted });
      trip.visitIds = sorted;
    }
    return fixes;
  },
};
