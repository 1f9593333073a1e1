import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addParentChain } from '../../../tests/fixtures/hostile-data.js';
import { issueHierarchy } from './issue-hierarchy.js';

describe('issue-hierarchy', () => {
  it('passes a forest of issues', () => {
    expect(issueHierarchy.check(validContent())).toEqual([]);
  });
  it('reports a parent cycle on each issue in it', () => {
    const data = validContent();
    data.issues[0]!.parentId = 'military-communication';
    const problems = issueHierarchy.check(data);
    expect(problems.map((p) => p.id).sort()).toEqual(['military-communication', 'us-china-communication']);
    expect(problems[0]!.message).toMatch(/parent cycle .* -> .*: expected parents to lead to a root issue/);
  });
  // Large adversarial input: a naive walk from every issue costs depth² (or depth³ with a path search).
  it('passes a parent chain of 100,000 issues quickly', { timeout: 60_000 }, () => {
    expect(issueHierarchy.check(addParentChain(validContent(), 100_000))).toEqual([]);
  });
  it('reports each issue of a 20,000-issue cycle once, with a short message', { timeout: 60_000 }, () => {
    const problems = issueHierarchy.check(addParentChain(validContent(), 20_000, { cycle: true }));
    expect(problems).toHaveLength(20_000);
    expect(new Set(problems.map((p) => p.id)).size).toBe(20_000);
    expect(problems[0]!.message).toMatch(/^parent cycle chain-19999 -> chain-19998 -> .* -> … \(19992 more\) -> chain-0 -> chain-19999: expected/);
    expect(Math.max(...problems.map((p) => p.message.length))).toBeLessThan(300);
  });
});
