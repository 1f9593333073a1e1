import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { datasetChecksum } from '../src/dataset/checksum.js';
import { validContent } from './fixtures/lint-base.js';
import { writeDataDir } from './fixtures/data-dir.js';

const root = path.resolve(import.meta.dirname, '..');

describe('build-dataset', () => {
  it('merges the layers of a valid data directory', () => {
    const { dataset, problems } = buildDataset(writeDataDir(), '1.2.3');
    expect(problems).toEqual([]);
    expect(dataset!.meta).toMatchObject({ name: 'diplomatic-visits', version: '1.2.3', schemaVersion: 1 });
    expect(dataset!.meta.counts).toEqual({ countries: 3, people: 2, sources: 2, visits: 3, trips: 1, events: 1, issues: 3, issueLinks: 1, discrepancies: 1 });
    const tokyo = dataset!.visits.find((v) => v.id === 'hsg-travel-1')!;
    // the annotation adds the event and its quote; the trip gives the tripId
    expect(tokyo.eventIds).toEqual(['tokyo-2-plus-2']);
    expect(tokyo.tripId).toBe('blinken-antony-j-2021-03-15');
    expect(tokyo.provenance).toEqual([
      { sourceId: 'hsg-travels', recordIds: ['hsg-travel-1'] },
      { sourceId: 'article-a', quote: 'Blinken in Tokyo' },
    ]);
    expect(Object.keys(tokyo)).toEqual(['id', 'traveler', 'travelerCountry', 'country', 'locality', 'start', 'end', 'kind', 'tripId', 'eventIds', 'provenance']);
    expect(dataset!.meta.sha256).toBe(datasetChecksum(dataset!));
  });

  it('writes the same bytes whatever the order of the records in the files, and whenever it runs', () => {
    const content = validContent();
    const shuffled = validContent();
    for (const list of Object.values(shuffled)) if (Array.isArray(list)) list.reverse();
    expect(shuffled.visits.map((v) => v.id)).not.toEqual(content.visits.map((v) => v.id));
    vi.useFakeTimers({ now: new Date('2001-02-03T04:05:06Z') });
    const a = JSON.stringify(buildDataset(writeDataDir(content), '0.0.0').dataset);
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    const b = JSON.stringify(buildDataset(writeDataDir(shuffled), '0.0.0').dataset);
    vi.useRealTimers();
    expect(a).toBe(b);
  });

  it('sorts records by id, numbers naturally', () => {
    const content = validContent();
    content.visits.push({ ...structuredClone(content.visits[1]!), id: 'hsg-travel-10', start: '2021-03-20', end: '2021-03-20', provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-10'] }] });
    delete content.visits[3]!.tripId;
    const { dataset, problems } = buildDataset(writeDataDir(content), '0.0.0');
    expect(problems).toEqual([]);
    expect(dataset!.visits.map((v) => v.id)).toEqual(['austin-2021-03-15-jp', 'hsg-travel-1', 'hsg-travel-2', 'hsg-travel-10']);
  });

  it('names file, record, field and expectation for a record that fails its schema', () => {
    const content = validContent();
    content.visits[2]!.start = '2021-02-30';
    const { dataset, problems } = buildDataset(writeDataDir(content), '0.0.0');
    expect(dataset).toBeUndefined();
    expect(problems).toContain('data/curated/visits.json: record "austin-2021-03-15-jp" field start: expected a real calendar date written YYYY-MM-DD');
  });

  it('lists every problem at once, with the file that holds each record', () => {
    const content = validContent();
    content.issueLinks[0]!.issueId = 'no-such-issue';
    content.events[0]!.end = '2021-03-01';
    const { problems } = buildDataset(writeDataDir(content), '0.0.0');
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^data\/curated\/issue-links.json: issueLinks "link-1" field issueId: "no-such-issue" is not in issues/),
      expect.stringMatching(/^data\/curated\/events.json: events "tokyo-2-plus-2" field end: end 2021-03-01 is before start 2021-03-16/),
    ]));
  });

  it('refuses an annotation on a visit the official layer does not hold', () => {
    const dir = writeDataDir(validContent(), {
      'curated/visit-annotations.json': [{ visitId: 'hsg-travel-99', evidence: [{ sourceId: 'article-a', quote: 'x' }] }],
    });
    const { problems } = buildDataset(dir, '0.0.0');
    expect(problems.join('\n')).toMatch(/data\/curated\/visit-annotations.json: visits "hsg-travel-99" field visitId: annotation names "hsg-travel-99", which is not an official visit/);
  });

  it('refuses a curated trip that drops a visit of the derived trip it replaces', () => {
    const dir = writeDataDir(validContent(), {
      'official/trips.json': [{ id: 'blinken-antony-j-2021-03-15', personId: 'blinken-antony-j', title: 'Japan, South Korea', start: '2021-03-15', end: '2021-03-18', visitIds: ['hsg-travel-1', 'hsg-travel-2'], derived: true }],
      'curated/trips.json': [{ ...validContent().trips[0]!, visitIds: ['hsg-travel-1'], end: '2021-03-17' }],
    });
    const { problems } = buildDataset(dir, '0.0.0');
    expect(problems.join('\n')).toMatch(/trips "blinken-antony-j-2021-03-15" field visitIds: replaces the derived trip "blinken-antony-j-2021-03-15" but omits its visits hsg-travel-2/);
  });

  it('reports a missing data file and invalid JSON clearly', () => {
    const dir = writeDataDir();
    rmSync(path.join(dir, 'curated/events.json'));
    writeFileSync(path.join(dir, 'curated/issues.json'), '[{');
    const { problems } = buildDataset(dir, '0.0.0');
    expect(problems).toEqual(expect.arrayContaining([
      'data/curated/events.json: file is missing: expected a JSON array (an empty one, [], if it has no records yet)',
      expect.stringMatching(/^data\/curated\/issues.json: not valid JSON/),
    ]));
  });

  it('exits non-zero from the command line and writes nothing on bad data', () => {
    const content = validContent();
    content.visits[0]!.country = 'ZZ';
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-dataset.ts'), writeDataDir(content), '--out', path.join(tmpdir(), 'never.json')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/problem\(s\); nothing written/);
    expect(result.stderr).toMatch(/visits "hsg-travel-1" field country: "ZZ" is not in countries/);
  });

  it('the committed data builds to ASCII-only JSON (read by V8 as a one-byte string)', () => {
    // dist/dataset.json, built from the committed data by npm test's build; the order-and-time
    // independence of the build is tested above on the fixture.
    const bytes = readFileSync(path.join(root, 'dist', 'dataset.json'));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(JSON.stringify(JSON.parse(bytes.toString('utf8')))).toMatch(/[^\x00-\x7f]/); // the data itself is not all ASCII (written as \u escapes)
  });
});
