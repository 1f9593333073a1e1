import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { DiplomaticVisitsError } from '../errors.js';
import type { BundledDataset } from '../schemas/records.js';
import { freezeShipped, shippedByPerson } from './freeze-shipped.js';
import { isLayout, layoutUrl, recordsUrl, type RecordsIndex, type RecordsOf, type ShippedLayout } from './layout.js';
import { shippedThroughLayout } from './open-text.js';

function unavailable(file: URL, error: unknown): DiplomaticVisitsError {
  return new DiplomaticVisitsError(`cannot read the bundled dataset at ${file.pathname}: ${(error as Error).message} (run \`npm run build\` in a checkout)`, 'ERR_DV_DATASET_UNAVAILABLE', { cause: error });
}

/**
 * Reads and parses a dataset file shipped in dist/ beside the built module,
 * whole. Trusted without validation: the build refused anything invalid.
 */
export function readShippedDataset(file: URL): unknown {
  let text: string;
  try {
    // The build writes the shipped files as ASCII (non-ASCII as \u escapes): decoded as
    // latin1 they give the same string with no UTF-8 decoding (about 4 ms less for
    // dataset.json). A file that is not ASCII after all is still read as UTF-8.
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (error) {
    throw unavailable(file, error);
  }
  return JSON.parse(text);
}

/** The top-level values of a dataset read through its layout that have been read so far, in reading order (for tests and benchmarks). */
export const collectionsRead = new WeakMap<object, string[]>();

/**
 * A shipped dataset file, frozen, each top-level value (meta, visits,
 * people, …) read from the file and parsed on first access, through the
 * layout the build wrote beside it (layout.ts). A first query then pays for
 * the collections it reads: the visits are seven tenths of the file, the
 * people a fourteenth. Without a usable layout (missing, another version,
 * or describing another file) the file is read whole, as before.
 */
export function openShippedDataset(file: URL): BundledDataset {
  const layout = readLayout(file);
  return (layout && openThroughLayout(file, layout)) ?? freezeShipped(readShippedDataset(file) as BundledDataset);
}

function readLayout(file: URL): ShippedLayout | undefined {
  let layout: unknown;
  try {
    layout = JSON.parse(readFileSync(layoutUrl(file), 'latin1'));
  } catch {
    return undefined; // no layout (a dist built before layouts, or a copied dataset.json): read whole
  }
  // The Node build's layout has the id lists too.
  return isLayout(layout) && typeof layout.ids?.people === 'string' && typeof layout.ids.countries === 'string' ? (layout as ShippedLayout) : undefined;
}

class LayoutMismatch extends Error {}

/** One top-level value's text, read from the file at the layout's offsets after checking the file is the one the layout describes. */
function readValueText(file: URL, layout: ShippedLayout, key: string): string {
  const [start, end] = layout.collections[key]!;
  const prefix = `${JSON.stringify(key)}:`;
  const from = start - prefix.length;
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(end) || from < 0 || end <= start || end > layout.bytes) throw new LayoutMismatch(`no ${key} at bytes ${start}..${end}`);
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size !== layout.bytes) throw new LayoutMismatch(`the file has ${size} bytes, its layout says ${layout.bytes}`);
    const bytes = Buffer.allocUnsafe(end - from);
    const read = readSync(fd, bytes, 0, bytes.length, from);
    const text = read === bytes.length && isAscii(bytes) ? bytes.toString('latin1') : '';
    if (!text.startsWith(prefix)) throw new LayoutMismatch(`no ${prefix} at byte ${from}, where its layout puts it`);
    return text.slice(prefix.length);
  } finally {
    closeSync(fd);
  }
}

