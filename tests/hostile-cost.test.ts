// Hostile input, time and memory (issue 11): each class of input that once
// cost super-linear time, unbounded memory or an unbounded message, with the
// answer it must get now. Timing is not asserted (bench/hostile.ts measures
// it); the generous timeouts only stop a regression from hanging the suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetValidationError, InvalidArgumentError } from '../src/errors.js';
import { search } from '../src/query/search/index.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { addIdenticalStays, addManyLinks, addParentChain, deeplyNested, seal } from './fixtures/hostile-data.js';
import { freshSmallDataset, smallDataset } from './fixtures/small-dataset.js';

const SLOW = { timeout: 120_000 };
const root = path.resolve(import.meta.dirname, '..');
const cliFile = path.join(root, 'dist', 'cli.js');
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dv-hostile-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The error a call throws (the test fails if it throws none). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('integrity rules run by loadDataset stay linear or n log n', () => {
  it('loads a dataset with a parent chain of 6,000 issues', SLOW, () => {
    const ds = loadDataset(JSON.stringify(seal(freshSmallDataset(), addParentChain(freshSmallDataset(), 6000))));
    expect(ds.issues.filter((i) => i.id.startsWith('chain-'))).toHaveLength(6000);
  });
  it('refuses a 6,000-issue parent cycle, each problem line short', SLOW, () => {
    const error = thrown(() => loadDataset(seal(freshSmallDataset(), addParentChain(freshSmallDataset(), 6000, { cycle: true }))));
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error.message).toMatch(/^dataset fails 6000 integrity check\(s\):/);
    expect((error as DatasetValidationError).problems.every((p) => p.length <= 500)).toBe(true);
  });
  it('loads 20,000 curated stays beside 20,000 identical official ones, and refuses them when they clash', SLOW, () => {
    const ds = loadDataset(seal(freshSmallDataset(), addIdenticalStays(freshSmallDataset(), 20_000)));
    expect(ds.visits.length).toBe(smallDataset.visits.length + 40_000);
    const error = thrown(() => loadDataset(seal(freshSmallDataset(), addIdenticalStays(freshSmallDataset(), 20_000, { clash: true }))));
    expect(error.message).toMatch(/^dataset fails 20000 integrity check\(s\):\n {2}visits: visits "stay-0" field id: repeats official visit "hsg-travel-900000"/);
  });
  it('loads 20,000 links on one issue beside 20,000 reserved issues', SLOW, () => {
    const ds = loadDataset(seal(freshSmallDataset(), addManyLinks(freshSmallDataset(), 20_000)));
    expect(ds.issueLinks.filter((l) => l.issueId === 'busy-issue')).toHaveLength(20_000);
  });
});

describe('search costs at most a bounded number of scans', () => {
  it('refuses text over 1,000 characters at once, by length', () => {
    const error = thrown(() => search(smallDataset, 'a '.repeat(5e5)));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(/^text: expected words to search for, at most 1000 characters \(1000000 given\), received "a a a/);
    expect(error.message.length).toBeLessThan(200);
  });
  it('counts a repeated word once', () => {
    expect(search(smallDataset, 'blinken '.repeat(120))).toEqual(search(smallDataset, 'blinken'));
  });
  it('takes 32 different words and refuses 33', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(search(smallDataset, words(32))).toEqual([]);
    expect(() => search(smallDataset, words(33))).toThrow(/^text: expected at most 32 different words \(33 given\)/);
  });
});

