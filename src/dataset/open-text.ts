// The browser build's way in to a shipped dataset: its JSON text, held as a string (dist/dataset.browser.js),
// opened as read-node.ts opens the file in Node: through the layout the build wrote with it, each top-level
// value (meta, visits, people, …) parsed and frozen on first access, so a first query parses only what it reads.
import type { BundledDataset } from '../schemas/records.js';
import { freezeShipped, freezeShippedCollection, shippedFrozen, shippedWithStatus } from './freeze-shipped.js';
import { LAYOUT_VERSION, type ShippedLayout } from './layout.js';
import { lazyFrozenRecord } from './lazy.js';

/** Where each top-level value sits in `text`, if `layout` is a layout of this very text; undefined otherwise. */
function usableLayout(text: string, layout: unknown): ShippedLayout | undefined {
  const l = layout as ShippedLayout | null | undefined;
  if (!l || typeof l !== 'object' || l.layoutVersion !== LAYOUT_VERSION || l.bytes !== text.length || typeof l.collections !== 'object' || l.collections === null
    || !Array.isArray(l.collections.meta) || !Array.isArray(l.withStatus?.visits) || !Array.isArray(l.withStatus?.trips)) return undefined;
  for (const [key, at] of Object.entries(l.collections)) {
    const prefix = `${JSON.stringify(key)}:`;
    const [start, end] = at as readonly [number, number];
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start || end > text.length || !text.startsWith(prefix, start - prefix.length)) return undefined;
  }
  return l;
}

/**
 * A shipped dataset from its JSON text, frozen: each top-level value parsed on first access when
 * `layout` describes the text (checked: its offsets and its meta.sha256), else the text parsed whole.
 */
export function openShippedText(text: string, layout: unknown): BundledDataset {
  const l = usableLayout(text, layout);
  const slice = (key: string) => {
    const [start, end] = l!.collections[key]!;
    return JSON.parse(text.slice(start, end)) as unknown;
  };
  let meta: { sha256?: unknown } | undefined;
  try {
    meta = l && (slice('meta') as { sha256?: unknown });
  } catch {
    meta = undefined; // not the text the layout describes
  }
  if (!l || !meta || typeof meta !== 'object' || meta.sha256 !== l.sha256) return freezeShipped(JSON.parse(text) as BundledDataset);
  const ds = lazyFrozenRecord<BundledDataset>(Object.keys(l.collections), (key) => {
    const value = key === 'meta' ? meta : slice(key);
    freezeShippedCollection(key, value);
    return value;
  });
  shippedFrozen.add(ds);
  const frozenList = (list: readonly (readonly [number, string, string])[]) => Object.freeze(list.map((entry) => Object.freeze([...entry] as const)));
  shippedWithStatus.set(ds, Object.freeze({ visits: frozenList(l.withStatus.visits), trips: frozenList(l.withStatus.trips) }));
  return ds;
}
