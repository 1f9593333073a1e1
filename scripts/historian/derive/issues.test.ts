import { describe, expect, it } from 'vitest';
import { deriveIssueLinks } from './issues.js';
import { visit } from './test-visit.js';

describe('deriveIssueLinks', () => {
  const v = visit('hsg-travel-7', 'Met with President Assad. Discussed the Middle East peace process and the Iraq crisis with President Mubarak.', { start: '1998-02-01', end: '1998-02-02' });
  it('writes one agenda link per issue discussed, with the sentence, the records and the rule', () => {
    const { links, byRule } = deriveIssueLinks([v], (id) => id.toUpperCase());
    expect(links.map((l) => l.id)).toEqual(['hsg-travel-7-iraq', 'hsg-travel-7-middle-east-peace-process']);
    expect(links[1]).toEqual({
      id: 'hsg-travel-7-middle-east-peace-process',
      issueId: 'middle-east-peace-process',
      subject: { type: 'visit', id: 'hsg-travel-7' },
      relation: 'agenda',
      summary: 'Discussed, as the official record states: the Middle East peace process and the Iraq crisis. Read as MIDDLE-EAST-PEACE-PROCESS.',
      evidence: [{ sourceId: 'hsg-travels', quote: 'Discussed the Middle East peace process and the Iraq crisis with President Mubarak.' }],
      derivedBy: { rule: 'discussed-middle-east-peace-process', recordIds: ['hsg-travel-7'] },
    });
    expect(byRule['discussed-iraq']).toBe(1);
  });
  it('writes none for a remark that only says whom the traveller met, and drops what the caller keeps out', () => {
    expect(deriveIssueLinks([visit('hsg-travel-8', 'Met with King Abdullah and Foreign Minister Prince Saud.')], (id) => id).links).toEqual([]);
    expect(deriveIssueLinks([v], (id) => id, (l) => l.issueId !== 'iraq').links.map((l) => l.issueId)).toEqual(['middle-east-peace-process']);
  });
});
