// `diplomatic-visits diff <old.json> <new.json>`, run as users run it: node dist/cli.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { diffDatasets } from '../src/diff/index.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { datasetChecksum } from '../src/util/checksum.js';
import { writeDataDir } from './fixtures/data-dir.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });

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
});

describe('diplomatic-visits diff', () => {
  it('prints a table of counts and the changes, and exits 0', () => {
    const r = run('diff', 'a.json', 'b.json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^old: 1\.0\.0 \(sha256 [0-9a-f]{12}\)\s+new: 1\.1\.0/);
    expect(r.stdout).toMatch(/^issues\s+3\s+4\s+1\s+0\s+0\s+3$/m);
    expect(r.stdout).toMatch(/^visits\s+3\s+3\s+0\s+0\s+1\s+2$/m);
    expect(r.stdout).toContain('issues: added (1)\n  + taiwan');
    expect(r.stdout).toContain('visits: changed (1)\n  ~ hsg-travel-2\n      locality: "Seoul" → "Seoul, Busan"');
  });

  it('prints the whole diff as JSON with --format json', () => {
    const r = run('diff', 'a.json', 'b.json', '--format', 'json');
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

  it('exits 0 for identical datasets', () => {
    const r = run('diff', 'a.json', 'a.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No record was added, removed or changed.');
  });

  it('limits the ids listed with --limit', () => {
    const r = run('diff', 'a.json', 'b.json', '--limit', '0');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('issues: added (1)\n  … and 1 more');
  });

  it('validates both files: a tampered or broken file fails with exit 1 and its name', () => {
    const r = run('diff', 'a.json', 'tampered.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^diplomatic-visits: tampered\.json: dataset checksum mismatch/);
    const j = run('diff', 'not-json.json', 'b.json');
    expect(j.status).toBe(1);
    expect(j.stderr).toContain('not-json.json: dataset is not valid JSON');
  });

  it('exits 2 on bad usage', () => {
    const cases: [string[], RegExp][] = [
      [['diff'], /diff: missing <old\.json> <new\.json>/],
      [['diff', 'a.json'], /diff: missing <old\.json> <new\.json>/],
      [['diff', 'a.json', 'b.json', 'c.json'], /unexpected argument "c\.json"/],
      [['diff', 'a.json', 'b.json', '--format', 'csv'], /diff: --format must be one of table, json, not "csv"/],
      [['diff', 'a.json', 'b.json', '--format', 'xml'], /--format must be one of/],
      [['diff', 'a.json', 'b.json', '--limit', 'many'], /--limit: expected a whole number, 0 or more, received "many"/],
      [['diff', 'a.json', 'b.json', '--bogus'], /unknown option --bogus/],
      [['diff', 'missing.json', 'b.json'], /^diplomatic-visits: diff: <old\.json>: cannot read "missing\.json": no such file\n$/],
      [['diff', 'a.json', 'missing.json'], /^diplomatic-visits: diff: <new\.json>: cannot read "missing\.json": no such file\n$/],
      [['diff', 'a.json', 'b.json', '--dataset', 'a.json'], /diff: --dataset does not apply to this command/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('is listed in the help', () => {
    expect(run('--help').stdout).toMatch(/^ {2}diff\s+what was added, removed and changed between two dataset files$/m);
    const help = run('diff', '--help').stdout;
    expect(help).toContain('Usage: diplomatic-visits diff <old.json> <new.json> [options]');
    // Only what it accepts: table or json, no --dataset; wrapped at 100 columns.
    expect(help).toMatch(/--format <fmt>\s+table \(default; fits 100 columns\) or json/);
    expect(help).not.toMatch(/csv|--dataset/);
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
