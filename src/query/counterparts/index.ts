import type { AnyDataset, BundledDataset, Dataset, Event, EventIn, PersonIdOf, PersonIn, Visit, VisitIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { overlapping } from '../_lib/overlapping.js';
import { checkOptions, checkPerson, checkRange, TRAVEL_RANGE_KEYS, type TravelRange } from '../_lib/validate.js';
import { statusIn } from '../_lib/status.js';

/** A person met, and the events and visits where. */
export interface Counterpart<D extends AnyDataset = BundledDataset> {
  person: PersonIn<D>;
  /** The shared events, by start date. */
  events: readonly EventIn<D>[];
  /**
   * The official visits whose remarks say the two met ("Met with Prime
   * Minister Prodi"), by start date: the person's own visits naming the
   * counterpart, and the counterpart's visits naming the person. Derived from
   * the remarks (each visit's `counterparts`, rule `met-with`).
   */
  visits: readonly VisitIn<D>[];
  /**
   * true where every fact behind the meeting is derived from the official
   * remarks (derived counterparts, events with `derivedBy`); false where a
   * curated event lists both.
   */
  derived: boolean;
}

/**
 * The people a person met: listed together at an event the person attended,
 * or named as met in the remarks of a visit of either (derived counterparts).
 * Most meetings (events and visits) first, then by id.
 *
 * @param ds - the dataset
 * @param personId - whose counterparts
 * @param range - only events and visits overlapping these dates; `status` as in {@link visits}
 * @throws {UnknownIdError} an unknown person id, with the nearest valid ones
 * @throws {InvalidArgumentError} a malformed date or a reversed range
 *
 * @example
 * import { getDataset, counterparts } from 'diplomatic-visits';
 * counterparts(getDataset(), 'blinken-antony-j', { from: '2023-01-01', to: '2023-12-31' })
 *   .map((c) => `${c.person.name} ×${c.events.length + c.visits.length}`)
 *   .slice(0, 5);
 * //=> ['Isaac Herzog ×4', 'Benjamin Netanyahu ×4', 'Abdullah II ×2', 'Qin Gang ×2', 'Wang Yi ×2']
 */
export function counterparts<D extends AnyDataset = BundledDataset>(ds: D, personId: PersonIdOf<D>, range: TravelRange = {}): readonly Counterpart<D>[] {
  checkOptions('range', range, TRAVEL_RANGE_KEYS);
  const index = indexOf(ds, statusIn(range), 'range.status');
  const me = checkPerson(index, 'personId', personId);
  const { from, to } = checkRange('range.', range);
  const met = new Map<string, { events: Event[]; visits: Visit[] }>();
  const entry = (id: string) => {
    let e = met.get(id);
    if (!e) met.set(id, (e = { events: [], visits: [] }));
    return e;
  };
  // Each list is in start order: a range cuts it by binary search, so a year costs what that year holds.
  for (const event of overlapping(index.eventsOfPerson(me), from, to)) {
    for (const other of event.participantIds) if (other !== me) entry(other).events.push(event);
  }
  // Who the person met, by their own visits' remarks; who met the person, by the others'.
  // A visit that names someone twice is met once. Each visit's names are read together and each list
  // below holds a visit's copies side by side, so a repeat is the last visit pushed for that person: no
  // Set of pairs (whose keys, one string per pair, a big dataset pays for in garbage collection).
  // The two lists cannot share a pair: a visit in both is the person's own, naming themselves, skipped.
  const visit = (other: string | undefined, v: Visit) => {
    if (other === undefined || other === me) return;
    const list = entry(other).visits;
    if (list[list.length - 1] !== v) list.push(v);
  };
  for (const v of overlapping(index.visitsOfPerson(me), from, to)) {
    if (!v.counterparts) continue;
    for (const c of v.counterparts) visit(c.personId, v);
  }
  for (const v of overlapping(index.visitsMeeting(me), from, to)) visit(v.traveler.personId, v);

  const out: Counterpart<AnyDataset>[] = [];
  for (const [id, { events, visits }] of met) {
    const person = index.people.get(id);
    if (!person) continue;
    visits.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
    out.push({ person, events, visits, derived: events.every((e) => e.derivedBy !== undefined) });
  }
  const meetings = (c: Counterpart<AnyDataset>) => c.events.length + c.visits.length;
  return (out as unknown as Counterpart<D>[]).sort((a, b) => meetings(b) - meetings(a) || (a.person.id < b.person.id ? -1 : 1));
}
