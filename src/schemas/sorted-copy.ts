// The copy canonicalJson makes (object keys sorted at every depth), compiled
// from a zod schema for values the schema accepted: each object's keys are
// known and sorted once, instead of listed and sorted object by object (the
// dataset checksum's input; about 40,000 objects). Anything this does not know
// is copied by the generic sortedKeys, so the result is canonicalJson's, always.
import type { z } from 'zod/v4';
import { sortedKeys } from '../util/canonical.js';

export type SortedCopy = (value: unknown) => unknown;

interface Internals {
  def: {
    type: string;
    shape?: Record<string, { _zod: Internals }>;
    catchall?: { _zod: Internals };
    element?: { _zod: Internals };
    innerType?: { _zod: Internals };
  };
}

const compiled = new WeakMap<object, SortedCopy>();

/**
 * `value => sortedKeys(value)` for a value `schema` accepted (or zod's output
 * of it): JSON.stringify of the copy is the canonical JSON of the value.
 */
export function sortedCopyOf(schema: z.ZodType): SortedCopy {
  let copy = compiled.get(schema);
  if (copy === undefined) {
    copy = compile((schema as unknown as { _zod: Internals })._zod);
    compiled.set(schema, copy);
  }
  return copy;
}

const compiledInternals = new WeakMap<Internals, SortedCopy>();

function compile(zod: Internals): SortedCopy {
  let copy = compiledInternals.get(zod);
  if (copy === undefined) {
    copy = compileNew(zod);
    compiledInternals.set(zod, copy);
  }
  return copy;
}

function compileNew(zod: Internals): SortedCopy {
  const { def } = zod;
  switch (def.type) {
    case 'object': {
      const shape = def.shape;
      // A key the shape does not name may be kept (a catchall): then list and sort the keys per object.
      if (!shape || (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') || Object.getOwnPropertySymbols(shape).length) return sortedKeys;
      const keys = Object.keys(shape).sort();
      if (keys.some((key) => key === '__proto__' || key in Object.prototype)) return sortedKeys;
      const children = keys.map((key) => compile(shape[key]!._zod));
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return sortedKeys(value);
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const item = (value as Record<string, unknown>)[keys[i]!];
          if (item !== undefined) out[keys[i]!] = children[i]!(item);
        }
        return out;
      };
    }
    case 'array': {
      const element = def.element ? compile(def.element._zod) : sortedKeys;
      return (value) => {
        if (!Array.isArray(value)) return sortedKeys(value);
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) out[i] = element(value[i]);
        return out;
      };
    }
    case 'optional':
      return def.innerType ? compile(def.innerType._zod) : sortedKeys;
    default:
      // a primitive is its own copy; anything else (a record, a union of objects) goes the generic way
      return sortedKeys;
  }
}

/**
 * Writes `JSON.stringify(sortedCopyOf(schema)(value))` in parts: the top-level
 * object key by key and its arrays a batch of elements at a time, each part
 * whole JSON text (so no part ends inside a surrogate pair). Each element's copy is
 * dropped as soon as it is written, instead of a copy of the whole value
 * living until one JSON.stringify of it ends (the garbage collector then
 * moves ~40,000 live objects). `adjust` may change the copy of a top-level
 * value that is not an array before it is written (the checksum leaves out `meta.sha256`).
 */
/** Elements copied and written at a time: few enough that their copies die young, enough to make few parts. */
const BATCH = 256;

export function writeSortedJson(schema: z.ZodType, value: unknown, write: (part: string) => void, adjust?: (key: string, copy: unknown) => void): void {
  const { def } = (schema as unknown as { _zod: Internals })._zod;
  const shape = def.shape;
  const plain = shape && def.type === 'object' && sortedCopyOf(schema) !== sortedKeys && typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!plain) {
    const copy = sortedCopyOf(schema)(value);
    write(JSON.stringify(copy));
    return;
  }
  let first = true;
  write('{');
  for (const key of Object.keys(shape).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    const child = shape[key]!._zod;
    if (child.def.type === 'array' && child.def.element && Array.isArray(item)) {
      const element = compile(child.def.element._zod);
      write(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      // A batch of elements at a time: one JSON.stringify of their copies, its brackets cut off.
      for (let start = 0; start < item.length; start += BATCH) {
        const batch = new Array<unknown>(Math.min(BATCH, item.length - start));
        for (let i = 0; i < batch.length; i++) batch[i] = element(item[start + i]);
        // Written as two parts rather than joined: a joined string would be copied whole again to be hashed.
        if (start) write(',');
        write(JSON.stringify(batch).slice(1, -1));
      }
      write(']');
    } else {
      const copy = compile(child)(item);
      adjust?.(key, copy);
      const json = JSON.stringify(copy);
      if (json === undefined) continue; // as JSON.stringify leaves out a key whose value has no JSON
      write(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
    }
    first = false;
  }
  write('}');
}
