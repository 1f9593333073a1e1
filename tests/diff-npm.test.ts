// `diplomatic-visits diff npm:<spec>`: the dataset.json of a packed version.
// Offline: the specs here are package folders, which `npm pack` packs without
// a registry (tests/release runs the same against a registry on 127.0.0.1).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { datasetFromNpm, fileFromTarball, NpmPackError } from '../src/cli/npm-pack.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { datasetChecksum } from '../src/dataset/checksum.js';
import { writeDataDir } from './fixtures/data-dir.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
let dir: string;

/** A package folder `name@version` whose dist/dataset.json is `ds`. */
function packageDir(name: string, version: string, ds: Dataset): string {
  const pkg = path.join(dir, `${name}-${version}`);
  mkdirSync(path.join(pkg, 'dist'), { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name, version, files: ['dist'] }));
  writeFileSync(path.join(pkg, 'dist', 'dataset.json'), JSON.stringify(ds));
  return pkg;
}

/** A ustar header block for `name` of `size` bytes (checksum filled in). */
function header(name: string, size: number, type = '0', prefix = ''): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100);
  h.write('0000644\0', 100);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  h.write(prefix, 345, 155);
  h.write('        ', 148);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}
const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);

let a: Dataset;
let b: Dataset;
let old: string;
let current: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dv-diff-npm-'));
  a = buildDataset(writeDataDir(), '1.0.0').dataset!;
  b = structuredClone(a) as Dataset;
  b.meta.version = '1.1.0';
  b.visits.find((v) => v.id === 'hsg-travel-2')!.locality = 'Seoul, Busan';
  b.meta.sha256 = datasetChecksum(b);
  old = packageDir('demo-data', '1.0.0', a);
  current = packageDir('demo-data', '1.1.0', b);
});

describe('npm:<spec> datasets', () => {
  it('reads dist/dataset.json out of what npm pack makes', () => {
    const bytes = datasetFromNpm(old, 1 << 26);
    expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toEqual(a);
    // and leaves no tarball behind in the working directory
    expect(readdirSync(dir).filter((f) => f.endsWith('.tgz'))).toEqual([]);
  });

  it('reads the tar format: ustar prefixes, pax paths, and says what is missing or too large', () => {
    const body = Buffer.from('{"x":1}');
    const plain = gzipSync(Buffer.concat([header('package/README.md', 3), pad(Buffer.from('hi\n')), header('package/dist/dataset.json', body.length), pad(body), Buffer.alloc(1024)]));
    expect(Buffer.from(fileFromTarball(plain, 100)).toString()).toBe('{"x":1}');
    const prefixed = gzipSync(Buffer.concat([header('dataset.json', body.length, '0', 'package/dist'), pad(body), Buffer.alloc(1024)]));
    expect(Buffer.from(fileFromTarball(prefixed, 100)).toString()).toBe('{"x":1}');
    const record = '30 path=package/dist/dataset.json\n';
    const pax = gzipSync(Buffer.concat([header('PaxHeader/x', record.length, 'x'), pad(Buffer.from(record)), header('package/dist/datas', body.length), pad(body), Buffer.alloc(1024)]));
    expect(Buffer.from(fileFromTarball(pax, 100)).toString()).toBe('{"x":1}');
    expect(() => fileFromTarball(plain, 3)).toThrow(new NpmPackError('package/dist/dataset.json is 7 bytes, more than the 3 allowed'));
    const none = gzipSync(Buffer.concat([header('package/README.md', 3), pad(Buffer.from('hi\n')), Buffer.alloc(1024)]));
    expect(() => fileFromTarball(none, 100)).toThrow(new NpmPackError('the tarball has no dist/dataset.json'));
    expect(() => fileFromTarball(Buffer.from('not gzip'), 100)).toThrow(/^not a gzip tarball of an npm package/);
  });

  it('says why npm pack failed, and refuses a spec that is an option', () => {
    expect(() => datasetFromNpm(path.join(dir, 'no-such-folder'), 1 << 20)).toThrow(/^npm pack .*no-such-folder failed: /);
    expect(() => datasetFromNpm('--registry=http://x', 1 << 20)).toThrow(/expected a package spec after npm:/);
    expect(() => datasetFromNpm('', 1 << 20)).toThrow(/expected a package spec after npm:/);
  });

  it('diplomatic-visits diff npm:<spec> npm:<spec> compares the two versions', () => {
    const r = spawnSync(process.execPath, [cli, 'diff', `npm:${old}`, `npm:${current}`, '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout);
    expect(diff.from.version).toBe('1.0.0');
    expect(diff.to.version).toBe('1.1.0');
    expect(diff.collections.visits.changed).toEqual([{ id: 'hsg-travel-2', fields: ['locality'], changes: [{ path: 'locality', kind: 'changed', before: 'Seoul', after: 'Seoul, Busan' }] }]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1 });
    // a file on one side, npm:<spec> on the other
    const file = path.join(dir, 'old.json');
    writeFileSync(file, readFileSync(path.join(old, 'dist', 'dataset.json')));
    const mixed = spawnSync(process.execPath, [cli, 'diff', file, `npm:${current}`, '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(mixed.stdout)).toEqual(diff);
  });

  it('exits 2 with npm\'s reason when the version cannot be packed', () => {
    const r = spawnSync(process.execPath, [cli, 'diff', `npm:${path.join(dir, 'missing')}`, `npm:${current}`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^diplomatic-visits: diff: <old\.json>: npm pack .*missing failed: \S/);
    expect(r.stdout).toBe('');
    const bad = packageDir('demo-data', '9.9.9', a);
    writeFileSync(path.join(bad, 'dist', 'dataset.json'), '{"meta":');
    const invalid = spawnSync(process.execPath, [cli, 'diff', `npm:${bad}`, `npm:${current}`], { cwd: dir, encoding: 'utf8' });
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain(`diplomatic-visits: npm:${bad}: `);
  });
});
