import type { Fix, Problem, Rule } from '../types.js';

/** Every issue of the vocabulary is used by a link (itself or through a child) or marked reserved, never both. */
export const vocabularyUsage: Rule = {
  name: 'vocabulary-usage',
  severity: 'warning',
  description: 'Every vocabulary issue is used by an issue link, directly or through a child issue, or is marked reserved; a reserved issue is not used.',
  check(data) {
    const problems: Problem[] = [];
    const used = new Set<string>();
    const directly = new Set<string>();
    const parent = new Map(data.issues.map((i) => [i.id, i.parentId]));
    for (const link of data.issueLinks) {
      directly.add(link.issueId);
      // An issue already marked used has had its ancestors marked too: stop
      // there, so many links under a long parent chain cost linear time.
      let id: string | undefined = link.issueId;
      while (id !== undefined && !used.has(id)) {
        used.add(id);
        id = parent.get(id);
      }
    }
    for (const issue of data.issues) {
      const directlyUsed = directly.has(issue.id);
      if (issue.reserved && directlyUsed) {
        problems.push({ rule: this.name, collection: 'issues', id: issue.id, field: 'reserved', message: 'marked reserved but issue links use it: expected reserved only on unused issues', fixable: true });
      } else if (!issue.reserved && !used.has(issue.id)) {
        problems.push({ rule: this.name, collection: 'issues', id: issue.id, field: 'reserved', message: 'no issue link uses it: expected a link, or `reserved: true`' });
      }
    }
    return problems;
  },
  // A linked issue drops its `reserved` flag (as the curation guide asks);
  // an unused one needs a link or the flag, which only the curator can judge.
  fix(records, data) {
    const fixes: Fix[] = [];
    const directly = new Set(data.issueLinks.map((l) => l.issueId));
    for (const issue of records.issues ?? []) {
      if (issue.reserved !== true || !directly.has(issue.id)) continue;
      fixes.push({ rule: this.name, collection: 'issues', id: issue.id, field: 'reserved', before: issue.reserved, after: undefined });
      delete issue.reserved;
    }
    return fixes;
  },
};
