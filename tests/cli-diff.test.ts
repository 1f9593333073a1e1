// `diplomatic-visits diff <old.json> <new.json>`, run in-process through
// run(argv, io) in the folder of the files, as a user runs it there; the
// --exit-code case also spawns node dist/cli.js for the real exit status.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { diffDatasets, diffToMarkdown } from '../src/diff/index.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { datasetChecksum } from '../src/dataset/checksum.js';
import { writeDataDir } from './fixtures/data-dir.js';
import { runCli, spawnCli } from './helpers/cli.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const run = (...args: string[]) => runCli(args);
const cwd = process.cwd();

let dir: string;
let a: Dataset;
let b: Dataset;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  dir = mkdtempSync(path.join(tmpdir(), 'dv-cli-diff-'));
  a = buildDataset(writeDataDir(), '1.0.0').dataset!;
  b = structuredClone(a) as Dataset;
  b.meta.version = '1.1.0';
  b.visits.find((v) => v.id === 'hsg-travel-2')!.locality = 'Seoul, Busan';
  b.issues.push({ id: 'taiwan', label: 'Taiwan', description: 'Cross-strait relations.', aliases: ['cross-strait'], reserved: true });
  b.meta.counts.issues = b.issues.length;
  b.meta.sha256 = datasetChecksum(b);
  writeFileSync(path.join(dir, 'a.json'), JSON.stringify(a));
  writeFileSync(path.join(dir, 'b.json'), JSON.stringify(b, null, 2));
  const tampered = structuredClone(b);
  tampered.visits[0]!.locality = 'Nowhere';
  writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify(tampered));
  writeFileSync(path.join(dir, 'not-json.json'), '{"meta":');
  // The forks pool runs each file in its own process: changing its folder touches no other file.
  process.chdir(dir);
});
afterAll(() => process.chdir(cwd));

describe('diplomatic-visits diff', () => {
  it('prints a table of counts and the changes, and exits 0', async () => {
    const r = (await run('diff', 'a.json', 'b.json'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^old: 1\.0\.0 \(sha256 [0-9a-f]{12}\)\s+new: 1\.1\.0/);
    expect(r.stdout).toMatch(/^issues\s+3\s+4\s+1\s+0\s+0\s+3$/m);
    expect(r.stdout).toMatch(/^visits\s+3\s+3\s+0\s+0\s+1\s+2$/m);
    expect(r.stdout).toContain('issues: added (1)\n  + taiwan');
    expect(r.stdout).toContain('visits: changed (1)\n  ~ hsg-travel-2\n      locality: "Seoul" → "Seoul, Busan"');
  });

  it('prints the whole diff as JSON with --format json', async () => {
    const r = (await run('diff', 'a.json', 'b.json', '--format', 'json'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(JSON.parse(JSON.stringify(diffDatasets(a, b))));
    expect(out.collections.visits.changed[0]).toEqual({
      id: 'hsg-travel-2',
      fields: ['locality'],
      changes: [{ path: 'locality', kind: 'changed', before: 'Seoul', after: 'Seoul, Busan' }],
    });
    expect(out.summary).toMatchObject({ added: 1, removed: 0, changed: 1 });
  });

  it('exits 0 for identical datasets', async () => {
    const r = (await run('diff', 'a.json', 'a.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No record was added, removed or changed.');
  });

  it('limits the ids listed with --limit', async () => {
    const r = (await run('diff', 'a.json', 'b.json', '--limit', '0'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('issues: added (1)\n  … and 1 more');
  });

  it('validates both files: a tampered or broken file fails with exit 1 and its name', async () => {
    const r = (await run('diff', 'a.json', 'tampered.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^diplomatic-visits: tampered\.json: dataset checksum mismatch/);
    const j = (await run('diff', 'not-json.json', 'b.json'));
    expect(j.status).toBe(1);
    expect(j.stderr).toContain('not-json.json: dataset is not valid JSON');
  });

  it('exits 2 on bad usage', async () => {
    const cases: [string[], RegExp][] = [
      [['diff'], /diff: missing <old\.json> <new\.json>/],
      [['diff', 'a.json'], /diff: missing <old\.json> <new\.json>/],
      [['diff', 'a.json', 'b.json', 'c.json'], /unexpected argument "c\.json"/],
      [['diff', 'a.json', 'b.json', '--format', 'csv'], /diff: --format must be one of table, json, markdown, not "csv"/],
      [['diff', 'a.json', 'b.json', '--format', 'xml'], /--format must be one of/],
      [['diff', 'a.json', 'b.json', '--limit', 'many'], /--limit: expected a whole number, 0 or more, received "many"/],
      [['diff', 'a.json', 'b.json', '--bogus'], /unknown option --bogus/],
      [['diff', 'missing.json', 'b.json'], /^diplomatic-visits: diff: <old\.json>: cannot read "missing\.json": no such file\n$/],
      [['diff', 'a.json', 'missing.json'], /^diplomatic-visits: diff: <new\.json>: cannot read "missing\.json": no such file\n$/],
      [['diff', 'a.json', 'b.json', '--dataset', 'a.json'], /diff: --dataset does not apply to this command/],
    ];
    for (const [args, message] of cases) {
      const r = (await run(...args));
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('is listed in the help', async () => {
    expect((await run('--help')).stdout).toMatch(/^ {2}diff\s+what was added, removed and changed between two dataset files$/m);
    const help = (await run('diff', '--help')).stdout;
    expect(help).toContain('Usage: diplomatic-visits diff <old.json> <new.json> [options]');
    // Only what it accepts: table or json, no --dataset; wrapped at 100 columns.
    expect(help).toMatch(/--format <fmt>\s+table \(default; fits the terminal,\s+or\s+100\s+columns\),\s+json[\s\S]*or\s+markdown/);
    expect(help).not.toMatch(/csv|--dataset/);
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});

describe('diff --exit-code and --format markdown', () => {
  it('exits 1 with --exit-code when the files differ, 0 when they do not', async () => {
    expect((await run('diff', 'a.json', 'b.json', '--exit-code')).status).toBe(1);
    expect(spawnCli(['diff', 'a.json', 'b.json', '--exit-code'], { cwd: dir })).toMatchObject({ status: 1, stderr: '' });
    expect((await run('diff', 'a.json', 'a.json', '--exit-code')).status).toBe(0);
    // Without it: 0 either way.
    expect((await run('diff', 'a.json', 'b.json')).status).toBe(0);
    // An unreadable file is still bad usage, not "differ".
    expect((await run('diff', 'a.json', 'missing.json', '--exit-code')).status).toBe(2);
  });
  it('prints diffToMarkdown with --format markdown, --limit applied', async () => {
    const out = (await run('diff', 'a.json', 'b.json', '--format', 'markdown'));
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(diffToMarkdown(diffDatasets(a, b)));
    expect(out.stdout).toMatch(/^Data: .*dataset 1\.0\.0 → 1\.1\.0/);
    expect(out.stdout).toContain('| collection | before | after | added | removed | corrected |');
    expect((await run('diff', 'a.json', 'b.json', '--format', 'markdown', '--limit', '0')).stdout).toBe(diffToMarkdown(diffDatasets(a, b), { maxIds: 0 }));
    expect((await run('diff', 'a.json', 'b.json', '--format', 'csv')).stderr).toMatch(/--format must be one of table, json, markdown/);
  });
});
