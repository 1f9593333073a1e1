import type { Fix, Problem, Rule } from '../types.js';
import type { DatasetContent } from '../../schemas/dataset.js';
import { visitsById } from '../shared.js';

type Visit = DatasetContent['visits'][number];

/** Travel order: by start, then end (ISO dates compare as strings). */
const travelOrder = (a: Visit, b: Visit) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0);

/** A trip lists its traveller's visits once each, in travel order, inside the trip's dates. */
export const tripOrder: Rule = {
  name: 'trip-order',
  severity: 'error',
  description: "A trip's visits belong to its traveller, are in travel order, lie inside its dates and belong to no other trip.",
  check(data) {
    const problems: Problem[] = [];
    const visits = visitsById(data);
    const owner = new Map<string, string>();
    // The field path is written only for a visit that fails: this runs on every visit of every trip.
    const failAt = (trip: string, i: number, message: string, fixable = false) => problems.push({ rule: this.name, collection: 'trips', id: trip, field: `visitIds[${i}]`, message, ...(fixable ? { fixable: true as const } : {}) });
    // Plain loops: this runs once, in a fresh process, before V8 optimises it.
    const trips = data.trips;
    for (let k = 0; k < trips.length; k++) {
      const trip = trips[k]!;
      const visitIds = trip.visitIds;
      let previous: { start: string; end: string; id: string } | undefined;
      for (let i = 0; i < visitIds.length; i++) {
        const visitId = visitIds[i]!;
        const other = owner.get(visitId);
        if (other !== undefined) failAt(trip.id, i, `visit "${visitId}" is already in trip "${other}": expected a visit in at most one trip`);
        owner.set(visitId, trip.id);
        const visit = visits.get(visitId);
        if (visit === undefined) continue; // reported by the references rule
        if (visit.traveler.personId !== trip.personId) {
          failAt(trip.id, i, `visit "${visitId}" is by ${visit.traveler.personId ?? visit.traveler.name}: expected a visit by ${trip.personId}`);
        }
        if (visit.start < trip.start || visit.end > trip.end) {
          failAt(trip.id, i, `visit "${visitId}" (${visit.start}..${visit.end}) lies outside the trip (${trip.start}..${trip.end}): expected it inside`);
        }
        if (previous !== undefined && (visit.start < previous.start || (visit.start === previous.start && visit.end < previous.end))) {
          failAt(trip.id, i, `visit "${visitId}" (${visit.start}) comes before "${previous.id}" (${previous.start}): expected travel order`, true);
        }
        previous = visit;
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
