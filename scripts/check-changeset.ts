// Fails when a change that users see has no changeset: files under data/,
// source under src/ (tests excluded), or the "exports" of package.json changed
// relative to a base, and no new .changeset/*.md was added.
//
// Usage: tsx scripts/check-changeset.ts [--base <ref>]
// The base, unless --base names it, and always said in the report:
// - on a branch off main (origin/main, else main): its merge-base with HEAD;
// - on main itself (checked out, or detached at it): the last release, the tag
//   v<version of package.json>; at 0.0.0 (never released) the empty tree, so
//   every file is unreleased and the pending changesets must cover them;
// - with no origin/main and no main: HEAD~1 (the last commit only).
// When it cannot decide (a shallow clone without the merge-base, a released
// version without its tag) it says why and exits 2 rather than guess.
// Changes are those between that commit and the working tree (committed,
// staged, unstaged and untracked files alike).
// Exit codes: 0 fine, 1 a changeset is missing, 2 bad usage, no base, or git failure.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canonicalJson } from '../src/util/canonical.js';

export interface ChangesetCheck {
  /** The ref compared against, as given or chosen. */
  base: string;
  /** The commit (or, for a package never released, the empty tree) the changes are measured from. */
  since: string;
  /** Why that base: said in the report. */
  why: string;
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

/** The empty tree: the base of a package never released, whose every file is unreleased. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const SHALLOW_HINT = 'this is a shallow clone without the history needed: fetch it (git fetch --unshallow; in CI, fetch-depth: 0) or pass --base <ref>';

/** The base, the commit to measure from, and why; see the header. */
export function chooseBase(top: string, given?: string): { base: string; since: string; why: string } {
  const shallow = git(top, ['rev-parse', '--is-shallow-repository']) === 'true';
  const mergeBase = (ref: string) => {
    try {
      return git(top, ['merge-base', ref, 'HEAD']);
    } catch (error) {
      if (shallow) throw new CheckError(`cannot decide what to compare with: the merge-base of ${ref} and HEAD is not here; ${SHALLOW_HINT}`);
      throw error;
    }
  };
  if (given !== undefined) {
    if (!refExists(top, given)) throw new CheckError(`--base ${given}: not a commit in this repository`);
    return { base: given, since: mergeBase(given), why: `the merge-base of --base ${given} and HEAD` };
  }
  const main = ['origin/main', 'main'].find((ref) => refExists(top, ref));
  if (main) {
    const since = mergeBase(main);
    // On main (checked out, or detached at its commit as CI may be), the merge-base is HEAD itself:
    // comparing with it would check nothing, so the base is the last release instead.
    let branch = '';
    try {
      branch = git(top, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    } catch {
      // detached HEAD
    }
    const head = git(top, ['rev-parse', 'HEAD']);
    const onMain = branch === 'main' || (branch === '' && head === git(top, ['rev-parse', `${main}^{commit}`]));
    if (!onMain) return { base: main, since, why: `the merge-base of ${main} and HEAD` };
    return sinceLastRelease(top, main, shallow);
  }
  if (refExists(top, 'HEAD~1')) return { base: 'HEAD~1', since: git(top, ['rev-parse', 'HEAD~1']), why: 'no origin/main and no main: the last commit only' };
  if (shallow) throw new CheckError(`cannot decide what to compare with: no origin/main, no main, and ${SHALLOW_HINT}`);
  throw new CheckError('no base ref: there is no origin/main, no main and no HEAD~1; pass --base <ref>');
}

/** HEAD is main: what is not released yet, since the tag of the version in package.json. */
function sinceLastRelease(top: string, main: string, shallow: boolean): { base: string; since: string; why: string } {
  let version: string | undefined;
  try {
    version = (JSON.parse(readFileSync(path.join(top, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    // no or bad package.json: no version to find a release by
  }
  if (version === '0.0.0') {
    return { base: 'the empty tree', since: EMPTY_TREE, why: `HEAD is ${main}, and package.json is at 0.0.0, never released: every file is unreleased` };
  }
  const tag = `v${version}`;
  if (version && refExists(top, tag)) {
    try {
      return { base: tag, since: git(top, ['merge-base', tag, 'HEAD']), why: `HEAD is ${main}: the changes since the last release, ${tag}` };
    } catch {
      if (shallow) throw new CheckError(`cannot decide what to compare with: HEAD is ${main} and the commit of the last release, ${tag}, is not here; ${SHALLOW_HINT}`);
    }
  }
  throw new CheckError(
    `cannot decide what to compare with: HEAD is ${main}, and the last release (${version ? `${version} in package.json` : 'no version in package.json'}) has no tag ${version ? tag : 'v<version>'} here${shallow ? ' (a shallow clone may lack tags: git fetch --tags --unshallow)' : ''}; tag the release, or pass --base <ref>`,
  );
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
  const { base, since, why } = chooseBase(top, options.base);

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
  return { base, since, why, releaseFiles, exportsChanged, changesets, ok };
}

export function report(result: ChangesetCheck): string {
  const since = `${result.base} (${result.since.slice(0, 10)}: ${result.why})`;
  if (result.changesets.length) {
    const shown = result.changesets.slice(0, 5).join(', ');
    const more = result.changesets.length > 5 ? ` and ${result.changesets.length - 5} more` : '';
    return `check-changeset: ok: ${shown}${more} added since ${since}\n`;
  }
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
