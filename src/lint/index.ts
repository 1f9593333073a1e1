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
import { visitEvents } from './rules/visit-events.js';
import { vocabularyUsage } from './rules/vocabulary-usage.js';
import type { EditableRecords, Fix, LintException, Problem, Rule } from './types.js';
import { withSharedLookups } from './shared.js';

export type { EditableRecords, Fix, LintException, Problem, Rule, Severity } from './types.js';
export { parseExceptions } from './exceptions.js';

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
  visitEvents,
];

/** The rules whose problems refuse a dataset: the build's and `loadDataset`'s. */
export const errorRules: readonly Rule[] = rules.filter((r) => r.severity === 'error');

/** Runs the rules (by default the error rules, those that refuse a dataset) and returns all problems at once. */
export function lintDataset(data: DatasetContent, only: readonly Rule[] = errorRules): Problem[] {
  return withSharedLookups(data, () => only.flatMap((rule) => rule.check(data)));
}

/** What the build makes of the rules' problems, given the reviewed exceptions. */
export interface LintReport {
  /** Problems of error rules: they refuse the build. */
  errors: Problem[];
  /** Problems of warning rules that no exception covers: printed and counted. */
  warnings: Problem[];
  /** Problems an exception covers, with it. */
  excepted: { problem: Problem; exception: LintException }[];
  /** Exceptions that cover no problem any more: an error, so the list can not rot. */
  unusedExceptions: LintException[];
}

const exceptionKey = (rule: string, collection: string, id: string) => `${rule}\u0000${collection}\u0000${id}`;

/**
 * Runs every rule and sorts its problems by severity, skipping those a
 * (well-formed, see {@link parseExceptions}) exception covers, and lists the
 * exceptions that covered nothing.
 */
export function lintWithExceptions(data: DatasetContent, exceptions: readonly LintException[] = [], only: readonly Rule[] = rules): LintReport {
  const byKey = new Map(exceptions.map((e) => [exceptionKey(e.rule, e.collection, e.id), e]));
  const used = new Set<LintException>();
  const report: LintReport = { errors: [], warnings: [], excepted: [], unusedExceptions: [] };
  const checked = withSharedLookups(data, () => only.map((rule) => [rule, rule.check(data)] as const));
  for (const [rule, problems] of checked) {
    for (const problem of problems) {
      if (rule.severity === 'error') {
        report.errors.push(problem);
        continue;
      }
      const exception = byKey.get(exceptionKey(problem.rule, problem.collection, problem.id));
      if (exception) {
        used.add(exception);
        report.excepted.push({ problem, exception });
      } else report.warnings.push(problem);
    }
  }
  const ran = new Set(only.map((r) => r.name));
  report.unusedExceptions = exceptions.filter((e) => ran.has(e.rule) && !used.has(e));
  return report;
}

/**
 * Applies every fixer (by default those of all rules, in rule order) to
 * `records`, reading `data` for context, and returns the changes made.
 */
export function fixRecords(records: EditableRecords, data: DatasetContent, only: readonly Rule[] = rules): Fix[] {
  return only.flatMap((rule) => rule.fix?.(records, data) ?? []);
}

/** One line a curator can act on: where, which record, which field, what was expected. */
export function formatProblem(problem: Problem, file?: string): string {
  const hint = problem.fixable ? ' (npm run fix:data fixes this)' : '';
  return `${file ?? problem.collection}: ${problem.collection} "${problem.id}" field ${problem.field}: ${problem.message} [${problem.rule}]${hint}`;
}

/** One line per change a fixer made: where, which record, which field, from what to what. */
export function formatFix(fix: Fix, file?: string): string {
  const show = (value: unknown) => (value === undefined ? '(absent)' : clip(JSON.stringify(value)));
  return `${file ?? fix.collection}: ${fix.collection} "${fix.id}" field ${fix.field}: ${show(fix.before)} -> ${show(fix.after)} [${fix.rule}]`;
}

// Both ends kept: a fix often changes only the start or the end (a trimmed quote).
const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max / 2 - 1)}…${text.slice(-(max / 2))}` : text);
