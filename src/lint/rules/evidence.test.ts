import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
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
});
