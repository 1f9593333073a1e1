// `diplomatic-visits counterparts`: who a person met, either way, saying which
// facts are curated and which derived from the official remarks; the answers
// are the helper's, checked against the bundled data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AnyDataset } from '../src/schemas/records.js';
import { counterparts } from '../src/query/index.js';
import { runCli } from './helpers/cli.js';

const dist = path.join(path.resolve(import.meta.dirname, '..'), 'dist');
// the data the CLI answers from: the built file (npm test builds first)
const ds = JSON.parse(readFileSync(path.join(dist, 'dataset.json'), 'utf8')) as AnyDataset;
const getDataset = () => ds;
// In-process through run(argv, io), the seam dist/cli.js uses, on the same built data.
vi.mock('../src/dataset/bundled-node.js', async () => (await import('./helpers/bundled-from-dist.js')).bundledFromDist());
const cli = (...args: string[]) => runCli(args);

describe('counterparts command', () => {
  it('lists the same people as the helper, as json, with derived and curated told apart', async () => {
    const out = (await cli('counterparts', '--person', 'blinken-antony-j', '--format', 'json'));
    expect(out.status).toBe(0);
    const rows = JSON.parse(out.stdout) as { person: { id: string }; derived: boolean; visits: { id: string }[]; events: { id: string }[] }[];
    const expected = counterparts(getDataset(), 'blinken-antony-j');
    expect(rows.map((r) => r.person.id)).toEqual(expected.map((c) => c.person.id));
    // Wang Yi met Blinken at curated events; Netanyahu only in the remarks of Blinken's visits
    expect(rows.find((r) => r.person.id === 'wang-yi')).toMatchObject({ derived: false });
    const netanyahu = rows.find((r) => r.person.id === 'netanyahu-benjamin')!;
    expect(netanyahu.derived).toBe(true);
    for (const v of netanyahu.visits) expect(getDataset().visits.find((x) => x.id === v.id)?.remarks).toMatch(/Netanyahu/);
  });

  it('prints a table with the source column, sorts and limits, and takes a date range', async () => {
    const out = (await cli('counterparts', '--person', 'kissinger-henry-a', '--from', '1973', '--to', '1974', '--sort', 'visits', '--reverse', '--limit', '3'));
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^person\s+name\s+events\s+visits\s+source$/);
    expect(lines).toHaveLength(2 + 3);
    const visitCounts = lines.slice(2).map((l) => Number(l.trim().split(/\s{2,}/)[3]));
    expect([...visitCounts].sort((a, b) => b - a)).toEqual(visitCounts);
  });

  it('refuses a missing or unknown person with exit 2', async () => {
    expect((await cli('counterparts')).status).toBe(2);
    const unknown = (await cli('counterparts', '--person', 'kissinger'));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/kissinger-henry-a/);
  });
});
