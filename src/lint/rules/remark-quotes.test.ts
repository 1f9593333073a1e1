import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { remarkQuotes } from './remark-quotes.js';

/** The base content with remarks on hsg-travel-1 and derived facts quoting them. */
function withRemarks() {
  const data = validContent();
  data.visits[0]!.remarks = 'Attended the U.S.-Japan Security Consultative Committee meeting. Discussed North Korea with Foreign Minister Motegi.';
  data.events[0]!.provenance.push({ sourceId: 'hsg-travels', recordIds: ['hsg-travel-1'], quote: 'Attended the U.S.-Japan Security Consultative Committee meeting.' });
  data.events[0]!.derivedBy = { rule: 'attended-us-japan-2-plus-2', recordIds: ['hsg-travel-1'] };
  data.issueLinks.push({
    id: 'hsg-travel-1-north-korea',
    issueId: data.issueLinks[0]!.issueId,
    subject: { type: 'visit', id: 'hsg-travel-1' },
    relation: 'agenda',
    summary: 'Discussed North Korea.',
    evidence: [{ sourceId: 'hsg-travels', quote: 'Discussed North Korea with Foreign Minister Motegi.' }],
    derivedBy: { rule: 'discussed-north-korea', recordIds: ['hsg-travel-1'] },
  });
  return data;
}

describe('remark-quotes', () => {
  it('passes quotes that stand in the remarks of the records they name', () => {
    expect(remarkQuotes.check(validContent())).toEqual([]);
    expect(remarkQuotes.check(withRemarks())).toEqual([]);
  });
  it('reports an issue-link quote that is not in the subject visit’s remarks', () => {
    const data = withRemarks();
    data.issueLinks.at(-1)!.evidence[0]!.quote = 'Discussed Taiwan with Foreign Minister Motegi.';
    expect(remarkQuotes.check(data)).toMatchObject([
      { rule: 'remark-quotes', collection: 'issueLinks', id: 'hsg-travel-1-north-korea', field: 'evidence[0].quote', message: expect.stringMatching(/not verbatim in the remarks of hsg-travel-1/) },
    ]);
  });
  it('checks an event quote against the visit holding its record ids, not another visit', () => {
    const data = withRemarks();
    const p = data.events[0]!.provenance.at(-1)!;
    p.recordIds = ['hsg-travel-2'];
    expect(remarkQuotes.check(data)).toMatchObject([{ collection: 'events', field: `provenance[${data.events[0]!.provenance.length - 1}].quote`, message: expect.stringMatching(/hsg-travel-2/) }]);
  });
  it('reports derivedBy record ids no visit holds', () => {
    const data = withRemarks();
    data.issueLinks.at(-1)!.derivedBy!.recordIds = ['hsg-travel-99'];
    expect(remarkQuotes.check(data)).toMatchObject([{ collection: 'issueLinks', field: 'derivedBy.recordIds[0]', message: expect.stringMatching(/hsg-travel-99/) }]);
  });
  it('checks a counterpart quote against its own visit’s remarks', () => {
    const data = withRemarks();
    data.visits[0]!.counterparts = [
      { personId: 'motegi-toshimitsu', quote: 'Foreign Minister Motegi', rule: 'met-with' },
      { name: 'Motegi', title: 'Foreign Minister', rule: 'met-with' },
    ];
    expect(remarkQuotes.check(data)).toEqual([]);
    data.visits[0]!.counterparts[0]!.quote = 'Foreign Minister Hayashi';
    data.visits[0]!.counterparts[1]!.name = 'Hayashi';
    expect(remarkQuotes.check(data)).toMatchObject([
      { rule: 'remark-quotes', collection: 'visits', id: 'hsg-travel-1', field: 'counterparts[0].quote', message: expect.stringMatching(/not verbatim in the visit's remarks/) },
      { rule: 'remark-quotes', collection: 'visits', id: 'hsg-travel-1', field: 'counterparts[1].name', message: expect.stringMatching(/not verbatim in the visit's remarks/) },
    ]);
  });
  it('wants a person id with its quote, or a name, not both', () => {
    const data = withRemarks();
    data.visits[0]!.counterparts = [{ personId: 'motegi-toshimitsu', name: 'Motegi', quote: 'Foreign Minister Motegi', rule: 'met-with' }, { rule: 'met-with' }];
    expect(remarkQuotes.check(data).map((p) => p.field)).toEqual(['counterparts[0]', 'counterparts[1]']);
  });
  it('checks a quote with no record ids against every visit that lists the event, in data order', () => {
    const data = withRemarks();
    data.visits[2]!.remarks = 'Met the Prime Minister.';
    data.events[0]!.provenance.push({ sourceId: 'hsg-travels', quote: 'Met the Prime Minister.' });
    expect(remarkQuotes.check(data)).toEqual([]);
    data.events[0]!.provenance.at(-1)!.quote = 'Met the Emperor.';
    expect(remarkQuotes.check(data)).toMatchObject([
      { collection: 'events', id: 'tokyo-2-plus-2', field: 'provenance[2].quote', message: expect.stringMatching(/not verbatim in the remarks of hsg-travel-1, austin-2021-03-15-jp:/) },
    ]);
  });
  it('checks an issue link on a trip or an event against the remarks of its visits', () => {
    const data = withRemarks();
    const link = data.issueLinks.at(-1)!;
    link.subject = { type: 'trip', id: 'blinken-antony-j-2021-03-15' };
    expect(remarkQuotes.check(data)).toEqual([]);
    link.subject = { type: 'event', id: 'tokyo-2-plus-2' };
    expect(remarkQuotes.check(data)).toEqual([]);
    link.evidence[0]!.quote = 'Discussed Taiwan.';
    expect(remarkQuotes.check(data)).toMatchObject([{ collection: 'issueLinks', field: 'evidence[0].quote', message: expect.stringMatching(/remarks of hsg-travel-1, austin-2021-03-15-jp:/) }]);
  });
  it('reads a record id held by two visits as the last one\'s', () => {
    const data = withRemarks();
    data.visits[1]!.provenance[0]!.recordIds = ['hsg-travel-2', 'hsg-travel-1'];
    expect(remarkQuotes.check(data)).toMatchObject([{ collection: 'events', field: 'provenance[1].quote', message: expect.stringMatching(/remarks of hsg-travel-2:/) }]);
  });
  it('leaves quotes from other sources to verify:evidence', () => {
    const data = withRemarks();
    data.issueLinks.at(-1)!.evidence[0]!.sourceId = 'article-a';
    expect(remarkQuotes.check(data)).toEqual([]);
  });
});
