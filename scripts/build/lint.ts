// The integrity rules as the build runs them: errors refuse the build, warnings
// are printed and counted, and the reviewed exceptions
// (data/reference/lint-exceptions.json) skip the warnings they name, each
// exception that skips nothing being an error itself, so the list can not rot.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, lintWithExceptions, parseExceptions, rules, type LintException, type Problem } from '../../src/lint/index.js';
import type { DatasetContent } from '../../src/schemas/dataset.js';

export const LINT_EXCEPTIONS_FILE = 'reference/lint-exceptions.json';

/** The reviewed exceptions under `dataDir` (none when the file is absent), and what is wrong with them. */
export function readLintExceptions(dataDir: string): { exceptions: LintException[]; problems: string[] } {
  const where = `data/${LINT_EXCEPTIONS_FILE}`;
  const full = path.join(dataDir, LINT_EXCEPTIONS_FILE);
  if (!existsSync(full)) return { exceptions: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    return { exceptions: [], problems: [`${where}: not valid JSON: ${(error as Error).message}`] };
  }
  return parseExceptions(value, rules, where);
}

export interface BuildLint {
  /** One line per error and per bad or unused exception: they refuse the build. */
  problems: string[];
  /** One line per warning no exception covers. */
  warnings: string[];
  /** How many warnings the exceptions skipped. */
  excepted: number;
}

/** Runs every rule on the merged `content`; `fileOf` names the data file that holds a problem's record. */
export function lintForBuild(content: DatasetContent, dataDir: string, fileOf: (p: Problem) => string | undefined): BuildLint {
  const { exceptions, problems: exceptionProblems } = readLintExceptions(dataDir);
  const report = lintWithExceptions(content, exceptions);
  const where = `data/${LINT_EXCEPTIONS_FILE}`;
  return {
    problems: [
      ...report.errors.map((p) => formatProblem(p, fileOf(p))),
      ...exceptionProblems,
      ...report.unusedExceptions.map(
        (e) => `${where}: the exception for ${e.rule} on ${e.collection} "${e.id}" skips no problem: expected it removed (the record passes the rule now, or is gone)`,
      ),
    ],
    warnings: report.warnings.map((p) => formatProblem(p, fileOf(p))),
    excepted: report.excepted.length,
  };
}
