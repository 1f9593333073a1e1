import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';
import type { Provenance } from '../../schemas/common.js';
import { listedVisits } from '../shared.js';

const OFFICIAL = /^hsg-(?:travel|visit)-\d+$/;

/**
 * A visit or trip that did not take place (`status` postponed or cancelled) is
 * data a source reports, never travel: it rests on a quote from a source other
 * than the official datasets (which list travel made), cites no official
 * record, holds no event, and shares its status with its trip, so no completed
 * trip counts a stop that was never made. The `unknown` date qualifier (the
 * dates were never given; start = end is the day by which a source reports it)
 * belongs to such records only, with a `dateNote` on the visit saying so.
 */
export const travelStatus: Rule = {
  name: 'travel-status',
  severity: 'error',
  description: 'A postponed or cancelled visit or trip rests on a quote from a non-official source, cites no official record, holds no event and shares its status with its trip; the `unknown` date qualifier is for such records only.',
  check(data) {
    const problems: Problem[] = [];
    const official = new Set(data.sources.filter((s) => s.kind === 'official-dataset' || s.kind === 'official-record').map((s) => s.id));
    const statusOf = (r: { status?: string }) => (r.status === undefined ? 'completed' : r.status);
    const fail = (collection: CollectionName, id: string, field: string, message: string) => problems.push({ rule: this.name, collection, id, field, message });

    const checkRecord = (collection: CollectionName, id: string, r: { status?: string; start: string; end: string; dateQualifier?: string; provenance?: readonly Provenance[] }) => {
      const status = statusOf(r);
      if (status === 'completed') {
        if (r.dateQualifier === 'unknown') fail(collection, id, 'dateQualifier', 'dates "unknown" on a record of travel that took place: expected a status (postponed, cancelled), or "undated" with the window the stay falls in');
        return;
      }
      if (OFFICIAL.test(id)) fail(collection, id, 'status', `an official record marked ${status}: the official records list travel that took place`);
      const provenance = r.provenance ?? [];
      if (!provenance.some((p) => p.quote !== undefined && !official.has(p.sourceId))) {
        fail(collection, id, 'provenance', `${status} without a quote from a source that reports it: expected evidence for the status`);
      }
      provenance.forEach((p, i) => {
        if ((p.recordIds?.length ?? 0) > 0) fail(collection, id, `provenance[${i}].recordIds`, `a ${status} record cites official records, which list travel that took place: expected the source that reports the ${status === 'postponed' ? 'postponement' : 'cancellation'}`);
      });
      if (r.dateQualifier === 'unknown' && r.start !== r.end) fail(collection, id, 'end', `dates "unknown" span ${r.start}..${r.end}: expected start = end, the day by which the source reports it`);
    };

    // Plain loops, a visit that took place with known dates passed at once: this runs on every visit and every
    // trip's visits, once, in a fresh process, before V8 optimises it.
    const all = data.visits;
    for (let k = 0; k < all.length; k++) {
      const v = all[k]!;
      if ((v.status === undefined || v.status === 'completed') && v.dateQualifier !== 'unknown') continue;
      checkRecord('visits', v.id, v);
      if (statusOf(v) !== 'completed') {
        if (v.eventIds.length > 0) fail('visits', v.id, 'eventIds', `a ${statusOf(v)} visit lists events (${v.eventIds.join(', ')}): expected none, as it did not take place`);
        if (v.dateQualifier === 'unknown' && v.dateNote === undefined) fail('visits', v.id, 'dateNote', 'dates "unknown" without a dateNote: expected a note saying the dates are unknown and what start = end stands for');
      }
    }
    const listed = listedVisits(data); // the visit of the n-th id the trips list, at n
    let n = 0;
    for (const t of data.trips) {
      checkRecord('trips', t.id, t);
      const tripStatus = statusOf(t);
      const visitIds = t.visitIds;
      for (let i = 0; i < visitIds.length; i++) {
        const visit = listed[n++];
        if (visit === undefined) continue; // the `references` rule's to report
        const status = statusOf(visit);
        if (status !== tripStatus) {
          fail('trips', t.id, `visitIds[${i}]`, `visit "${visitIds[i]}" is ${status} but the trip is ${tripStatus}: expected the same status (a trip that took place counts only stops that did)`);
        }
      }
    }
    return problems;
  },
};
