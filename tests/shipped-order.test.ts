// getDataset() trusts the shipped files' order (the query index copies their
// visits, trips and events as sorted, without checking): the build must write them so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import { byStart } from '../src/query/_lib/dataset-index.js';
import type { Dataset } from '../src/schemas/dataset.js';
import { writeDataDir } from './fixtures/data-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outOfOrder = (ds: Dataset) => (['visits', 'trips', 'events'] as const).flatMap((key) => {
  const items = ds[key] as readonly { id: string; start: string }[];
  return items.flatMap((item, i) => (i > 0 && byStart(items[i - 1]!, item) > 0 ? [`${key}: ${items[i - 1]!.id} before ${item.id}`] : []));
});

describe('the shipped files are in start order (then natural id order)', () => {
  it.each(['dataset.json', 'curated.json'])('dist/%s', (file) => {
    const ds = JSON.parse(readFileSync(path.join(root, 'dist', file), 'utf8')) as Dataset;
    expect(ds.visits.length).toBeGreaterThan(0);
    expect(outOfOrder(ds)).toEqual([]);
  });
  it('a build of the fixture data', () => {
    const built = buildDataset(writeDataDir(), '1.0.0').dataset!;
    expect(built.visits.length).toBeGreaterThan(1);
    expect(outOfOrder(built)).toEqual([]);
  });
});
