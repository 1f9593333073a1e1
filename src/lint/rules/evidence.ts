import type { EditableRecords, Fix, Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';
import type { Provenance } from '../../schemas/common.js';

const OFFICIAL = /^hsg-(?:travel|visit)-\d+$/;

/**
 * Every curated fact carries evidence: a verbatim quote (trimmed, on one line,
 * at most 300 characters) or the official record ids it rests on.
 */
export const evidence: Rule = {
  name: 'evidence',
  severity: 'error',
  description: 'Quotes are trimmed single-line text of 1-300 characters; every curated visit, trip and event rests on a quote or an official record.',
  check(data) {
    const problems: Problem[] = [];
    // The field path is written only for a quote that fails: this runs on every provenance entry and every piece of evidence.
    const checkQuote = (collection: CollectionName, id: string, list: 'provenance' | 'evidence', i: number, quote: string) => {
      const trimmed = quote.trim();
      if (trimmed === quote && quote.length > 0 && quote.length <= 300 && quote.indexOf('\n') < 0 && quote.indexOf('\r') < 0) return;
      const fail = (message: string, fixable = false) => problems.push({ rule: this.name, collection, id, field: `${list}[${i}].quote`, message, ...(fixable ? { fixable: true as const } : {}) });
      if (trimmed.length === 0) fail('quote is empty: expected verbatim text from the source');
      else if (quote.length > 300) fail(`quote has ${quote.length} characters: expected at most 300`);
      else if (quote !== trimmed) fail('quote starts or ends with white space: expected it trimmed', true);
      else if (/[\r\n]/.test(quote)) fail('quote spans a line break: expected text from one line of the source');
    };
    /** Checks the quotes of `provenance`; true when it holds a quote or official record ids. */
    const checkProvenance = (collection: CollectionName, id: string, provenance: readonly Provenance[]): boolean => {
      let evidenced = false;
      for (let i = 0; i < provenance.length; i++) {
        const p = provenance[i]!;
        if (p.quote !== undefined) {
          evidenced = true;
          checkQuote(collection, id, 'provenance', i, p.quote);
        } else if (p.recordIds !== undefined && p.recordIds.length > 0) evidenced = true;
      }
      return evidenced;
    };
    const unevidenced = (collection: CollectionName, id: string) => {
      problems.push({ rule: this.name, collection, id, field: 'provenance', message: 'no quote and no official record id: expected evidence for a curated record' });
    };
    // Whether a visit is official (its id) is asked only of a visit without evidence: official visits all cite their records.
    const visits = data.visits;
    for (let k = 0; k < visits.length; k++) {
      const v = visits[k]!;
      // Most visits are official: one provenance entry, no quote, its record ids. Passed without a call.
      const first = v.provenance.length === 1 ? v.provenance[0]! : undefined;
      if (first !== undefined && first.quote === undefined && first.recordIds !== undefined && first.recordIds.length > 0) continue;
      if (!checkProvenance('visits', v.id, v.provenance) && !OFFICIAL.test(v.id)) unevidenced('visits', v.id);
    }
    for (const t of data.trips) if (!checkProvenance('trips', t.id, t.provenance ?? []) && !t.derived) unevidenced('trips', t.id);
    for (const e of data.events) if (!checkProvenance('events', e.id, e.provenance)) unevidenced('events', e.id);
    for (const l of data.issueLinks) for (let i = 0; i < l.evidence.length; i++) checkQuote('issueLinks', l.id, 'evidence', i, l.evidence[i]!.quote);
    return problems;
  },
  // Trimming keeps a quote verbatim (a shorter passage of the same text); an
  // empty quote or one across a line break needs the curator, not a fixer.
  fix(records) {
    const fixes: Fix[] = [];
    const trim = (collection: keyof EditableRecords, id: string, field: string, holder: { quote?: string }) => {
      const quote = holder.quote;
      if (quote === undefined || quote === quote.trim() || quote.trim() === '') return;
      holder.quote = quote.trim();
      fixes.push({ rule: this.name, collection, id, field, before: quote, after: holder.quote });
    };
    for (const v of records.visits ?? []) v.provenance.forEach((p, i) => trim('visits', v.id, `provenance[${i}].quote`, p));
    for (const a of records.visitAnnotations ?? []) a.evidence.forEach((e, i) => trim('visitAnnotations', a.visitId, `evidence[${i}].quote`, e));
    for (const t of records.trips ?? []) t.provenance?.forEach((p, i) => trim('trips', t.id, `provenance[${i}].quote`, p));
    for (const e of records.events ?? []) e.provenance.forEach((p, i) => trim('events', e.id, `provenance[${i}].quote`, p));
    for (const l of records.issueLinks ?? []) l.evidence.forEach((e, i) => trim('issueLinks', l.id, `evidence[${i}].quote`, e));
    return fixes;
  },
};
