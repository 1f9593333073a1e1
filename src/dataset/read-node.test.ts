import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedText } from '../../scripts/build/layout.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { isDeepFrozen } from './freeze.js';
import { shippedFrozen, shippedWithStatus } from './freeze-shipped.js';
import { layoutUrl } from './layout.js';
import { visits } from '../query/visits/index.js';
import { collectionsRead, openShippedDataset, readShippedDataset } from './read-node.js';

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

describe('openShippedDataset', () => {
  // A shipped file as the build writes it: the small fixture with a postponed visit, and its layout beside it.
  const shipped = (name: string, edit?: (layout: Record<string, unknown>) => void) => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string }; visits: { id: string; status?: string }[] };
    ds.visits[1]!.status = 'postponed';
    const { text, layout } = shippedText(ds);
    const url = file(name, text);
    const written = JSON.parse(JSON.stringify(layout)) as Record<string, unknown>;
    edit?.(written);
    writeFileSync(fileURLToPath(layoutUrl(url)), JSON.stringify(written));
    return { url, value: JSON.parse(text) as Record<string, unknown>, text, visitId: ds.visits[1]!.id };
  };

  it('reads each collection on first access only, to the value of the whole file, frozen', () => {
    const { url, value, visitId } = shipped('lazy.json');
    const ds = openShippedDataset(url) as unknown as Record<string, unknown>;
    expect(collectionsRead.get(ds)).toEqual(['meta']);
    expect(shippedFrozen.has(ds)).toBe(true);
    expect(shippedWithStatus.get(ds)).toEqual({ visits: [[1, visitId, 'postponed']], trips: [] });
    expect(Object.isFrozen((ds.visits as object[])[0])).toBe(true);
    expect(collectionsRead.get(ds)).toEqual(['meta', 'visits']);
    expect(ds.visits).toBe(ds.visits); // parsed once
    expect(Object.keys(ds)).toEqual(Object.keys(value));
    expect(ds).toEqual(value);
    expect(JSON.stringify(ds)).toBe(JSON.stringify(value));
    expect(() => {
      'use strict';
      (ds as { visits: unknown }).visits = [];
    }).toThrow(TypeError);
    expect(isDeepFrozen(ds)).toBe(true);
  });

  it('checks a person id or a country code against the layout, reading only the collections the answer comes from', () => {
    const { url } = shipped('ids.json');
    const ds = openShippedDataset(url);
    expect(visits(ds, { person: 'blinken-antony-j', country: 'jp' }).map((v) => v.id)).toEqual(['hsg-travel-3992', 'hsg-travel-4181']);
    expect(collectionsRead.get(ds)).toEqual(['meta', 'visits']);
    // An unknown one reads the collection, for the suggestion.
    expect(() => visits(ds, { person: 'blinken-antony' as never })).toThrow(/unknown person "blinken-antony".*blinken-antony-j/);
    expect(collectionsRead.get(ds)).toEqual(['meta', 'visits', 'people']);
  });

  it('reads the file whole when the layout is missing, of another version, or of another file', () => {
    const cases = [
      shipped('no-layout.json', (l) => { for (const k of Object.keys(l)) delete l[k]; }),
      shipped('old-layout.json', (l) => { l.layoutVersion = 0; }),
      shipped('other-sha.json', (l) => { l.sha256 = '0'.repeat(64); }),
      shipped('other-size.json', (l) => { l.bytes = (l.bytes as number) + 1; }),
      shipped('moved.json', (l) => { (l.collections as Record<string, number[]>).meta = [0, 10]; }),
    ];
    for (const { url, value } of cases) {
      const ds = openShippedDataset(url);
      expect(collectionsRead.get(ds), url.pathname).toBeUndefined();
      expect(ds).toEqual(value);
      expect(isDeepFrozen(ds)).toBe(true);
    }
  });

  it('says so when the file changes after it was opened, rather than reading another file at old offsets', () => {
    const { url, text } = shipped('changed.json');
    const ds = openShippedDataset(url);
    writeFileSync(fileURLToPath(url), `${text} `);
    expect(() => ds.visits).toThrow(/cannot read the bundled dataset at .*changed\.json: it changed after it was opened: the file has \d+ bytes, its layout says \d+/);
  });
});
