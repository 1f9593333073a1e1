import type { AnyDataset, BundledDataset, Discrepancy, DiscrepancyIn, DiscrepancySubject } from '../_lib/records.js';
import { compareIds } from '../../util/canonical.js';
import { indexOf } from '../_lib/dataset-index.js';
import { resolveSubject } from '../_lib/subject.js';
import { checkLink, checkOptions, checkPerson } from '../_lib/validate.js';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { suggest } from '../../util/suggest.js';

/** What to list discrepancies about: a trip, visit, event, source, person or issue link, or an id of a trip, visit or event. */
export type DiscrepancySubjectRef = DiscrepancySubject | string;

/**
 * Where sources disagree, or an official record is wrong or incomplete: all
 * of them, or those about one subject, by id. For a trip, visit or event this
 * includes those about the sources it cites (its provenance, its issue links'
 * evidence) and about its issue links; for a trip, also those of its visits and
 * their events; for a visit, those of its events.
 *
 * @param ds - the dataset
 * @param subject - `{ type, id }` or an id naming one trip, visit or event; omit for all
 * @throws {UnknownIdError} an unknown id, with the nearest valid ones
 *
 * @example
 * import { getDataset, discrepancies } from 'diplomatic-visits';
 * discrepancies(getDataset(), { type: 'trip', id: 'blinken-antony-j-2021-03-15' }).map((d) => d.id);
 * //=> ['blinken-2021-03-alaska-stop-outside-official-records']
 */
export function discrepancies<D extends AnyDataset = BundledDataset>(ds: D, subject?: DiscrepancySubjectRef): readonly DiscrepancyIn<D>[] {
  // About records, not travel: a postponed trip's discrepancies are found too.
  const index = indexOf(ds, 'all');
  if (subject === undefined) return [...index.ds.discrepancies].sort((a, b) => compareIds(a.id, b.id));
  const keys: [string, string][] = [];
  if (typeof subject !== 'string') checkOptions('subject', subject, ['type', 'id']);
  const type = typeof subject === 'object' && subject !== null ? (subject as { type?: unknown }).type : undefined;
  if (type === 'source' || type === 'person' || type === 'issue-link') {
    const id = (subject as DiscrepancySubject).id;
    if (type === 'person') checkPerson(index, 'subject.id', id);
    else if (type === 'issue-link') checkLink(index, 'subject.id', id);
    else if (typeof id !== 'string' || !index.sources.has(id)) {
      if (typeof id !== 'string' || id.trim() === '') throw new InvalidArgumentError('subject.id', 'a source id such as "hsg-travels"', id);
      throw new UnknownIdError('subject.id', 'source', String(id), suggest(String(id), [...index.sources.keys()].map((s) => ({ id: s }))), 'a source id');
    }
    keys.push([type, id]);
  } else {
    if (type !== undefined && type !== 'trip' && type !== 'visit' && type !== 'event') {
      throw new InvalidArgumentError('subject.type', "'trip', 'visit', 'event', 'source', 'person' or 'issue-link'", type);
    }
    const resolved = resolveSubject(index, 'subject', subject);
    // What the subject is made of: a trip, its visits and their events; a visit and its events; an event.
    const parts: [type: 'trip' | 'visit' | 'event', id: string, provenance: readonly { sourceId: string }[] | undefined][] = [];
    const addEvent = (id: string) => parts.push(['event', id, index.eventById.get(id)?.provenance]);
    if (resolved.type === 'trip') {
      parts.push(['trip', resolved.id, index.tripById.get(resolved.id)!.provenance]);
      for (const v of index.visitsOfTrip(resolved.id)) {
        parts.push(['visit', v.id, v.provenance]);
        v.eventIds.forEach(addEvent);
      }
    } else if (resolved.type === 'visit') {
      const v = index.visitById.get(resolved.id)!;
      parts.push(['visit', v.id, v.provenance]);
      v.eventIds.forEach(addEvent);
    } else addEvent(resolved.id);
    // Each part, the sources its provenance cites, its issue links and the sources of their evidence.
    for (const [t, id, provenance] of parts) {
      keys.push([t, id]);
      for (const p of provenance ?? []) keys.push(['source', p.sourceId]);
      for (const link of index.linksOf(t, id)) {
        keys.push(['issue-link', link.id]);
        for (const e of link.evidence) keys.push(['source', e.sourceId]);
      }
    }
  }
  const found = new Set<Discrepancy>();
  for (const [t, id] of keys) for (const d of index.discrepanciesOf(t, id)) found.add(d);
  return [...found].sort((a, b) => compareIds(a.id, b.id));
}
