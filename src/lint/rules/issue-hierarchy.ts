import type { Problem, Rule } from '../types.js';

/** Issue parents form a forest: following parentId never comes back to where it started. */
export const issueHierarchy: Rule = {
  name: 'issue-hierarchy',
  description: 'Issue parents are acyclic.',
  check(data) {
    const problems: Problem[] = [];
    const parent = new Map(data.issues.map((i) => [i.id, i.parentId]));
    for (const issue of data.issues) {
      const path = [issue.id];
      let next = issue.parentId;
      while (next !== undefined && parent.has(next)) {
        if (path.includes(next)) {
          if (next === issue.id) {
            problems.push({ rule: this.name, collection: 'issues', id: issue.id, field: 'parentId', message: `parent cycle ${[...path, next].join(' -> ')}: expected parents to lead to a root issue` });
          }
          break;
        }
        path.push(next);
        next = parent.get(next);
      }
    }
    return problems;
  },
};
