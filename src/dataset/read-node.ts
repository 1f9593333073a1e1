import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { DiplomaticVisitsError } from '../errors.js';
import type { BundledDataset } from '../schemas/records.js';
import { freezeShipped } from './freeze-shipped.js';
import { LAYOUT_VERSION, layoutUrl, type ShippedLayout } from './layout.js';
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
  let layout: ShippedLayout;
  try {
    layout = JSON.parse(readFileSync(layoutUrl(file), 'latin1')) as ShippedLayout;
  } catch {
    return undefined; // no layout (a dist built before layouts, or a copied dataset.json): read whole
  }
  const ok = layout !== null && typeof layout === 'object' && layout.layoutVersion === LAYOUT_VERSION && typeof layout.bytes === 'number'
    && typeof layout.sha256 === 'string' && typeof layout.collections === 'object' && layout.collections !== null && Array.isArray(layout.collections.meta)
    && Array.isArray(layout.withStatus?.visits) && Array.isArray(layout.withStatus?.trips) && typeof layout.ids?.people === 'string' && typeof layout.ids.countries === 'string';
  return ok ? layout : undefined;
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
  const ds = shippedThroughLayout(layout, meta, (key) => {
    let text: string;
    try {
      text = readValueText(file, layout, key);
    } catch (error) {
      // The file was replaced after its meta was read (a reinstall in a long-lived process).
      throw unavailable(file, error instanceof LayoutMismatch ? new Error(`it changed after it was opened: ${error.message}`) : error);
    }
    read.push(key);
    return JSON.parse(text);
  });
  collectionsRead.set(ds, read);
  return ds;
}
