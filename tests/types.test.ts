// The literal id types (src/generated/ids.ts, generated at build) catch typos at compile time:
// tests/types/ids-usage.ts type-checks against the source and against the built package
// (Node import, Node require and browser-bundler resolution), every `@ts-expect-error` in it
// marks a real error, and each of those errors is about the mistyped id.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const usageFile = path.join(root, 'tests', 'types', 'ids-usage.ts');
const usage = readFileSync(usageFile, 'utf8');
const made: string[] = [];

/** Runs tsc on one file with the given compiler options; returns its diagnostics, one per line (empty when it passes). */
function typeCheck(dir: string, file: string, options: Record<string, unknown>): string[] {
  const config = path.join(dir, `tsconfig.${path.basename(file, '.ts')}.json`);
  writeFileSync(config, JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: true, ...options },
    files: [file],
  }, null, 2));
  try {
    execFileSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? '';
    if (!out.trim()) throw error;
    return out.trim().split('\n').filter((line) => /error TS\d+/.test(line));
  }
}

/** A scratch directory inside the package, so `diplomatic-visits` resolves to this package itself (self-reference). */
function scratch(): string {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.tmp', 'types-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// The source imports node:fs (the Node loader), so checking it needs Node's types; the built package's types do not.
const SOURCE_OPTIONS = { module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] };

/** The lines (1-based) that follow an `@ts-expect-error` comment, with the id the comment's next line mistypes. */
function expectedErrors(text: string): { line: number; code: string }[] {
  const lines = text.split('\n');
  return lines.flatMap((l, i) => (/^\s*\/\/ @ts-expect-error/.test(l) ? [{ line: i + 2, code: lines[i + 1]! }] : []));
}

describe('literal id types', () => {
  it('are generated as unions of literals, not string', () => {
    const ids = readFileSync(path.join(root, 'src', 'generated', 'ids.ts'), 'utf8');
    for (const name of ['IssueId', 'CountryCode', 'PersonId', 'CuratedPersonId']) {
      expect(ids, name).toMatch(new RegExp(`export type ${name} =\\s*\\n\\s*\\| '`));
    }
    expect(ids).toContain("| 'taiwan'");
  });

  // One tsc run (checking the source costs most of this file) on the file with its
  // expect-error comments blanked (so line numbers stay): errors on exactly the lines
  // they mark and nowhere else is what makes the commented file pass.
  let bareErrors: string[] | undefined;
  const bareSourceErrors = () => {
    if (bareErrors) return bareErrors;
    const dir = scratch();
    const bare = path.join(dir, 'ids-usage-bare.ts');
    const source = path.relative(dir, path.join(root, 'src', 'index.js')).split(path.sep).join('/');
    writeFileSync(bare, usage.replace(/^\s*\/\/ @ts-expect-error.*$/gm, '').replaceAll("'../../src/index.js'", `'${source}'`));
    return (bareErrors = typeCheck(dir, bare, SOURCE_OPTIONS));
  };
  const errorLines = (errors: string[]) => [...new Set(errors.map((e) => Number(/\((\d+),\d+\)/.exec(e)?.[1])))].sort((a, b) => a - b);

  it('type-check tests/types/ids-usage.ts against the source: valid ids pass, every @ts-expect-error is an error', () => {
    expect(expectedErrors(usage).length).toBeGreaterThanOrEqual(5);
    const errors = bareSourceErrors();
    expect(errors.filter((e) => !e.startsWith('ids-usage-bare.ts('))).toEqual([]);
    expect(errorLines(errors)).toEqual(expectedErrors(usage).map((e) => e.line));
  });

  it('reject each typo because of the id, with a suggestion where TypeScript has one', () => {
    const errors = bareSourceErrors();
    const expected = expectedErrors(usage);
    expect(errorLines(errors)).toEqual(expected.map((e) => e.line));
    for (const { line, code } of expected) {
      const typo = [...code.matchAll(/'([^']+)'/g)].at(-1)?.[1];
      const messages = errors.filter((e) => e.includes(`(${line},`)).join('\n');
      expect(messages, `line ${line}: ${code}`).toMatch(/error TS(2322|2345|2769|2820)/);
      expect(messages, `line ${line}`).toContain(`"${typo}"`);
    }
    expect(errors.join('\n')).toMatch(/Did you mean '"?taiwan"?'\?/);
  });

  for (const [label, options] of [
    ['Node ESM (import condition)', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['a browser bundler (bundler resolution, browser condition)', { module: 'esnext', moduleResolution: 'bundler', customConditions: ['browser'] }],
  ] as const) {
    it(`type-check the same file against the built package, as ${label}`, () => {
      if (!existsSync(path.join(root, 'dist', 'index.d.ts'))) throw new Error('dist/ is missing: run npm run build first (npm test does)');
      const dir = scratch();
      // As above, one run on the file without its @ts-expect-error comments: the typos fail, nothing else does.
      const bare = path.join(dir, 'ids-usage-package-bare.ts');
      writeFileSync(bare, usage.replaceAll("'../../src/index.js'", "'diplomatic-visits'").replace(/^\s*\/\/ @ts-expect-error.*$/gm, ''));
      const errors = typeCheck(dir, bare, options);
      expect(errors.filter((e) => !e.startsWith('ids-usage-package-bare.ts('))).toEqual([]);
      expect(errorLines(errors)).toEqual(expectedErrors(usage).map((e) => e.line));
    });
  }

  it('type-check a CommonJS consumer against the built package (require condition)', () => {
    const dir = scratch();
    const file = path.join(dir, 'ids-usage-cjs.cts');
    writeFileSync(file, `import dv = require('diplomatic-visits');\nconst ds = dv.getDataset();\ndv.trips(ds, { issue: 'taiwan' });\n// @ts-expect-error -- typo\ndv.trips(ds, { issue: 'taiwann' });\nexport const id: dv.IssueId = 'iran';\n`);
    expect(typeCheck(dir, file, { module: 'nodenext', moduleResolution: 'nodenext' })).toEqual([]);
  });
});
