import type { AnyDataset, BundledDataset, Dataset, Event, EventIn, PersonIdOf, PersonIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { overlaps } from '../../util/dates.js';
import { checkOptions, checkPerson, checkRange, type DateRange } from '../_lib/validate.js';

/** A person met, and the events where. */
export interface Counterpart<D extends AnyDataset = BundledDataset> {
  person: PersonIn<D>;
  /** The shared events, by start date. */
  events: readonly EventIn<D>[];
}

/**
 * The people a person met at events (listed together at an event the person
 * attended), most events first, then by id.
 *
 * @param ds - the dataset
 * @param personId - whose counterparts
 * @param range - only events overlapping these dates
 * @throws {UnknownIdError} an unknown person id, with the nearest valid ones
 * @throws {InvalidArgumentError} a malformed date or a reversed range
 *
 * @example
 * import { getDataset, counterparts } from 'diplomatic-visits';
 * counterparts(getDataset(), 'blinken-antony-j', { from: '2023-01-01', to: '2023-12-31' })
 *   .map((c) => `${c.person.name} ×${c.events.length}`);
 */
export function counterparts<D extends AnyDataset = BundledDataset>(ds: D, personId: PersonIdOf<D>, range: DateRange = {}): readonly Counterpart<D>[] {
  checkOptions('range', range, ['from', 'to']);
  const index = indexOf(ds);
  const me = checkPerson(index, 'personId', personId);
  const { from, to } = checkRange('range.', range);
  const met = new Map<string, Event[]>();
  for (const event of index.eventsOfPerson(me)) {
    if (!overlaps(event.start, event.end, from, to)) continue;
    for (const other of event.participantIds) {
      if (other === me) continue;
      const list = met.get(other);
      if (list) list.push(event);
      else met.set(other, [event]);
    }
  }
  const out: Counterpart<AnyDataset>[] = [];
  for (const [id, events] of met) {
    const person = index.people.get(id);
    if (person) out.push({ person, events });
  }
  return (out as unknown as Counterpart<D>[]).sort((a, b) => b.events.length - a.events.length || (a.person.id < b.person.id ? -1 : 1));
}
