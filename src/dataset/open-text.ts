// The browser build's way in to a shipped dataset: its JSON text, held as a string (dist/dataset.browser.js,
// its collections in the compact form of codec.ts), opened as read-node.ts opens the file in Node: through
// the layout the build wrote with it, each top-level value (meta, visits, people, …) parsed and decoded on
// first access, so a first query reads only what it needs.
import type { BundledDataset } from '../schemas/records.js';
import { decodeCollection } from './codec.js';
import { deepFreeze } from './freeze.js';
import { freezeShipped, freezeShippedCollection, freezeTop, shippedFrozen, shippedIds, shippedRaw, shippedWithStatus } from './freeze-shipped.js';
import { isLayout, type ShippedLayout } from './layout.js';
import { lazyFrozenRecord } from './lazy.js';

/** `layout` if it is a layout of this very text (its version, size and every value's place); undefined otherwise. */
export type TextLayout = Omit<ShippedLayout, 'ids'> & Partial<Pick<ShippedLayout, 'ids'>>;
/** The browser build's layout: `encoded` lists the values written in the compact form of codec.ts. */
type BrowserLayout = TextLayout & { readonly encoded?: readonly string[] };

function usableLayout(text: string, l: unknown): BrowserLayout | undefined {
  if (!isLayout(l) || l.bytes !== text.length) return undefined;
  const { encoded } = l as BrowserLayout;
  if (encoded !== undefined && !(Array.isArray(encoded) && encoded.every((key) => typeof key === 'string' && key !== 'meta'))) return undefined;
  for (const [key, at] of Object.entries(l.collections)) {
    const prefix = `${JSON.stringify(key)}:`;
    const [start, end] = at as readonly [number, number];
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start || end > text.length || !text.startsWith(prefix, start - prefix.length)) return undefined;
  }
  return l;
}

/**
 * A shipped dataset through its layout, whether read from a file (read-node.ts) or held as text (below):
 * each collection parsed by `parse` on first use, its records frozen at the top (for the query index,
 * shippedRaw) and the collection frozen whole once a caller reads it; the layout's status lists and id
 * lists registered.
 */
export function shippedThroughLayout(layout: TextLayout, meta: object, parse: (key: string) => unknown): BundledDataset {
  const raw = new Map<string, unknown>([['meta', deepFreeze(meta)]]);
  const rawOf = (key: string): unknown => {
    if (raw.has(key)) return raw.get(key);
    const value = parse(key);
    freezeTop(value);
    raw.set(key, value);
    return value;
  };
  const ds = lazyFrozenRecord<BundledDataset>(Object.keys(layout.collections), (key) => {
    const value = rawOf(key);
    freezeShippedCollection(key, value);
    return value;
  });
  shippedRaw.set(ds, rawOf);
  shippedFrozen.add(ds);
  const frozenList = (list: readonly (readonly [number, string, string])[]) => Object.freeze(list.map((entry) => Object.freeze([...entry] as const)));
  shippedWithStatus.set(ds, Object.freeze({ visits: frozenList(layout.withStatus.visits), trips: frozenList(layout.withStatus.trips) }));
  // The browser build's layout leaves the id lists out (scripts/build/browser-module.ts): the people and countries are read instead.
  if (typeof layout.ids?.people === 'string' && typeof layout.ids.countries === 'string') shippedIds.set(ds, Object.freeze({ people: layout.ids.people, countries: layout.ids.countries }));
  return ds;
}

const isEncoded = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && Array.isArray(v[1]) && typeof v[1][0] === 'number';

/**
 * A shipped dataset from its JSON text, frozen: each top-level value parsed (and decoded, where the
 * layout lists it as `encoded`: the browser build's form, codec.ts) on first access when `layout`
 * describes the text (checked: its offsets and its meta.sha256), else the text parsed whole.
 */
export function openShippedText(text: string, layout: unknown): BundledDataset {
  const l = usableLayout(text, layout);
  const parse = (key: string): unknown => {
    const [start, end] = l!.collections[key]!;
    const value: unknown = JSON.parse(text.slice(start, end));
    return l!.encoded?.includes(key) ? decodeCollection(value) : value;
  };
  let meta: { sha256?: unknown } | undefined;
  try {
    meta = l && (parse('meta') as { sha256?: unknown });
  } catch {
    meta = undefined; // not the text the layout describes
  }
  if (!l || !meta || typeof meta !== 'object' || meta.sha256 !== l.sha256) {
    const whole = JSON.parse(text) as Record<string, unknown>;
    // The browser build's text holds its collections encoded, [count, node] (codec.ts), where a collection of records starts with an object.
    for (const key of Object.keys(whole)) if (key !== 'meta' && isEncoded(whole[key])) whole[key] = decodeCollection(whole[key]);
    return freezeShipped(whole as unknown as BundledDataset);
  }
  return shippedThroughLayout(l, meta, parse);
}
