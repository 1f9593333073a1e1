// Hostile input to the CLI (issue 11), one case per class: options given
// twice, counts that Number() would take, blank text, escape sequences in
// arguments and in a pinned file's data, huge arguments echoed back, a full
// disk, a piped REPL whose lines throw. In-process through run(argv, io), the
// seam dist/cli.js uses; the full disk and the piped REPL spawn dist/cli.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/schemas/types.js';
import { datasetChecksum } from '../src/dataset/checksum.js';
import { parseCsv, readList, readText } from '../src/util/csv.js';
import { freshSmallDataset, smallDataset } from './fixtures/small-dataset.js';
import { runCli } from './helpers/cli.js';

const root = path.resolve(import.meta.dirname, '..');
const cliFile = path.join(root, 'dist', 'cli.js');
let work: string;
let pinned: string;
let hostile: string;
let hostileData: Dataset;

/** In-process through run(argv, io); spawned as `node dist/cli.js` only for what needs the bin's real streams. */
function spawned(args: string[], options: { input?: string; stdout?: number } = {}) {
  const result = spawnSync(process.execPath, [cliFile, ...args], {
    encoding: 'utf8',
    input: options.input,
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
    ...(options.stdout === undefined ? {} : { stdio: ['pipe', options.stdout, 'pipe'] }),
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
const cli = (args: string[]) => runCli(args);
const fx = (...args: string[]) => cli([...args, '--dataset', pinned]);

/** Escape sequences: clear the screen, retitle the window (OSC … BEL), an 8-bit CSI, a bidi override. */
const ESCAPES = '\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e';
const RAW_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]/;

beforeAll(() => {
  if (!existsSync(cliFile)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  work = mkdtempSync(path.join(tmpdir(), 'dv-hostile-cli-'));
  pinned = path.join(work, 'small-dataset.json');
  writeFileSync(pinned, JSON.stringify(smallDataset));
  // A pinned file whose text tries to drive the terminal and to split list cells.
  hostileData = freshSmallDataset();
  const visit = hostileData.visits.find((v) => v.id === 'hsg-travel-4229')!;
  visit.remarks = `Met ${ESCAPES}Wang Yi.`;
  const wang = hostileData.people.find((p) => p.id === 'wang-yi')!;
  wang.roles[0]!.title = "'=Director; Foreign Minister\\";
  hostileData.meta.sha256 = datasetChecksum(hostileData);
  hostile = path.join(work, 'hostile.json');
  writeFileSync(hostile, JSON.stringify(hostileData));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('options given twice', () => {
  it.each([
    [['trips', '--issue', 'taiwan', '--issue', 'north-korea'], '--issue given twice ("taiwan" and "north-korea")'],
    [['visits', '--format', 'csv', '--format', 'json'], '--format given twice ("csv" and "json")'],
    [['visits', '--from', '2021-01-01', '--from=2023-01-01'], '--from given twice'],
    [['search', 'tokyo', '--limit', '1', '--limit', '2'], '--limit given twice'],
  ])('a single-valued option given twice is refused, exit 2: %j', async (args, message) => {
    const r = (await fx(...args));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('it takes one value');
  });

  it('a repeatable filter means any of its values: the union of each alone', async () => {
    const ids = async (...args: string[]) => (JSON.parse((await fx('visits', ...args, '--format', 'json')).stdout) as { id: string }[]).map((v) => v.id);
    const jp = await ids('--country', 'JP');
    const cn = await ids('--country', 'CN');
    expect(jp.length).toBeGreaterThan(0);
    expect(cn.length).toBeGreaterThan(0);
    expect((await ids('--country', 'JP', '--country', 'CN')).sort()).toEqual([...jp, ...cn].sort());
    const austin = await ids('--person', 'austin-lloyd-j');
    const blinken = await ids('--person', 'blinken-antony-j');
    expect((await ids('--person', 'austin-lloyd-j', '--person', 'blinken-antony-j')).sort()).toEqual([...austin, ...blinken].sort());
  });
});

describe('counts are decimal digits only', () => {
  it.each(['0x2', ' 2 ', '1e1', '2.0', '+2', '', '٢'])('search --limit %j is refused, exit 2', async (limit) => {
    const r = (await fx('search', 'blinken', '--limit', limit));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--limit: expected a whole number, 1 or more');
  });
  it('search --limit 2 gives two hits', async () => {
    expect(JSON.parse((await fx('search', 'blinken', '--limit', '2', '--format', 'json')).stdout)).toHaveLength(2);
  });
});

describe('blank text is refused, not read as "everything"', () => {
  it.each([
    [['visits', '--traveler', ' '], '--traveler: expected part of a traveller'],
    [['visits', '--locality', '\t'], '--locality: expected part of a place name'],
    [['trips', '--traveler', '\u00a0'], '--traveler: expected part of a traveller'],
    [['people', '--name', ' '], 'people: --name " ": expected a word of a name or id'],
    [['people', ' ', ','], 'people: the name words'],
    [['search', ' '], 'expected one or more words'],
  ])('%j', async (args, message) => {
    const r = (await fx(...args));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
});

describe('the terminal', () => {
  it('an escape sequence in an argument is echoed as visible escapes', async () => {
    for (const args of [['visits', '--person', `x${ESCAPES}`], ['visits', `--x${ESCAPES}`], ['visits', '--format', ESCAPES], [`vi${ESCAPES}`]]) {
      const r = (await fx(...args));
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(RAW_CONTROL);
    }
    expect((await fx('visits', '--person', `x${ESCAPES}`)).stderr).toContain('\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202e');
  });

  it("a pinned file's text reaches the terminal neutralized in tables, and exact (escaped) in json", async () => {
    const table = (await cli(['visits', '--dataset', hostile, '--country', 'CN']));
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(RAW_CONTROL);
    const trip = (await cli(['trip', 'blinken-antony-j-2024-04-24', '--dataset', hostile]));
    expect(trip.stdout).not.toMatch(RAW_CONTROL);
    const json = (await cli(['visits', '--dataset', hostile, '--country', 'CN', '--format', 'json']));
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const remarks = (JSON.parse(json.stdout) as { id: string; remarks?: string }[]).find((v) => v.id === 'hsg-travel-4229')!.remarks;
    expect(remarks).toBe(`Met ${ESCAPES}Wang Yi.`);
  });

  it('a cut cell never splits an escape: the escapes are made visible before cutting', async () => {
    const data = freshSmallDataset();
    data.visits.find((v) => v.id === 'hsg-travel-4229')!.locality = `${'x'.repeat(30)}${ESCAPES}`.repeat(3);
    data.meta.sha256 = datasetChecksum(data);
    const file = path.join(work, 'long-escapes.json');
    writeFileSync(file, JSON.stringify(data));
    const r = (await cli(['visits', '--dataset', file, '--country', 'CN']));
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('csv bound for a pipe or a file keeps the data exact; one writer, one rule for lists and a leading quote', async () => {
    const r = (await cli(['people', 'wang', '--dataset', hostile, '--format', 'csv']));
    expect(r.status).toBe(0);
    const [header, row] = parseCsv(r.stdout);
    const cell = (name: string) => row![header!.indexOf(name)]!;
    const wang = hostileData.people.find((p) => p.id === 'wang-yi')!;
    // The roles list splits back into exactly its roles, though a title holds ";" and "\".
    expect(readList(cell('roles'))).toEqual(wang.roles.map((role) => `${role.title} (${role.country}${role.start ? ` ${role.start}..${role.end ?? ''}` : ''})`));
    const visits = parseCsv((await cli(['visits', '--dataset', hostile, '--country', 'CN', '--format', 'csv'])).stdout);
    const remarksAt = visits[0]!.indexOf('remarks');
    expect(visits.slice(1).map((v) => readText(v[remarksAt]!))).toContain(`Met ${ESCAPES}Wang Yi.`);
  });

  it.each([
    ['an unknown id', ['visits', '--person', 'x'.repeat(100_000)]],
    ['an unknown option', ['visits', `--${'x'.repeat(100_000)}`]],
    ['an unexpected argument', ['visits', 'x'.repeat(100_000)]],
    ['an unknown command', ['x'.repeat(100_000)]],
    ['a --format value', ['visits', '--format', 'x'.repeat(100_000)]],
    ['a --dataset path', ['visits', '--dataset', `/nonexistent/${'x'.repeat(3_000)}`]],
    ['a repeated option', ['trips', '--issue', 'x'.repeat(100_000), '--issue', 'y']],
  ])('%s of 100 KB is echoed shortened', async (_, args) => {
    const r = args.includes('--dataset') ? (await cli(args)) : (await fx(...args));
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeLessThan(600);
    expect(r.stderr).toContain('…');
  });
});

describe('files', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk (> /dev/full): one line on stderr, exit 1, no stack trace', async () => {
    const { openSync, closeSync } = await import('node:fs');
    for (const format of ['table', 'csv', 'json']) {
      const fd = openSync('/dev/full', 'w');
      try {
        const r = spawned(['visits', '--dataset', pinned, '--format', format], { stdout: fd });
        expect(r.status, format).toBe(1);
        expect(r.stderr, format).toBe('diplomatic-visits: cannot write the output: no space left on the device (ENOSPC)\n');
      } finally {
        closeSync(fd);
      }
    }
  });

  it('a piped repl whose lines throw exits 1 and says how many threw', async () => {
    const r = spawned(['repl', '--dataset', pinned], { input: "visits({ person: [] })\nvisits({ traveler: ' ' }).length\n1 + 1\n" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('InvalidArgumentError: filter.person');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2');
    expect(r.stderr).toBe('diplomatic-visits: repl: 2 input lines threw an error\n');
    expect(spawned(['repl', '--dataset', pinned], { input: '1 + 1\n' }).status).toBe(0);
  });
});
