import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserModuleSource } from '../../scripts/build/browser-module.js';
import { shippedText } from '../../scripts/build/layout.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { isDeepFrozen } from './freeze.js';
import { shippedFrozen, shippedIds, shippedRaw, shippedWithStatus } from './freeze-shipped.js';
import { openShippedText } from './open-text.js';

// The browser build's data as the build writes it (dist/dataset.browser.js): the small fixture with
// a postponed visit and a quote to escape, its text (collections encoded, codec.ts) and layout taken
// from the generated module.
function shipped() {
  const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string }; visits: { id: string; status?: string }[]; issues: { label: string }[] };
  ds.visits[1]!.status = 'postponed';
  ds.issues[0]!.label = "Blinken's issue";
  const { text: json, layout } = shippedText(ds);
  const source = browserModuleSource(json, layout, 'x.json');
  const layoutText = /^export const layout = (.*);$/m.exec(source)![1]!;
  const text = JSON.parse(`"${/^export default '(.*)';$/m.exec(source)![1]!.replace(/"/g, '\\"')}"`) as string;
  return { text, layout: JSON.parse(layoutText) as Record<string, unknown>, value: JSON.parse(json) as Record<string, unknown>, visitId: ds.visits[1]!.id };
}

/** The lengths of the texts JSON.parse is given while `run` runs. */
function parsed(run: () => void): number[] {
  const parse = JSON.parse;
  const lengths: number[] = [];
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
    lengths.push(text.length);
    return parse(text, reviver);
  });
  try {
    run();
  } finally {
    vi.restoreAllMocks();
  }
  return lengths;
}

afterEach(() => vi.restoreAllMocks());

describe('openShippedText', () => {
  it('parses each top-level value on first access only, to the value of the whole text, frozen', () => {
    const { text, layout, value, visitId } = shipped();
    let ds!: Record<string, unknown>;
    const collections = layout.collections as Record<string, [number, number]>;
    const length = (key: string) => collections[key]![1] - collections[key]![0];
    expect(layout.encoded).toEqual(Object.keys(value).filter((key) => key !== 'meta')); // every collection in the compact form
    expect(parsed(() => (ds = openShippedText(text, layout) as unknown as Record<string, unknown>))).toEqual([length('meta')]);
    expect(shippedFrozen.has(ds)).toBe(true);
    expect(shippedWithStatus.get(ds)).toEqual({ visits: [[1, visitId, 'postponed']], trips: [] });
    expect(shippedIds.get(ds)).toEqual(layout.ids); // the browser build's layout keeps the id lists
    // the query index's way in: the collection as parsed, records frozen at the top, parsed once with the caller's
    const rawTrips = shippedRaw.get(ds)!('trips') as object[];
    expect(Object.isFrozen(rawTrips[0])).toBe(true);
    expect(parsed(() => expect(ds.trips).toBe(rawTrips))).toEqual([]);
    expect(parsed(() => expect(Object.isFrozen((ds.visits as object[])[0])).toBe(true))).toEqual([length('visits')]);
    expect(parsed(() => expect(ds.visits).toBe(ds.visits))).toEqual([]); // parsed once
    expect(Object.keys(ds)).toEqual(Object.keys(value));
    expect(JSON.stringify(ds)).toBe(JSON.stringify(value));
    expect(isDeepFrozen(ds)).toBe(true);
  });

  it('takes the id lists where a layout has them', () => {
    const { text, layout, value } = shipped();
    const ids = { people: `\n${(value.people as { id: string }[]).map((p) => p.id).join('\n')}\n`, countries: '\nJP\n' };
    expect(shippedIds.get(openShippedText(text, { ...layout, ids }))).toEqual(ids);
  });

  it('parses the text whole when the layout is not this text’s', () => {
    const { text, layout, value } = shipped();
    const collections = layout.collections as Record<string, [number, number]>;
    const wrong = [
      undefined,
      { ...layout, layoutVersion: 99 },
      { ...layout, bytes: text.length + 1 },
      { ...layout, sha256: 'f'.repeat(64) },
      { ...layout, collections: { ...collections, visits: collections.people } },
    ];
    for (const l of wrong) {
      let ds!: Record<string, unknown>;
      // at most the meta through the layout (then found to be another dataset's), then the whole text
      const lengths = parsed(() => (ds = openShippedText(text, l) as unknown as Record<string, unknown>));
      expect(lengths.at(-1)).toBe(text.length);
      expect(lengths.length).toBeLessThanOrEqual(2);
      expect(JSON.stringify(ds)).toBe(JSON.stringify(value));
      expect(isDeepFrozen(ds)).toBe(true);
    }
  });
});
