import type { AnyDataset, BundledDataset, PersonIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { checkEvent } from '../_lib/validate.js';

/**
 * The people listed at an event, in the event's own order.
 *
 * @param ds - the dataset
 * @param eventId - an event id
 * @throws {UnknownIdError} an unknown event id, with the nearest valid ones
 *
 * @example
 * import { getDataset, participants } from 'diplomatic-visits';
 * participants(getDataset(), 'biden-xi-meeting-woodside-2023-11-15').map((p) => p.name);
 * //=> ['Joseph R. Biden', 'Xi Jinping']
 */
export function participants<D extends AnyDataset = BundledDataset>(ds: D, eventId: string): readonly PersonIn<D>[] {
  const index = indexOf(ds);
  const event = index.eventById.get(checkEvent(index, 'eventId', eventId))!;
  return event.participantIds.flatMap((id) => index.people.get(id) ?? []) as readonly PersonIn<D>[];
}
