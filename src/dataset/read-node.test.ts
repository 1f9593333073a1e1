import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedText } from '../../scripts/build/layout.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { isDeepFrozen } from './freeze.js';
import { shippedFrozen, shippedWithStatus } from './freeze-shipped.js';
import { layoutUrl, recordsUrl } from './layout.js';
import { tripOf } from '../query/tripOf/index.js';
import { trips } from '../query/trips/index.js';
import { visits } from '../query/visits/index.js';
import type { Dataset } from '../schemas/dataset.js';
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
  const shipped = (name: string, edit?: (layout: Record<string, unknown>) => void, withRecords = false) => {
    const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string }; visits: { id: string; status?: string }[] };
    ds.visits[1]!.status = 'postponed';
    const { text, layout, records } = shippedText(ds);
    const url = file(name, text);
    if (withRecords) writeFileSync(fileURLToPath(recordsUrl(url)), JSON.stringify(records));
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

  it('reads one person\'s visits and trips alone through the records index, the same objects the collection holds later', () => {
    const { url, value, visitId } = shipped('by-person.json', undefined, true);
    const all = value as unknown as Dataset;
    const ds = openShippedDataset(url) as unknown as Dataset;
    // Austin's second visit is postponed in this file: the default view leaves it out without reading the visits whole.
    const austin = visits(ds, { person: 'austin-lloyd-j' });
    expect(austin.map((v) => v.id)).toEqual(all.visits.filter((v) => v.traveler.personId === 'austin-lloyd-j' && v.id !== visitId).map((v) => v.id));
    expect(visits(ds, { person: 'austin-lloyd-j', status: 'all' }).map((v) => v.id)).toEqual(all.visits.filter((v) => v.traveler.personId === 'austin-lloyd-j').map((v) => v.id));
    const blinken = trips(ds, { person: 'blinken-antony-j' });
    expect(blinken).toEqual(all.trips.filter((t) => t.personId === 'blinken-antony-j'));
    expect(collectionsRead.get(ds)).toEqual(['meta', 'visits:austin-lloyd-j', 'trips:blinken-antony-j']);
    expect(austin.every((v) => isDeepFrozen(v))).toBe(true);
    // Read whole afterwards: the records already handed out are the collection's own.
    expect(ds.visits.find((v) => v.id === austin[0]!.id)).toBe(austin[0]);
    expect(ds.trips.find((t) => t.id === blinken[0]!.id)).toBe(blinken[0]);
    expect(collectionsRead.get(ds)).toEqual(['meta', 'visits:austin-lloyd-j', 'trips:blinken-antony-j', 'visits', 'trips']);
    expect(ds).toEqual(value);
    // And a person asked after that is answered from the whole collection, reading nothing more.
    const readSoFar = collectionsRead.get(ds)!.length;
    expect(visits(ds, { person: 'blinken-antony-j' }).length).toBeGreaterThan(0);
    expect(collectionsRead.get(ds)).toHaveLength(readSoFar);
  });

  it('reads a visit or trip asked for by id, and the visits at an event, alone through the records index', () => {
    const { url, value } = shipped('by-id.json', undefined, true);
    const all = value as unknown as Dataset;
    const ds = openShippedDataset(url) as unknown as Dataset;
    const visit = all.visits.find((v) => v.tripId && v.eventIds.length)!;
    const trip = tripOf(ds, visit.id)!;
    expect(trip.id).toBe(visit.tripId);
    const atEvent = visits(ds, { event: visit.eventIds[0]! });
    expect(atEvent.map((v) => v.id)).toEqual(all.visits.filter((v) => v.eventIds.includes(visit.eventIds[0]!) && v.status === undefined).map((v) => v.id));
    expect(collectionsRead.get(ds)!.filter((read) => read === 'visits' || read === 'trips')).toEqual([]);
    expect(ds.trips.find((t) => t.id === trip.id)).toBe(trip);
    expect(ds.visits.find((v) => v.id === atEvent[0]!.id)).toBe(atEvent[0]);
  });

  it('reads the collection whole when the records index is of another file', () => {
    const { url, value } = shipped('other-records.json', undefined, true);
    const records = JSON.parse(readFileSync(fileURLToPath(recordsUrl(url)), 'utf8')) as { sha256: string };
    writeFileSync(fileURLToPath(recordsUrl(url)), JSON.stringify({ ...records, sha256: '0'.repeat(64) }));
    const ds = openShippedDataset(url) as unknown as Dataset;
    expect(visits(ds, { person: 'blinken-antony-j' }).length).toBe((value as unknown as Dataset).visits.filter((v) => v.traveler.personId === 'blinken-antony-j').length);
    expect(collectionsRead.get(ds)).toEqual(['meta', 'visits']);
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
