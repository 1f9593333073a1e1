// `npm:<spec>` as a dataset source (diff, scripts/changeset-data-summary.ts):
// `npm pack <spec>` into a temporary folder, with whatever registry npm is
// configured for, then dist/dataset.json read out of the tarball here (gunzip
// and the tar headers), so no tar program is needed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export class NpmPackError extends Error {
  override name = 'NpmPackError';
}

const DATASET = 'package/dist/dataset.json';

/** The bytes of `file` (default `package/dist/dataset.json`) in a `.tgz` made by `npm pack`. */
export function fileFromTarball(tgz: Uint8Array, maxBytes: number, file = DATASET): Uint8Array {
  let tar: Buffer;
  try {
    // The limit bounds a hostile tarball's expansion; the package is a few times the dataset.
    tar = gunzipSync(tgz, { maxOutputLength: Math.min(maxBytes * 4 + (1 << 20), 2 ** 31) });
  } catch (error) {
    throw new NpmPackError(`not a gzip tarball of an npm package, or larger than allowed (${(error as Error).message})`);
  }
  const text = (start: number, length: number) => {
    const raw = tar.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
  };
  let longName: string | undefined;
  for (let at = 0; at + 512 <= tar.length; ) {
    if (tar[at] === 0) break; // the zero blocks that end the archive
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    if (!Number.isSafeInteger(size) || size < 0) throw new NpmPackError('a tar header with an invalid size');
    const type = String.fromCharCode(tar[at + 156] ?? 48);
    const prefix = text(at + 257, 6) === 'ustar' ? text(at + 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(at, 100)}` : text(at, 100));
    const body = at + 512;
    longName = undefined;
    if (type === 'x') {
      // A pax header: `path=` overrides the next entry's name.
      const m = /\d+ path=([^\n]*)\n/.exec(tar.subarray(body, body + size).toString('utf8'));
      if (m) longName = m[1];
    } else if ((type === '0' || type === '\0') && name === file) {
      if (size > maxBytes) throw new NpmPackError(`${file} is ${size} bytes, more than the ${maxBytes} allowed`);
      return tar.subarray(body, body + size);
    }
    at = body + Math.ceil(size / 512) * 512;
  }
  throw new NpmPackError(`the tarball has no ${file.replace(/^package\//, '')}`);
}

/**
 * The bytes of dist/dataset.json of the package version `spec` names
 * (`diplomatic-visits@1.0.0`, `diplomatic-visits@latest`, `dv-old@npm:…`, a
 * tarball or a folder): `npm pack <spec>` in a temporary folder, removed after.
 */
export function datasetFromNpm(spec: string, maxBytes: number): Uint8Array {
  if (!spec || spec.startsWith('-')) throw new NpmPackError(`"${spec}": expected a package spec after npm: (e.g. npm:diplomatic-visits@1.0.0)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'dv-npm-pack-'));
  try {
    try {
      execFileSync('npm', ['pack', spec, '--loglevel', 'error', '--ignore-scripts', '--pack-destination', dir], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        shell: process.platform === 'win32',
      });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
      // npm's own reason, without its pointer to the debug log
      const lines = stderr.split('\n').map((l) => l.replace(/^npm error\s*/, '').trim()).filter((l) => l && !/^\d+$/.test(l) && !/complete log of this run/i.test(l));
      const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'npm was not found on PATH' : lines.slice(0, 3).join('; ') || `exit code ${(error as { status?: number }).status}`;
      throw new NpmPackError(`npm pack ${spec} failed: ${why}`);
    }
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new NpmPackError(`npm pack ${spec} wrote no tarball`);
    return fileFromTarball(readFileSync(path.join(dir, tarball)), maxBytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
