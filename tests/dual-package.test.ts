// Two copies of the library in one process, as in a project that mixes `require` and
// `import`: dist/index.cjs and dist/index.js (and the schemas entry's two builds) each
// have their own error classes. Errors keep their real names in every build (no
// `_class3` from the CommonJS build's class lowering), carry their codes, and the guards
// of either copy recognise the errors of the other, where `instanceof` cannot.
// A browser bundle's copy, run in a realm of its own, is checked the same way.
// Needs dist/ (npm test builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dist = (file: string) => path.join(root, 'dist', file);

const GUARDS = ['isDiplomaticVisitsError', 'isInvalidArgumentError', 'isUnknownIdError', 'isDatasetValidationError'] as const;
const CLASSES = ['DiplomaticVisitsError', 'InvalidArgumentError', 'UnknownIdError', 'DatasetValidationError'] as const;

// Runs in a plain `node` process, so that both builds load as Node loads them for a user.
const SCRIPT = `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
const dist = process.env.DV_DIST;
const require = createRequire(dist + '/');
const copies = {
  cjs: require(dist + '/index.cjs'),
  esm: await import(pathToFileURL(dist + '/index.js').href),
  'schemas-cjs': require(dist + '/schemas.cjs'),
  'schemas-esm': await import(pathToFileURL(dist + '/schemas.js').href),
};
const thrown = (call) => { try { call(); } catch (error) { return error; } throw new Error('expected a throw'); };
const errors = {};
for (const copy of ['cjs', 'esm']) {
  const dv = copies[copy];
  const ds = dv.getDataset();
  errors[copy + ' unknown id'] = thrown(() => dv.visits(ds, { person: 'blinkn' }));
  errors[copy + ' invalid argument'] = thrown(() => dv.visits(ds, { from: '2023-13-01' }));
  errors[copy + ' reversed range'] = thrown(() => dv.daysAbroad(ds, 'blinken-antony-j', { from: '2023-11-30', to: '2023-11-01' }));
}
for (const copy of ['schemas-cjs', 'schemas-esm']) errors[copy + ' dataset validation'] = thrown(() => copies[copy].loadDataset('{}'));
const report = {
  classNames: Object.fromEntries(Object.entries(copies).map(([copy, dv]) => [copy, Object.fromEntries(${JSON.stringify(CLASSES)}.filter((c) => dv[c]).map((c) => [c, dv[c].name]))])),
  errors: Object.fromEntries(Object.entries(errors).map(([what, e]) => [what, {
    name: e.name,
    constructorName: e.constructor.name,
    code: e.code,
    string: String(e),
    inspect: inspect(e),
    instanceOf: Object.fromEntries(Object.entries(copies).filter(([, dv]) => dv.DiplomaticVisitsError).map(([copy, dv]) => [copy, e instanceof dv.DiplomaticVisitsError])),
    guards: Object.fromEntries(Object.entries(copies).map(([copy, dv]) => [copy, Object.fromEntries(${JSON.stringify(GUARDS)}.filter((g) => dv[g]).map((g) => [g, dv[g](e)]))])),
  }])),
};
console.log(JSON.stringify(report));
`;

interface ErrorReport {
  name: string;
  constructorName: string;
  code: string;
  string: string;
  inspect: string;
  instanceOf: Record<string, boolean>;
  guards: Record<string, Record<string, boolean>>;
}
let report: { classNames: Record<string, Record<string, string>>; errors: Record<string, ErrorReport> };

const expected: Record<string, { name: string; code: string; guards: string[] }> = {
  'unknown id': { name: 'UnknownIdError', code: 'ERR_DV_UNKNOWN_ID', guards: ['isDiplomaticVisitsError', 'isUnknownIdError'] },
  'invalid argument': { name: 'InvalidArgumentError', code: 'ERR_DV_INVALID_ARGUMENT', guards: ['isDiplomaticVisitsError', 'isInvalidArgumentError'] },
  'reversed range': { name: 'InvalidArgumentError', code: 'ERR_DV_REVERSED_RANGE', guards: ['isDiplomaticVisitsError', 'isInvalidArgumentError'] },
  'dataset validation': { name: 'DatasetValidationError', code: 'ERR_DV_DATASET_VALIDATION', guards: ['isDiplomaticVisitsError', 'isDatasetValidationError'] },
};
const kindOf = (what: string) => Object.keys(expected).find((k) => what.endsWith(k))!;