function openThroughLayout(file: URL, layout: ShippedLayout): BundledDataset | undefined {
  let meta: { sha256?: unknown };
  try {
    meta = JSON.parse(readValueText(file, layout, 'meta')) as { sha256?: unknown };
  } catch (error) {
    if (error instanceof LayoutMismatch || error instanceof SyntaxError) return undefined; // not the file the layout describes
    throw unavailable(file, error);
  }
  if (meta === null || typeof meta !== 'object' || meta.sha256 !== layout.sha256) return undefined;
  const read: string[] = ['meta'];
  // The text of a collection read for one person's records, kept until the collection is parsed whole.
  const texts = new Map<string, string>();
  const records = new Map<string, Map<number, unknown>>();
  const whole = new Set<string>();
  const textOf = (key: string): string => {
    let text = texts.get(key);
    if (text === undefined) {
      try {
        text = readValueText(file, layout, key);
      } catch (error) {
        // The file was replaced after its meta was read (a reinstall in a long-lived process).
        throw unavailable(file, error instanceof LayoutMismatch ? new Error(`it changed after it was opened: ${error.message}`) : error);
      }
      texts.set(key, text);
    }
    return text;
  };
  const ds = shippedThroughLayout(layout, meta, (key) => {
    const text = textOf(key);
    texts.delete(key);
    read.push(key);
    const value = JSON.parse(text) as unknown[];
    // The records already handed out for one person stay the ones the collection holds.
    const known = records.get(key);
    if (known) for (const [i, record] of known) value[i] = record;
    records.delete(key);
    whole.add(key);
    return value;
  });
  let index: RecordsIndex | null | undefined;
  // Each record's position by id, made from the index's id list the first time a record is asked for by id.
  const positions = new Map<string, Map<string, number>>();
  const positionOf = (key: string, of: RecordsOf, id: string): number[] => {
    let byId = positions.get(key);
    if (!byId) {
      byId = new Map();
      const ids = of.ids.split('\n');
      for (let i = 1; i < ids.length - 1; i++) byId.set(ids[i]!, i - 1);
      positions.set(key, byId);
    }
    const at = byId.get(id);
    return at === undefined ? [] : [at];
  };
  const starts = new Map<string, number[]>();
  shippedByPerson.set(ds, (key, id, by) => {
    if (whole.has(key)) return undefined;
    index ??= readRecordsIndex(file, layout) ?? null;
    if (!index) return undefined;
    const of = index[key];
    const positions = by === 'byId' ? positionOf(key, of, id) : Object.hasOwn(of[by], id) ? of[by][id]! : [];
    const text = textOf(key);
    let at = starts.get(key);
    if (!at) {
      // Each record's offset in the collection's text: after the bracket, each length and its comma.
      at = new Array<number>(of.lengths.length);
      let offset = 1;
      for (let i = 0; i < of.lengths.length; i++) {
        at[i] = offset;
        offset += of.lengths[i]! + 1;
      }
      if (offset !== text.length) throw unavailable(file, new Error(`its records index does not fit its ${key} (${offset} against ${text.length} characters)`));
      starts.set(key, at);
    }
    let known = records.get(key);
    if (!known) records.set(key, (known = new Map()));
    read.push(`${key}:${by === 'byPerson' ? '' : `${by.slice(2).toLowerCase()} `}${id}`);
    const out: unknown[] = [];
    for (const i of positions) {
      let record = known.get(i);
      if (record === undefined) {
        record = Object.freeze(JSON.parse(text.slice(at[i]!, at[i]! + of.lengths[i]!)) as object);
        known.set(i, record);
      }
      out.push(record);
    }
    return out;
  });
  collectionsRead.set(ds, read);
  return ds;
}

/** The file's records index, when it is the one of this file (its version and checksum, and the shape this reads). */
function readRecordsIndex(file: URL, layout: ShippedLayout): RecordsIndex | undefined {
  let index: RecordsIndex;
  try {
    index = JSON.parse(readFileSync(recordsUrl(file), 'latin1')) as RecordsIndex;
  } catch {
    return undefined; // none: each collection is parsed whole, as before
  }
  const fits = (of: RecordsIndex['visits'] | undefined) => of !== null && typeof of === 'object' && Array.isArray(of.lengths)
    && typeof of.ids === 'string' && [of.byPerson, of.byCounterpart, of.byEvent].every((by) => by !== null && typeof by === 'object');
  return index !== null && typeof index === 'object' && index.layoutVersion === layout.layoutVersion && index.sha256 === layout.sha256 && fits(index.visits) && fits(index.trips) ? index : undefined;
}
