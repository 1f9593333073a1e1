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
  // Large adversarial input: 50,000 curated stays, every quote at the 301-character edge.
  it('checks 50,000 curated stays with over-long quotes quickly', { timeout: 60_000 }, () => {
    const data = addIdenticalStays(validContent(), 50_000);
    for (const v of data.visits) if (v.id.startsWith('stay-')) v.provenance[0]!.quote = `${'x'.repeat(300)}\n`;
    const problems = evidence.check(data);
    expect(problems).toHaveLength(50_000);
    expect(problems.every((p) => p.message === 'quote has 301 characters: expected at most 300')).toBe(true);
  });
});