describe('the CLI reads only a regular dataset file of bounded size', () => {
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [cliFile, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  it('refuses /dev/zero and a pipe before reading, in --dataset and diff', SLOW, () => {
    expect(cli(['visits', '--dataset', '/dev/zero'])).toEqual({ status: 2, stdout: '', stderr: 'diplomatic-visits: --dataset: cannot read "/dev/zero": it is a device, not a regular file\n' });
    expect(cli(['diff', '/dev/zero', '/dev/zero']).stderr).toBe('diplomatic-visits: diff: <old.json>: cannot read "/dev/zero": it is a device, not a regular file\n');
    const fifo = path.join(work, 'fifo');
    spawnSync('mkfifo', [fifo]);
    // A pipe with no writer: opening it would wait for ever.
    expect(cli(['repl', '--dataset', fifo]).stderr).toMatch(/--dataset: cannot read ".*fifo": it is a pipe, not a regular file/);
  });
  it('refuses a file over the limit by its size, before reading it', SLOW, () => {
    const huge = path.join(work, 'huge.json');
    // Sparse: 3 GB on paper, no disk used.
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 2 ** 30);
    const out = cli(['visits', '--dataset', huge]);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe(`diplomatic-visits: --dataset: cannot read "${huge}": it is 3072.0 MiB, more than the 16.0 MiB a dataset file may have (set DIPLOMATIC_VISITS_MAX_DATASET_MB to allow more)\n`);
  });
  it('takes its limit from DIPLOMATIC_VISITS_MAX_DATASET_MB, and refuses a bad value', SLOW, () => {
    const file = path.join(work, 'small.json');
    writeFileSync(file, JSON.stringify(smallDataset));
    expect(cli(['visits', '--dataset', file, '--country', 'TR'], { DIPLOMATIC_VISITS_MAX_DATASET_MB: '0.01' }).stderr).toMatch(/more than the 0\.0 MiB a dataset file may have/);
    expect(cli(['visits', '--dataset', file, '--country', 'TR', '--format', 'json'], { DIPLOMATIC_VISITS_MAX_DATASET_MB: '1' }).status).toBe(0);
    expect(cli(['visits', '--dataset', file], { DIPLOMATIC_VISITS_MAX_DATASET_MB: 'lots' })).toMatchObject({ status: 2, stderr: 'diplomatic-visits: DIPLOMATIC_VISITS_MAX_DATASET_MB="lots": expected a number of MiB greater than 0, such as 64\n' });
  });
  it('documents the limit in its help', () => {
    expect(cli(['--help']).stdout).toMatch(/at most 16 MiB; DIPLOMATIC_VISITS_MAX_DATASET_MB=<MiB> allows larger ones/);
    expect(cli(['visits', '--help']).stdout.replace(/\s+/g, ' ')).toMatch(/at most 16 MiB unless DIPLOMATIC_VISITS_MAX_DATASET_MB says more/);
  });
});

describe('error messages echo a bounded picture of the value', () => {
  it('describes a value nested 100,000 deep in a schema failure, no stack overflow', () => {
    const error = thrown(() => loadDataset({ ...freshSmallDataset(), meta: deeplyNested(100_000) }));
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error.message).toMatch(/meta: Invalid input: expected object, received \[\[\[\[…\]\]\]\]$/m);
  });
  it('describes a nested value in JSON text too', () => {
    // Built as text: JSON.stringify itself overflows on such a value.
    const text = JSON.stringify(smallDataset).replace('"meta":{', `"meta":${'['.repeat(100_000)}${']'.repeat(100_000)},"x":{`);
    expect(() => loadDataset(text)).toThrow(/meta: Invalid input: expected object, received \[\[\[\[…\]\]\]\]$/m);
  });
  it('describes a 39 MB Buffer by its size, not its content', () => {
    const error = thrown(() => loadDataset({ ...freshSmallDataset(), visits: Buffer.alloc(39e6) }));
    expect(error.message).toMatch(/visits: Invalid input: expected array, received Buffer of 39000000 bytes/);
    expect(error.message.length).toBeLessThan(2000);
  });
  it('bounds the value an InvalidArgumentError echoes, whatever its depth or size', () => {
    expect(new InvalidArgumentError('x', 'y', deeplyNested(100_000)).message).toBe('x: expected y, received [[[[…]]]]');
    expect(new InvalidArgumentError('x', 'y', Buffer.alloc(39e6)).message).toBe('x: expected y, received Buffer of 39000000 bytes');
    expect(new InvalidArgumentError('x', 'y', 'z'.repeat(1e6)).message).toHaveLength('x: expected y, received '.length + 80);
    expect(new InvalidArgumentError('x', 'y', [NaN, 10n, -0, Infinity]).message).toBe('x: expected y, received [NaN,10n,-0,Infinity]');
  });
  it('clips a problem line that echoes a huge id', () => {
    const ds = freshSmallDataset();
    ds.issueLinks[0]!.issueId = 'x'.repeat(1e6);
    const error = thrown(() => loadDataset(seal(ds)));
    expect((error as DatasetValidationError).problems[0]!.length).toBe(500);
  });
});

