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
      for (const p of e.provenance) if (p.recordIds !== undefined) for (const r of p.recordIds) named.add(r);
      if (e.derivedBy !== undefined) for (const r of e.derivedBy.recordIds) named.add(r);
    }
    for (const l of data.issueLinks) if (l.derivedBy !== undefined) for (const r of l.derivedBy.recordIds) named.add(r);
    const byRecord = new Map<string, Visit>();
    // Built on first use: only an issue link quoting an official dataset needs them.
    let visitIndex: ReadonlyMap<string, Visit> | undefined;
    let tripIndex: Map<string, DatasetContent['trips'][number]> | undefined;
    const visitById = { get: (id: string) => (visitIndex ??= visitsById(data)).get(id) };
    const tripById = { get: (id: string) => (tripIndex ??= new Map(data.trips.map((t) => [t.id, t]))).get(id) };
    let attending: Map<string, Visit[]> | undefined;
    const attendingEvent = (id: string): readonly Visit[] => {
      if (!attending) {
        attending = new Map();
        for (const v of data.visits) {
          for (const e of v.eventIds) {
            const listed = attending.get(e);
            if (listed) listed.push(v);
            else attending.set(e, [v]);
          }
        }
      }
      return attending.get(id) ?? [];
    };
    const fail = (collection: CollectionName, id: string, field: string, message: string) => problems.push({ rule: this.name, collection, id, field, message });
    // The field path and the message are written only for a quote that fails.
    const checkQuote = (collection: CollectionName, id: string, list: 'provenance' | 'evidence', i: number, sourceId: string, quote: string, visits: readonly (Visit | undefined)[]) => {
      for (let k = 0; k < visits.length; k++) {
        const v = visits[k];
        if (v !== undefined && v.remarks !== undefined && v.remarks.includes(quote)) return;
      }
      const held = visits.filter((v): v is Visit => v !== undefined);
      const where = held.length ? held.map((v) => v.id).join(', ') : 'no visit';
      fail(collection, id, `${list}[${i}].quote`, `quotes "${sourceId}", but the quote is not verbatim in the remarks of ${where}: expected text from the official record's remarks (${JSON.stringify(quote.slice(0, 60))}${quote.length > 60 ? '…' : ''})`);
    };
    const checkRecords = (collection: CollectionName, id: string, recordIds: readonly string[]) => {
      for (let i = 0; i < recordIds.length; i++) {
        if (!byRecord.has(recordIds[i]!)) fail(collection, id, `derivedBy.recordIds[${i}]`, `"${recordIds[i]}" is held by no visit: expected an official record of the dataset`);
      }
    };

    // One pass over the visits, in plain loops (it runs once, in a fresh process, before V8 optimises it):
    // the records named above mapped to the last visit that holds each, and each visit's own quotes checked.
    const visits = data.visits;
    const mapRecords = named.size > 0;
    for (let k = 0; k < visits.length; k++) {
      const v = visits[k]!;
      const provenance = v.provenance;
      for (let i = 0; i < provenance.length; i++) {
        const p = provenance[i]!;
        if (mapRecords && p.recordIds !== undefined) for (let j = 0; j < p.recordIds.length; j++) if (named.has(p.recordIds[j]!)) byRecord.set(p.recordIds[j]!, v);
        if (p.quote !== undefined && official.has(p.sourceId)) checkQuote('visits', v.id, 'provenance', i, p.sourceId, p.quote, [v]);
      }
      const counterparts = v.counterparts;
      if (counterparts === undefined) continue;
      for (let i = 0; i < counterparts.length; i++) {
        const c = counterparts[i]!;
        const resolved = c.personId !== undefined;
        const text = resolved ? c.quote : c.name;
        if (resolved ? c.quote === undefined || c.name !== undefined || c.title !== undefined : c.name === undefined || c.quote !== undefined) {
          fail('visits', v.id, `counterparts[${i}]`, 'expected either personId with quote, or name (with an optional title), not both');
        } else if (v.remarks === undefined || !v.remarks.includes(text!)) {
          fail('visits', v.id, `counterparts[${i}].${resolved ? 'quote' : 'name'}`, `is not verbatim in the visit's remarks: expected the words of the remarks that name the person met (${JSON.stringify(text!.slice(0, 60))})`);
        }
      }
    }
    for (const e of data.events) {
      for (let i = 0; i < e.provenance.length; i++) {
        const p = e.provenance[i]!;
        if (p.quote === undefined || !official.has(p.sourceId)) continue;
        const visits = p.recordIds !== undefined && p.recordIds.length > 0 ? p.recordIds.map((r) => byRecord.get(r)) : attendingEvent(e.id);
        checkQuote('events', e.id, 'provenance', i, p.sourceId, p.quote, visits);
      }
      if (e.derivedBy !== undefined) checkRecords('events', e.id, e.derivedBy.recordIds);
    }
    for (const l of data.issueLinks) {
      for (let i = 0; i < l.evidence.length; i++) {
        const ev = l.evidence[i]!;
        if (!official.has(ev.sourceId)) continue;
        const s = l.subject;
        const visits =
          s.type === 'visit' ? [visitById.get(s.id)] : s.type === 'trip' ? (tripById.get(s.id)?.visitIds ?? []).map((x) => visitById.get(x)) : attendingEvent(s.id);
        checkQuote('issueLinks', l.id, 'evidence', i, ev.sourceId, ev.quote, visits);
      }
      if (l.derivedBy !== undefined) checkRecords('issueLinks', l.id, l.derivedBy.recordIds);
    }
    return problems;
  },
};
