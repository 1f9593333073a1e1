import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';
import type { DatasetContent } from '../../schemas/dataset.js';
import { visitsById } from '../shared.js';

type Visit = DatasetContent['visits'][number];

/**
 * A quote that cites an official dataset (`hsg-travels`, `hsg-visits`) has no
 * source text to be checked against but the records' own remarks: it must
 * stand verbatim in the remarks of a visit that holds the records it names
 * (an event's provenance `recordIds`), or of the subject it is evidence for
 * (an issue link's visit; a trip's visits; the visits that list an event).
 * And a derived record's `derivedBy.recordIds` are records some visit holds.
 * A visit's derived counterparts quote its own remarks, verbatim: the quote of
 * a resolved one, the name of one kept as a name.
 */
export const remarkQuotes: Rule = {
  name: 'remark-quotes',
  severity: 'error',
  description: "A quote from an official dataset stands verbatim in the remarks of the visit(s) holding the records it rests on; a counterpart's quote or name, in its visit's remarks (and it holds one of personId+quote or name); derivedBy names records the dataset holds.",
  check(data) {
    const problems: Problem[] = [];
    // A source pinned by the sha256 of its text is checked against that text instead (verify:evidence).
    const official = new Set(data.sources.filter((s) => s.kind === 'official-dataset' && !s.textSha256).map((s) => s.id));
    // Only the records an event or a derived record names are looked up: those alone are mapped to their visit
    // (the last visit that holds one, as before), not every record of the ~7,500 official visits.
    const named = new Set<string>();
    for (const e of data.events) {
      for (const p of e.provenance) for (const r of p.recordIds ?? []) named.add(r);
      for (const r of e.derivedBy?.recordIds ?? []) named.add(r);
    }
    for (const l of data.issueLinks) for (const r of l.derivedBy?.recordIds ?? []) named.add(r);
    const byRecord = new Map<string, Visit>();
    if (named.size) for (const v of data.visits) for (const p of v.provenance) for (const r of p.recordIds ?? []) if (named.has(r)) byRecord.set(r, v);
    // Built on first use: only an issue link quoting an official dataset needs them.
    let visitIndex: ReadonlyMap<string, Visit> | undefined;
    let tripIndex: Map<string, DatasetContent['trips'][number]> | undefined;
    const visitById = { get: (id: string) => (visitIndex ??= visitsById(data)).get(id) };
    const tripById = { get: (id: string) => (tripIndex ??= new Map(data.trips.map((t) => [t.id, t]))).get(id) };
    let attending: Map<string, Visit[]> | undefined;
    const attendingEvent = (id: string): Visit[] => {
      if (!attending) {
        attending = new Map();
        for (const v of data.visits) for (const e of v.eventIds) attending.set(e, [...(attending.get(e) ?? []), v]);
      }
      return attending.get(id) ?? [];
    };
    const fail = (collection: CollectionName, id: string, field: string, message: string) => problems.push({ rule: this.name, collection, id, field, message });
    const checkQuote = (collection: CollectionName, id: string, field: string, sourceId: string, quote: string, visits: readonly (Visit | undefined)[]) => {
      const held = visits.filter((v): v is Visit => v !== undefined);
      if (held.some((v) => v.remarks?.includes(quote))) return;
      const where = held.length ? held.map((v) => v.id).join(', ') : 'no visit';
      fail(collection, id, field, `quotes "${sourceId}", but the quote is not verbatim in the remarks of ${where}: expected text from the official record's remarks (${JSON.stringify(quote.slice(0, 60))}${quote.length > 60 ? '…' : ''})`);
    };
    const checkRecords = (collection: CollectionName, id: string, recordIds: readonly string[] | undefined) => {
      (recordIds ?? []).forEach((r, i) => {
        if (!byRecord.has(r)) fail(collection, id, `derivedBy.recordIds[${i}]`, `"${r}" is held by no visit: expected an official record of the dataset`);
      });
    };

    for (const v of data.visits) {
      v.provenance.forEach((p, i) => {
        if (p.quote !== undefined && official.has(p.sourceId)) checkQuote('visits', v.id, `provenance[${i}].quote`, p.sourceId, p.quote, [v]);
      });
      v.counterparts?.forEach((c, i) => {
        const field = c.personId !== undefined ? 'quote' : 'name';
        const text = c.personId !== undefined ? c.quote : c.name;
        if (c.personId !== undefined ? c.quote === undefined || c.name !== undefined || c.title !== undefined : c.name === undefined || c.quote !== undefined) {
          fail('visits', v.id, `counterparts[${i}]`, 'expected either personId with quote, or name (with an optional title), not both');
        } else if (!v.remarks?.includes(text!)) {
          fail('visits', v.id, `counterparts[${i}].${field}`, `is not verbatim in the visit's remarks: expected the words of the remarks that name the person met (${JSON.stringify(text!.slice(0, 60))})`);
        }
      });
    }
    for (const e of data.events) {
      e.provenance.forEach((p, i) => {
        if (p.quote === undefined || !official.has(p.sourceId)) return;
        const visits = p.recordIds?.length ? p.recordIds.map((r) => byRecord.get(r)) : attendingEvent(e.id);
        checkQuote('events', e.id, `provenance[${i}].quote`, p.sourceId, p.quote, visits);
      });
      checkRecords('events', e.id, e.derivedBy?.recordIds);
    }
    for (const l of data.issueLinks) {
      l.evidence.forEach((ev, i) => {
        if (!official.has(ev.sourceId)) return;
        const s = l.subject;
        const visits =
          s.type === 'visit' ? [visitById.get(s.id)] : s.type === 'trip' ? (tripById.get(s.id)?.visitIds ?? []).map((x) => visitById.get(x)) : attendingEvent(s.id);
        checkQuote('issueLinks', l.id, `evidence[${i}].quote`, ev.sourceId, ev.quote, visits);
      });
      checkRecords('issueLinks', l.id, l.derivedBy?.recordIds);
    }
    return problems;
  },
};
