// The REPL as a user runs it with piped input: `... | node dist/cli.js repl`.
// Each line is evaluated and its result printed; the REPL exits at the end of input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/schemas/types.js';
import { HELPER_HELP } from '../src/cli/repl-support.js';
import { helpers } from '../src/query/helpers.js';
import { smallDataset } from './fixtures/small-dataset.js';

const root = path.resolve(import.meta.dirname, '..');
const cliFile = path.join(root, 'dist', 'cli.js');
let work: string;
let pinned: string;

function repl(lines: string[], ...args: string[]) {
  return replIn(process.env, lines, ...args);
}

function replIn(env: NodeJS.ProcessEnv, lines: string[], ...args: string[]) {
  const result = spawnSync(process.execPath, [cliFile, 'repl', ...args], { input: `${lines.join('\n')}\n`, encoding: 'utf8', timeout: 30_000, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cliFile)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  work = mkdtempSync(path.join(tmpdir(), 'dv-repl-'));
  pinned = path.join(work, 'small-dataset.json');
  writeFileSync(pinned, JSON.stringify(smallDataset));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('diplomatic-visits repl (piped input)', () => {
  it('evaluates each line with the bound helpers in scope, prints results, exits 0 at EOF', () => {
    const out = repl([
      "visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' }).map((v) => v.id).join(' ')",
      "daysAbroad('blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' })",
      'ds.meta.counts.visits',
      "q.tripOf(ds, 'hsg-travel-4181').id",
      "bundled.countriesVisited('austin-lloyd-j').map((c) => c.country.code).join()",
      "const mine = bind(ds); mine.trips({ issue: 'north-korea' }).length",
      "itinerary('blinken-antony-j-2021-03-15').stops.map((s) => s.nights)",
    ], '--dataset', pinned);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout.trimEnd().split('\n')).toEqual([
      "'hsg-travel-4177 hsg-travel-4178 hsg-travel-4181 hsg-travel-4182 hsg-travel-4183 blinken-2023-11-15-us hsg-travel-4184'",
      '8',
      '16',
      "'blinken-antony-j-2023-11-03'",
      "'JP,KR'",
      '1',
      '[ 2, 1 ]',
    ]);
  });

  it('prints the library’s errors as one line, no stack, and goes on; exits 1 at the end, as lines threw', () => {
    const out = repl(["visits({ person: 'blinkn' })", "visits({ from: '2023-02-30' })", '1 + 1'], '--dataset', pinned);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe('diplomatic-visits: repl: 2 input lines threw an error\n');
    expect(out.stdout).toMatch(/UnknownIdError: filter\.person: unknown person "blinkn".*did you mean "blinken-antony-j"\?\)/);
    expect(out.stdout).toMatch(/InvalidArgumentError: filter\.from: expected a real calendar date/);
    expect(out.stdout).not.toMatch(/^\s+at /m);
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('2');
  });

  it('supports await and multi-line input', () => {
    const out = repl(['const r = await Promise.resolve(', "  trips({ person: 'austin-lloyd-j' }).length", ')', 'r * 10'], '--dataset', pinned);
    expect(out.status).toBe(0);
    expect(out.stdout.trim().split('\n').at(-1)).toBe('10');
  });

  it('uses the bundled dataset without --dataset', () => {
    const bundled = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as Dataset;
    const out = repl(['ds.meta.sha256', 'visits().length', "visits({ status: 'all' }).length"]);
    expect(out.status).toBe(0);
    // visits() is travel that took place; status 'all' adds the postponed trip's visit.
    const made = bundled.visits.filter((v) => v.status === undefined).length;
    expect(out.stdout.trim().split('\n')).toEqual([`'${bundled.meta.sha256}'`, String(made), String(bundled.visits.length)]);
  });

  it('prints a list of visits as a table, .raw prints the same list in full', () => {
    const out = repl(["visits({ person: 'blinken-antony-j', country: ['JP', 'KR'] })", '.raw', 'visits().length'], '--dataset', pinned);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    const expected = (smallDataset as unknown as Dataset).visits.filter((v) => v.traveler.personId === 'blinken-antony-j' && ['JP', 'KR'].includes(v.country));
    expect(lines[0]).toMatch(/^start +end +traveller +country +locality +kind +id$/);
    expect(lines.slice(2, 2 + expected.length).map((l) => l.split(/\s+/).at(-1))).toEqual(expected.map((v) => v.id));
    expect(lines[2 + expected.length]).toBe(`${expected.length} visits (.raw for the objects)`);
    // .raw: the objects themselves, every field
    const raw = lines.slice(3 + expected.length, -1).join('\n');
    expect(raw.startsWith('[')).toBe(true);
    for (const v of expected) expect(raw).toContain(`id: '${v.id}'`);
    expect(raw).toContain("provenance: [");
    expect(lines.at(-1)).toBe(String(smallDataset.visits.length));
  });

  it('.help lists every helper with its example, and the REPL commands', () => {
    const out = repl(['.help'], '--dataset', pinned);
    expect(out.status).toBe(0);
    for (const [name, { signature, example }] of Object.entries(HELPER_HELP)) {
      expect(out.stdout, name).toContain(signature);
      expect(out.stdout, name).toContain(example);
    }
    expect(Object.keys(HELPER_HELP).sort()).toEqual(Object.keys(helpers).sort());
    for (const command of ['.exit', '.raw', '.help', '.break']) expect(out.stdout).toContain(`  ${command} `);
  });

  it('every example in .help runs against the bundled data and gives a result', () => {
    const examples = Object.values(HELPER_HELP).map((h) => h.example);
    const out = repl(examples.map((e) => `(${e}) ?? 'NO RESULT'`));
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain('Uncaught');
    expect(out.stdout).not.toContain('NO RESULT');
    expect(out.stdout).not.toMatch(/^(?:0|\[\]|undefined)$/m);
  });

  it('shows control characters in results as escapes, in tables, values and .raw', () => {
    const out = repl(["'\\u202e' + 'x'", "[{ ...visits()[0], locality: 'A\\x1b[2JB' }]", '.raw'], '--dataset', pinned);
    expect(out.status).toBe(0);
    expect(out.stdout).not.toMatch(/[\x1b\u202e]/);
    expect(out.stdout).toContain("'\\u202ex'");
    expect(out.stdout).toContain('A\\x1b[2JB');
  });

  it('.clear starts afresh with the helpers still in scope', () => {
    const out = repl(['const n = 1', '.clear', 'typeof n', "visits({ person: 'austin-lloyd-j' }).length"], '--dataset', pinned);
    expect(out.status).toBe(0);
    expect(out.stdout.trimEnd().split('\n').slice(-2)).toEqual(["'undefined'", '2']);
  });

  it('keeps no history when input is piped', () => {
    const home = path.join(work, 'home');
    mkdirSync(home, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, XDG_STATE_HOME: path.join(home, 'state') };
    delete env.DIPLOMATIC_VISITS_REPL_HISTORY;
    const out = replIn(env, ['1 + 1'], '--dataset', pinned);
    expect(out.stdout).toBe('2\n');
    expect(readdirSync(home)).toEqual([]);
  });
});