describe('bytes and encodings are named, not mistaken for JSON or checksum faults', () => {
  const text = JSON.stringify(smallDataset);
  it('accepts a Buffer or Uint8Array as UTF-8 text, with or without a byte order mark', () => {
    expect(loadDataset(Buffer.from(text)).meta.sha256).toBe(smallDataset.meta.sha256);
    expect(loadDataset(new TextEncoder().encode(text)).meta.sha256).toBe(smallDataset.meta.sha256);
    expect(loadDataset(Buffer.from(`\ufeff${text}`)).meta.sha256).toBe(smallDataset.meta.sha256);
    expect(loadDataset(`\ufeff${text}`).meta.sha256).toBe(smallDataset.meta.sha256);
  });
  it('refuses UTF-16 by name, as bytes or as text read as UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(() => loadDataset(le)).toThrow(/^dataset is not UTF-8 text: it is UTF-16 \(little-endian byte order mark\)/);
    expect(() => loadDataset(Buffer.from(text, 'utf16le'))).toThrow(/^dataset is not UTF-8 text: it looks like UTF-16 or UTF-32 \(a NUL byte at offset 1\)/);
    expect(() => loadDataset(le.toString('utf8'))).toThrow(/UTF-16 byte order mark read as UTF-8/);
    expect(() => loadDataset(Buffer.from(text, 'utf16le').toString('utf8'))).toThrow(/the sign of UTF-16 or UTF-32 read as UTF-8/);
  });
  it('calls a file of NUL bytes binary, not bad JSON', () => {
    expect(() => loadDataset(Buffer.alloc(1000))).toThrow('dataset is not JSON text: it starts with NUL bytes, which JSON text never holds (a binary file?)');
    expect(() => loadDataset('\u0000'.repeat(1000))).toThrow(/^dataset is not JSON text: it starts with a NUL character/);
  });
  it('names one invalid UTF-8 byte and where it is, not a checksum mismatch', () => {
    const bytes = Buffer.from(text);
    const at = bytes.indexOf('Erdo');
    bytes[at] = 0xff;
    expect(() => loadDataset(bytes)).toThrow(`dataset is not valid UTF-8: byte 0xff at offset ${at} (line 1)`);
    // Read as text, the byte became U+FFFD: the checksum fails, and says why.
    expect(() => loadDataset(bytes.toString('utf8'))).toThrow(/checksum mismatch: .*the text holds U\+FFFD, the replacement character, on line 1: bytes that were not valid UTF-8/);
  });
  it('calls schemaVersion 1.5 invalid, not newer', () => {
    const error = thrown(() => loadDataset(seal({ ...freshSmallDataset(), meta: { ...freshSmallDataset().meta, schemaVersion: 1.5 } })));
    expect(error.message).toMatch(/meta\.schemaVersion: Invalid input: expected int, received 1\.5/);
    expect(error.message).not.toMatch(/newer|upgrade/);
  });
  it('refuses a value that is no dataset by name, and options that are not an object of booleans', () => {
    for (const [value, name] of [[10n, 'a bigint (10n)'], [Symbol('s'), 'a symbol'], [() => 1, 'a function'], [null, 'null'], [[1], 'an array'], [new Int16Array(2), 'a view of binary data (Int16Array), not a Uint8Array']] as const) {
      const error = thrown(() => loadDataset(value));
      expect(error).toBeInstanceOf(DatasetValidationError);
      expect(error.message).toContain(`expected JSON text, its UTF-8 bytes (a Buffer or Uint8Array) or a parsed dataset object, received ${name}`);
    }
    expect(() => loadDataset(text, null as never)).toThrow(new InvalidArgumentError('options', 'an object with any of the keys verifyChecksum, checkIntegrity', null));
    expect(() => loadDataset(text, { verifyChecksums: false } as never)).toThrow(/^options\.verifyChecksums: expected one of the keys/);
    expect(() => loadDataset(text, { verifyChecksum: 'no' } as never)).toThrow('options.verifyChecksum: expected true or false, received "no"');
  });
});