beforeAll(() => {
  for (const f of ['index.cjs', 'index.js', 'schemas.cjs', 'schemas.js', 'browser.js']) {
    if (!existsSync(dist(f))) throw new Error(`dist/${f} is missing: run npm run build first (npm test does)`);
  }
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: root, env: { ...process.env, DV_DIST: path.join(root, 'dist') }, encoding: 'utf8' });
  report = JSON.parse(out);
});

describe('the CommonJS and ESM builds loaded together', () => {
  it('export every error class under its own name', () => {
    expect(report.classNames).toEqual({
      cjs: Object.fromEntries(CLASSES.map((c) => [c, c])),
      esm: Object.fromEntries(CLASSES.map((c) => [c, c])),
      'schemas-cjs': { DatasetValidationError: 'DatasetValidationError' },
      'schemas-esm': { DatasetValidationError: 'DatasetValidationError' },
    });
  });

  it('throw errors that print their real names and codes', () => {
    expect(Object.keys(report.errors)).toHaveLength(8);
    for (const [what, e] of Object.entries(report.errors)) {
      const { name, code } = expected[kindOf(what)]!;
      expect([e.name, e.constructorName, e.code], what).toEqual([name, name, code]);
      expect(e.string.startsWith(`${name}: `), what).toBe(true);
      expect(e.inspect.startsWith(`${name}: `), what).toBe(true);
      expect(e.inspect, what).toContain(`code: '${code}'`);
      expect(e.inspect, what).not.toMatch(/_class|\[\w+Error\]/);
    }
  });

  it("are two copies: an error is an instance of its own copy's classes only", () => {
    expect(report.errors['cjs unknown id']!.instanceOf).toEqual({ cjs: true, esm: false });
    expect(report.errors['esm unknown id']!.instanceOf).toEqual({ cjs: false, esm: true });
  });

  it("recognise each other's errors with the guards of either copy, main entry and schemas entry", () => {
    for (const [what, e] of Object.entries(report.errors)) {
      const want = expected[kindOf(what)]!.guards;
      for (const [copy, verdicts] of Object.entries(e.guards)) {
        expect(Object.keys(verdicts).length, `${copy} exports guards`).toBeGreaterThanOrEqual(2);
        for (const [guard, verdict] of Object.entries(verdicts)) expect(verdict, `${copy}.${guard}(${what})`).toBe(want.includes(guard));
      }
    }
    expect(Object.keys(report.errors['cjs unknown id']!.guards['schemas-esm']!).sort()).toEqual(['isDatasetValidationError', 'isDiplomaticVisitsError']);
  });
});

describe('the browser build', () => {
  it('keeps the names, and its errors, thrown in another realm, pass the Node copy’s guards', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'dv-dual-'));
    // The helpers only: the bundled dataset is not needed to throw, so a stub stands for it.
    writeFileSync(path.join(work, 'stub.js'), "export const layout = undefined;\nexport default '{}';");
    const result = await esbuild.build({
      stdin: {
        contents: `import * as dv from ${JSON.stringify(dist('browser.js'))};
const ds = { visits: [], trips: [], events: [], people: [], countries: [], issues: [], issueLinks: [], sources: [], discrepancies: [], meta: {} };
const thrown = (call) => { try { call(); } catch (error) { return error; } };
globalThis.__errors = [thrown(() => dv.visits(ds, { from: '2023-13-01' })), thrown(() => dv.visits(ds, { person: 'x' }))];
globalThis.__names = ${JSON.stringify(CLASSES)}.map((c) => dv[c].name);`,
        resolveDir: work,
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      plugins: [{ name: 'stub-data', setup: (build) => build.onResolve({ filter: /\/dataset\.browser\.js$/ }, () => ({ path: path.join(work, 'stub.js') })) }],
    });
    const context = vm.createContext({});
    vm.runInContext(result.outputFiles[0]!.text, context);
    expect(vm.runInContext('globalThis.__names', context)).toEqual(CLASSES);
    const [invalid, unknown] = vm.runInContext('globalThis.__errors', context) as [Error & { code: string }, Error & { code: string }];
    const node = createRequire(import.meta.url)(dist('index.cjs')) as typeof import('../src/index.js');
    expect(invalid instanceof Error).toBe(false); // another realm: not even an Error here
    expect([invalid.constructor.name, invalid.code, node.isInvalidArgumentError(invalid), node.isUnknownIdError(invalid)]).toEqual(['InvalidArgumentError', 'ERR_DV_INVALID_ARGUMENT', true, false]);
    expect([unknown.constructor.name, unknown.code, node.isUnknownIdError(unknown), node.isDiplomaticVisitsError(unknown)]).toEqual(['UnknownIdError', 'ERR_DV_UNKNOWN_ID', true, true]);
    expect(inspect(unknown)).not.toContain('_class');
  });
});
