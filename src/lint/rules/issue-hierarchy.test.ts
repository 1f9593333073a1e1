import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
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
});
