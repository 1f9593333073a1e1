import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addIdenticalStays } from '../../../tests/fixtures/hostile-data.js';
import { evidence } from './evidence.js';

describe('evidence', () => {
  it('passes records with quotes or official record ids', () => {
    expect(evidence.check(validContent())).toEqual([]);
  });
  it('reports an empty quote', () => {
    const data = validContent();
    data.issueLinks[0]!.evidence[0]!.quote = '   ';
    expect(evidence.check(data)).toMatchObject([{ collection: 'issueLinks', id: 'link-1', field: 'evidence[0].quote', message: expect.stringMatching(/empty/) }]);
  });
  it('reports a quote over 300 characters', () => {
    const data = validContent();
    data.visits[2]!.provenance[0]!.quote = 'x'.repeat(301);
    expect(evidence.check(data)).toMatchObject([{ collection: 'visits', field: 'provenance[0].quote', message: 'quote has 301 characters: expected at most 300' }]);
  });
  it('reports a curated visit with no evidence at all', () => {
    const data = validContent();
    data.visits[2]!.provenance = [{ sourceId: 'article-a' }];
    expect(evidence.check(data)).toMatchObject([{ collection: 'visits', id: 'austin-2021-03-15-jp', field: 'provenance' }]);
  });
  it('asks whether a visit is official only of one without evidence', () => {
    const data = validContent();
    // A curated visit that cites an official record, as official visits do, rests on it.
    data.visits[2]!.provenance = [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-1'] }];
    expect(evidence.check(data)).toEqual([]);
    // Empty record ids are no evidence, for an official visit (not asked) or a curated one.
    data.visits[0]!.provenance = [{ sourceId: 'hsg-travels', recordIds: [] }];
    data.visits[2]!.provenance = [{ sourceId: 'hsg-travels', recordIds: [] }, { sourceId: 'article-a' }];
    expect(evidence.check(data)).toMatchObject([{ collection: 'visits', id: 'austin-2021-03-15-jp', field: 'provenance' }]);
    // A second entry is checked too: its quote, and that it is evidence.
    data.visits[2]!.provenance = [{ sourceId: 'hsg-travels', recordIds: [] }, { sourceId: 'article-a', quote: 'Austin in Tokyo ' }];
    expect(evidence.check(data)).toMatchObject([{ collection: 'visits', id: 'austin-2021-03-15-jp', field: 'provenance[1].quote', fixable: true }]);
  });
  // Large adversarial input: 50,000 curated stays, every quote at the 301-character edge.
  it('checks 50,000 curated stays with over-long quotes quickly', { timeout: 60_000 }, () => {
    const data = addIdenticalStays(validContent(), 50_000);
    for (const v of data.visits) if (v.id.startsWith('stay-')) v.provenance[0]!.quote = `${'x'.repeat(300)}\n`;
    const problems = evidence.check(data);
    expect(problems).toHaveLength(50_000);
    expect(problems.every((p) => p.message === 'quote has 301 characters: expected at most 300')).toBe(true);
  });

  it('marks an untrimmed quote fixable', () => {
    const data = validContent();
    data.trips[0]!.provenance![0]!.quote = ' Blinken is heading to Asia\t';
    expect(evidence.check(data)).toEqual([
      { rule: 'evidence', collection: 'trips', id: 'blinken-antony-j-2021-03-15', field: 'provenance[0].quote', message: 'quote starts or ends with white space: expected it trimmed', fixable: true },
    ]);
  });

  describe('fixer', () => {
    it('trims quotes wherever a curated file holds them, and a second run changes nothing', () => {
      const data = validContent();
      data.trips[0]!.provenance![0]!.quote = ' Blinken is heading to Asia\n';
      data.issueLinks[0]!.evidence[0]!.quote = '\u00a0military channels ';
      data.visits[2]!.provenance[0]!.quote = 'Austin will hold talks in Tokyo  ';
      const annotations = [{ visitId: 'hsg-travel-1', evidence: [{ sourceId: 'article-a', quote: ' Blinken in Tokyo' }] }];
      const records = { ...data, visitAnnotations: annotations };
      expect(evidence.fix!(records, data)).toEqual([
        { rule: 'evidence', collection: 'visits', id: 'austin-2021-03-15-jp', field: 'provenance[0].quote', before: 'Austin will hold talks in Tokyo  ', after: 'Austin will hold talks in Tokyo' },
        { rule: 'evidence', collection: 'visitAnnotations', id: 'hsg-travel-1', field: 'evidence[0].quote', before: ' Blinken in Tokyo', after: 'Blinken in Tokyo' },
        { rule: 'evidence', collection: 'trips', id: 'blinken-antony-j-2021-03-15', field: 'provenance[0].quote', before: ' Blinken is heading to Asia\n', after: 'Blinken is heading to Asia' },
        { rule: 'evidence', collection: 'issueLinks', id: 'link-1', field: 'evidence[0].quote', before: '\u00a0military channels ', after: 'military channels' },
      ]);
      expect(data.trips[0]!.provenance![0]!.quote).toBe('Blinken is heading to Asia');
      expect(annotations[0]!.evidence[0]!.quote).toBe('Blinken in Tokyo');
      expect(evidence.check(data)).toEqual([]);
      expect(evidence.fix!(records, data)).toEqual([]);
      expect(data).toEqual(validContent());
    });
    it('leaves an empty quote and one across a line break to the curator', () => {
      const data = validContent();
      data.issueLinks[0]!.evidence[0]!.quote = '   ';
      data.visits[2]!.provenance[0]!.quote = 'Austin will hold\ntalks';
      expect(evidence.fix!(data, data)).toEqual([]);
      expect(evidence.check(data).map((p) => p.fixable)).toEqual([undefined, undefined]);
    });
  });
});
