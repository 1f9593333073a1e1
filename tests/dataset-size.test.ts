// The gzipped dataset is what every user downloads (npm, a CDN, a browser bundle):
// issue 13 set its ceiling at 600 KB when the derived facts were added. A change that
// crosses it must be argued, not noticed later.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT_BYTES = 600_000;

describe('dist/dataset.json size', () => {
  it(`stays under ${LIMIT_BYTES.toLocaleString('en-US')} bytes gzipped (zlib default level)`, () => {
    const text = readFileSync(path.join(root, 'dist', 'dataset.json'));
    const meta = (JSON.parse(text.toString('utf8')) as { meta: { counts: { visits: number } } }).meta;
    // A fixture build left in dist/ would pass trivially: measure only the full dataset.
    expect(meta.counts.visits).toBeGreaterThan(7000);
    const gzipped = gzipSync(text).length;
    console.log(`dist/dataset.json: ${text.length.toLocaleString('en-US')} bytes, ${gzipped.toLocaleString('en-US')} gzipped (limit ${LIMIT_BYTES.toLocaleString('en-US')})`);
    expect(gzipped).toBeLessThan(LIMIT_BYTES);
  });
});
