import type { DatasetContent } from '../schemas/dataset.js';
import { dateRanges } from './rules/date-ranges.js';
import { evidence } from './rules/evidence.js';
import { issueHierarchy } from './rules/issue-hierarchy.js';
import { oneVisitPerStay } from './rules/one-visit-per-stay.js';
import { references } from './rules/references.js';
import { remarkQuotes } from './rules/remark-quotes.js';
import { travelStatus } from './rules/travel-status.js';
import { tripOrder } from './rules/trip-order.js';
import { uniqueIds } from './rules/unique-ids.js';
import { vocabularyUsage } from './rules/vocabulary-usage.js';
import type { Problem, Rule } from './types.js';

export type { Problem, Rule } from './types.js';

/** Every integrity rule, in the order their problems are reported. */
export const rules: readonly Rule[] = [
  uniqueIds,
  references,
  dateRanges,
  tripOrder,
  issueHierarchy,
  evidence,
  remarkQuotes,
  vocabularyUsage,
  oneVisitPerStay,
  travelStatus,
];

/** Runs every rule and returns all problems at once. */
export function lintDataset(data: DatasetContent, only: readonly Rule[] = rules): Problem[] {
  return only.flatMap((rule) => rule.check(data));
}

/** One line a curator can act on: where, which record, which field, what was expected. */
export function formatProblem(problem: Problem, file?: string): string {
  return `${file ?? problem.collection}: ${problem.collection} "${problem.id}" field ${problem.field}: ${problem.message} [${problem.rule}]`;
}
