import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readShippedDataset } from './read-node.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dv-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const full = path.join(dir, name);
  writeFileSync(full, text, 'utf8');
  return pathToFileURL(full);
};

describe('readShippedDataset', () => {
  const value = { name: 'Türkiye 東京 \u2028', n: [1, 2] };

  it('reads an ASCII file (non-ASCII written as \\u escapes) to the same value', () => {
    const ascii = JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(readShippedDataset(file('ascii.json', ascii))).toEqual(value);
  });

  it('still reads a file that is UTF-8 rather than ASCII', () => {
    expect(readShippedDataset(file('utf8.json', JSON.stringify(value)))).toEqual(value);
  });

  it('names the file and the way out when it cannot read it', () => {
    expect(() => readShippedDataset(pathToFileURL(path.join(dir, 'missing.json')))).toThrow(/cannot read the bundled dataset at .*missing\.json.*npm run build/);
  });
});
