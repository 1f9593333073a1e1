import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyEvidence } from '../scripts/build/verify-evidence.js';
import { validContent } from './fixtures/lint-base.js';

const TEXT = 'Blinken is heading to Asia. Austin will hold talks in Tokyo about military channels.\n';

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'dv-texts-'));
  writeFileSync(path.join(dir, 'renamed-on-purpose.txt'), TEXT);
  const content = validContent();
  content.sources[0]!.textSha256 = createHash('sha256').update(TEXT).digest('hex');
  return { dir, content };
}

describe('verify-evidence', () => {
  it('finds source texts by hash, not by file name, and accepts verbatim quotes', () => {
    const { dir, content } = setup();
    expect(verifyEvidence(content, dir)).toEqual({ quotesChecked: 3, remarkQuotesChecked: 0, sourcesMatched: 1, problems: [] });
  });
  it('fails a planted wrong quote', () => {
    const { dir, content } = setup();
    content.issueLinks[0]!.evidence[0]!.quote = 'military channel talks';
    const { problems } = verifyEvidence(content, dir);
    expect(problems).toEqual(['issueLinks "link-1" evidence[0]: quote not found verbatim in "article-a": "military channel talks"']);
  });
  it('fails a quote with straightened typography', () => {
    const { dir, content } = setup();
    writeFileSync(path.join(dir, 'curly.txt'), 'Blinken’s tour\n');
    content.sources[1]!.textSha256 = createHash('sha256').update('Blinken’s tour\n').digest('hex');
    content.events[0]!.provenance = [{ sourceId: 'hsg-travels', quote: "Blinken's tour" }];
    expect(verifyEvidence(content, dir).problems).toHaveLength(1);
  });
  it('checks a quote from an official record against the remarks, not refusing it for want of a text', () => {
    const { dir, content } = setup();
    content.visits[0]!.remarks = 'Attended the U.S.-Japan Security Consultative Committee meeting.';
    content.events[0]!.provenance.push({ sourceId: 'hsg-travels', recordIds: ['hsg-travel-1'], quote: 'Attended the U.S.-Japan Security Consultative Committee meeting.' });
    expect(verifyEvidence(content, dir)).toMatchObject({ remarkQuotesChecked: 1, problems: [] });
    content.events[0]!.provenance.at(-1)!.quote = 'Attended the Quad summit.';
    expect(verifyEvidence(content, dir).problems).toEqual([expect.stringMatching(/\[remark-quotes\]$/)]);
  });
  it('fails a news article whose text is not pinned by its sha256', () => {
    const { dir, content } = setup();
    delete content.sources[0]!.textSha256;
    expect(verifyEvidence(content, dir).problems).toContain('sources "article-a": a news article without textSha256: expected the sha256 of its text, so its quotes can be checked');
  });
  it('fails a source whose text is missing', () => {
    const { dir, content } = setup();
    content.sources[0]!.textSha256 = '0'.repeat(64);
    expect(verifyEvidence(content, dir).problems[0]).toMatch(/^sources "article-a": no file in .* has sha256 0{64}/);
  });
});
