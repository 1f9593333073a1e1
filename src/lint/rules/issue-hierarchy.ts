import type { Problem, Rule } from '../types.js';

/** Ids shown of a long cycle: its message stays short however long the cycle is. */
const SHOWN = 8;

/**
 * Issue parents form a forest: following parentId never comes back to where it started.
 * One walk per issue that stops at any issue already settled, so a long
 * parent chain costs linear time, not depth² or depth³.
 */
export const issueHierarchy: Rule = {
  name: 'issue-hierarchy',
  severity: 'error',
  description: 'Issue parents are acyclic.',
  check(data) {
    const problems: Problem[] = [];
    const parent = new Map(data.issues.map((i) => [i.id, i.parentId]));
    // 1: on the walk now under way; 2: settled (its chain was already followed).
    const state = new Map<string, 1 | 2>();
    const cycles: string[][] = [];
    for (const issue of data.issues) {
      const path: string[] = [];
      let next: string | undefined = issue.id;
      while (next !== undefined && parent.has(next) && !state.has(next)) {
        state.set(next, 1);
        path.push(next);
        next = parent.get(next);
      }
      // Came back to an issue of this very walk: the path from there on is a cycle.
      if (next !== undefined && state.get(next) === 1) cycles.push(path.slice(path.indexOf(next)));
      for (const id of path) state.set(id, 2);
    }
    const reported = new Set<string>();
    const inCycle = new Map<string, { cycle: string[]; at: number }>();
    for (const cycle of cycles) cycle.forEach((id, at) => inCycle.set(id, { cycle, at }));
    // In data order, like the other rules; each issue of a cycle once, the cycle read from it.
    for (const issue of data.issues) {
      const found = inCycle.get(issue.id);
      if (!found || reported.has(issue.id)) continue;
      reported.add(issue.id);
      const { cycle, at } = found;
      // Read from this issue round the cycle, without copying the whole cycle per member.
      const n = cycle.length;
      const nth = (k: number) => cycle[(at + k) % n]!;
      const shown = n <= SHOWN
        ? [...Array.from({ length: n }, (_, k) => nth(k)), issue.id].join(' -> ')
        : `${Array.from({ length: SHOWN - 1 }, (_, k) => nth(k)).join(' -> ')} -> … (${n - SHOWN} more) -> ${nth(n - 1)} -> ${issue.id}`;
      problems.push({ rule: this.name, collection: 'issues', id: issue.id, field: 'parentId', message: `parent cycle ${shown}: expected parents to lead to a root issue` });
    }
    return problems;
  },
};
