// The one canonical format of the files under data/, as a pure function of their text.
//
// A record file (every file in DATA_FILES): a JSON array of records sorted by
// their key (compareIds on `id`; `code` for countries; `visitId` for visit
// annotations), the keys of every object in the order its zod schema declares
// them (recursively, through arrays, optionals and nested objects), two-space
// indentation and a final newline. Any other JSON file under data/ (the import
// report, the importer's hand-kept reference tables) keeps its own key and
// element order and only gets the same layout.
//
// Nothing is added, dropped or changed: keys the schema does not know (which the
// build rejects anyway) stay, after the known ones, in the order they were in.
import { z } from 'zod/v4';
import { compareIds } from '../../src/util/canonical.js';
import { DATA_FILES, type DataFile } from './files.js';

/** The key order of a schema: for an object, each key and the order of its value; for an array or record, the order of its elements. */
export type KeyOrder =
  | { kind: 'object'; keys: string[]; children: Map<string, KeyOrder> }
  | { kind: 'each'; element: KeyOrder }
  | { kind: 'union'; options: KeyOrder[] }
  | { kind: 'leaf' };

const LEAF: KeyOrder = { kind: 'leaf' };

/** A wrapper that validates its inner schema's shape (optional, default, readonly, lazy, ...): its key order is the inner one's. */
type Unwrappable = z.ZodType & { unwrap(): z.ZodType };
const WRAPPERS = [z.ZodOptional, z.ZodNullable, z.ZodDefault, z.ZodPrefault, z.ZodNonOptional, z.ZodReadonly, z.ZodCatch];

/** Derives the key order of every object a schema describes from the schema's own shapes (zod's public API only). */
export function keyOrderOf(schema: z.ZodType, seen: Map<z.ZodType, KeyOrder> = new Map()): KeyOrder {
  const known = seen.get(schema);
  if (known) return known;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const order: KeyOrder = { kind: 'object', keys: Object.keys(shape), children: new Map() };
    seen.set(schema, order); // before the children, so a recursive (lazy) schema ends
    for (const [key, child] of Object.entries(shape)) order.children.set(key, keyOrderOf(child, seen));
    return order;
  }
  if (schema instanceof z.ZodArray) return { kind: 'each', element: keyOrderOf(schema.element as z.ZodType, seen) };
  if (schema instanceof z.ZodRecord) return { kind: 'each', element: keyOrderOf(schema.valueType as z.ZodType, seen) };
  if (schema instanceof z.ZodTuple) {
    const { items, rest } = schema.def as unknown as { items: readonly z.ZodType[]; rest: z.ZodType | null };
    return { kind: 'each', element: { kind: 'union', options: [...items, ...(rest ? [rest] : [])].map((s) => keyOrderOf(s, seen)) } };
  }
  if (schema instanceof z.ZodUnion) return { kind: 'union', options: (schema.options as readonly z.ZodType[]).map((s) => keyOrderOf(s, seen)) };
  if (schema instanceof z.ZodPipe) return keyOrderOf(schema.in as z.ZodType, seen);
  if (schema instanceof z.ZodLazy) {
    // unwrap() calls the getter again, making new schemas each time: remember the lazy schema itself, filled in once known, so a recursive schema ends
    const order = { kind: 'leaf' } as KeyOrder;
    seen.set(schema, order);
    return Object.assign(order, keyOrderOf(schema.unwrap() as z.ZodType, seen));
  }
  if (WRAPPERS.some((W) => schema instanceof W)) return keyOrderOf((schema as Unwrappable).unwrap(), seen);
  return LEAF;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Returns a copy of `value` with the keys of every object in schema order; values and array orders are kept. */
export function orderKeys(value: unknown, order: KeyOrder): unknown {
  if (order.kind === 'union') {
    const objects = order.options.filter((o): o is Extract<KeyOrder, { kind: 'object' }> => o.kind === 'object');
    // the first object option that knows every key of the value, else the first that knows most of them
    const pick = isObject(value)
      ? (objects.find((o) => Object.keys(value).every((k) => o.keys.includes(k))) ?? objects[0])
      : Array.isArray(value)
        ? order.options.find((o) => o.kind === 'each')
        : undefined;
    return pick ? orderKeys(value, pick) : value;
  }
  if (Array.isArray(value)) return order.kind === 'each' ? value.map((v) => orderKeys(v, order.element)) : value;
  if (!isObject(value)) return value;
  if (order.kind === 'each') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, orderKeys(v, order.element)]));
  if (order.kind !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of order.keys) if (key in value) out[key] = orderKeys(value[key], order.children.get(key) ?? LEAF);
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key];
  return out;
}

/** Two-space JSON with a final newline: the layout of every file under data/. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const keyOrders = new Map<DataFile, KeyOrder>();
function recordOrder(file: DataFile): KeyOrder {
  let order = keyOrders.get(file);
  if (!order) keyOrders.set(file, (order = keyOrderOf(DATA_FILES[file].schema)));
  return order;
}

/** True for a file (path relative to data/, with `/`) that holds records of a schema. */
export function isRecordFile(file: string): file is DataFile {
  return Object.hasOwn(DATA_FILES, file);
}

/** The records of a record file in canonical order: sorted by the file's key, keys in schema order. Records without a string key stay last, in their order. */
export function canonicalRecords(file: DataFile, records: readonly unknown[]): unknown[] {
  const key = DATA_FILES[file].key;
  const order = recordOrder(file);
  const keyOf = (r: unknown) => (isObject(r) && typeof r[key] === 'string' ? (r[key] as string) : undefined);
  const sorted = records
    .map((record, index) => ({ record, index, id: keyOf(record) }))
    .sort((a, b) => {
      if (a.id === undefined || b.id === undefined) return a.id === b.id ? a.index - b.index : a.id === undefined ? 1 : -1;
      return compareIds(a.id, b.id) || a.index - b.index;
    });
  return sorted.map(({ record }) => orderKeys(record, order));
}

/** Thrown when a data file can not be put in canonical form (not JSON, or a record file that is not an array). */
export class DataFormatError extends Error {
  override name = 'DataFormatError';
}

/**
 * The canonical text of a file under data/, given its path relative to data/
 * (`curated/trips.json`) and its current text. Pure and idempotent:
 * `canonicalDataText(f, canonicalDataText(f, t)) === canonicalDataText(f, t)`.
 * @throws {DataFormatError} when the text is not JSON, or a record file does not hold an array.
 */
export function canonicalDataText(file: string, text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataFormatError(`data/${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecordFile(file)) return formatJson(value);
  if (!Array.isArray(value)) {
    throw new DataFormatError(`data/${file}: expected a JSON array of records, found ${value === null ? 'null' : typeof value}`);
  }
  return formatJson(canonicalRecords(file, value));
}
