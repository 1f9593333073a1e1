// Fails when a change that users see has no changeset: files under data/,
// source under src/ (tests excluded), or the "exports" of package.json changed
// relative to a base ref, and no new .changeset/*.md was added.
//
// Usage: tsx scripts/check-changeset.ts [--base <ref>]
// Base by default: origin/main if it exists, else the merge-base with main, else HEAD~1.
// Changes are those between the merge-base of the base and HEAD, and the working
// tree (committed, staged, unstaged and untracked files alike).
// Exit codes: 0 fine, 1 a changeset is missing, 2 bad usage or git failure.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canonicalJson } from '../src/util/canonical.js';

export interface ChangesetCheck {
  /** The ref compared against, as given or chosen. */
  base: string;
  /** The commit the changes are measured from (merge-base of base and HEAD). */
  since: string;
  /** Changed files that call for a changeset. */
  releaseFiles: string[];
  /** Whether the `exports` of package.json changed. */
  exportsChanged: boolean;
  /** `.changeset/*.md` files added since the base. */
  changesets: string[];
  ok: boolean;
}

export class CheckError extends Error {
  override name = 'CheckError';
}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new CheckError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

function gitOk(cwd: string, args: string[]): boolean {
  try {
    execFileSync('git', args, { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const refExists = (cwd: string, ref: string) => gitOk(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);

/** origin/main if it exists, else main (its merge-base with HEAD is taken next), else HEAD~1. */
export function defaultBase(cwd: string): string {
  for (const ref of ['origin/main', 'main']) if (refExists(cwd, ref)) return ref;
  if (refExists(cwd, 'HEAD~1')) return 'HEAD~1';
  throw new CheckError('no base ref: there is no origin/main, no main and no HEAD~1; pass --base <ref>');
}

/** Test files under src/ do not call for a changeset. */
export function isReleaseFile(file: string): boolean {
  if (file.startsWith('data/')) return true;
  if (!file.startsWith('src/')) return false;
  const base = path.posix.basename(file);
  if (base === 'test.ts' || /\.(test|spec)\.[cm]?[jt]sx?$/.test(base)) return false;
  if (/(^|\/)(__tests__|__fixtures__|fixtures)\//.test(file)) return false;
  return true;
}

const isChangeset = (file: string) => /^\.changeset\/[^/]+\.md$/.test(file) && !/^\.changeset\/README\.md$/i.test(file);

function exportsAt(cwd: string, since: string): unknown {
  if (!gitOk(cwd, ['cat-file', '-e', `${since}:package.json`])) return undefined;
  try {
    return (JSON.parse(git(cwd, ['show', `${since}:package.json`])) as { exports?: unknown }).exports;
  } catch {
    return undefined;
  }
}

/** Compares the working tree of the repository at `cwd` with the merge-base of `base` and HEAD. */
export function checkChangeset(options: { cwd?: string; base?: string } = {}): ChangesetCheck {
  const start = options.cwd ?? process.cwd();
  const top = git(start, ['rev-parse', '--show-toplevel']);
  const base = options.base ?? defaultBase(top);
  if (!refExists(top, base)) throw new CheckError(`--base ${base}: not a commit in this repository`);
  const since = git(top, ['merge-base', base, 'HEAD']);

  const lines = (text: string) => text.split('\n').filter(Boolean);
  // Working tree against the merge-base: committed, staged and unstaged changes (renames as delete + add).
  const changed = lines(git(top, ['diff', '--name-only', '--no-renames', since]));
  const added = lines(git(top, ['diff', '--name-only', '--no-renames', '--diff-filter=A', since]));
  const untracked = lines(git(top, ['ls-files', '--others', '--exclude-standard']));

  const all = [...new Set([...changed, ...untracked])].sort();
  const releaseFiles = all.filter(isReleaseFile);
  let exportsChanged = false;
  if (all.includes('package.json')) {
    let now: unknown;
    const file = path.join(top, 'package.json');
    if (existsSync(file)) {
      try {
        now = (JSON.parse(readFileSync(file, 'utf8')) as { exports?: unknown }).exports;
      } catch (error) {
        throw new CheckError(`package.json: not valid JSON: ${(error as Error).message}`);
      }
    }
    exportsChanged = canonicalJson(exportsAt(top, since) ?? null) !== canonicalJson(now ?? null);
  }
  const changesets = [...new Set([...added, ...untracked])].filter(isChangeset).sort();
  const ok = changesets.length > 0 || (releaseFiles.length === 0 && !exportsChanged);
  return { base, since, releaseFiles, exportsChanged, changesets, ok };
}

export function report(result: ChangesetCheck): string {
  const since = `${result.base} (${result.since.slice(0, 10)})`;
  if (result.changesets.length) return `check-changeset: ok: ${result.changesets.join(', ')} added since ${since}\n`;
  if (result.ok) return `check-changeset: ok: nothing under data/, src/ or package.json exports changed since ${since}; no changeset needed\n`;
  const shown = result.releaseFiles.slice(0, 15);
  const lines = [
    `check-changeset: a changeset is missing. These changes since ${since} reach users, but no .changeset/*.md was added:`,
    ...shown.map((f) => `  ${f}`),
    ...(result.releaseFiles.length > shown.length ? [`  … and ${result.releaseFiles.length - shown.length} more`] : []),
    ...(result.exportsChanged ? ['  package.json: "exports" changed'] : []),
    '',
    'Add one with `npx changeset` (pick patch, minor or major; see docs/releasing.md).',
    'For a data change, paste the summary of `npm run -s changeset:data -- <last released dataset.json>` into it.',
    'If nothing users see changed (a refactor, a comment), add an empty one: `npx changeset add --empty`.',
  ];
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): number {
  let base: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write('usage: tsx scripts/check-changeset.ts [--base <ref>]\n');
      return 0;
    }
    base = values.base;
  } catch (error) {
    process.stderr.write(`check-changeset: ${(error as Error).message}\nusage: tsx scripts/check-changeset.ts [--base <ref>]\n`);
    return 2;
  }
  try {
    const result = checkChangeset({ base });
    (result.ok ? process.stdout : process.stderr).write(report(result));
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof CheckError) {
      process.stderr.write(`check-changeset: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main(process.argv.slice(2));
