// The browser build's compact form of a collection (dist/dataset.browser.js, written by
// scripts/build/codec.ts): internal, generated from dataset.json and checked against it at build.
// A collection (an array of records) is stored column by column: each column a JSON array that
// JSON.parse reads fast (numbers, strings), the records rebuilt here with one key order per
// shape. Gzipped it is about 40% smaller than the JSON text. A node is [kind, ...]:
//   0 RAW   [0, values]                                  the values as they are
//   1 OBJ   [1, keys, shapes, shapeOf, children]         objects: shapes are key-index lists, shapeOf a
//                                                        shape per row (or the one shape), a child per key
//   2 ARR   [2, lengths, elements]                       arrays: their lengths, then all their elements
//   3 DICT  [3, distinct, count, indexes]                a table of distinct values (a node of count values)
//   4 DAY   [4, deltas]                                  'YYYY-MM-DD' as day numbers, each the previous + delta
//   5 REL   [5, key, deltas]                             a date: the object's date `key` (an earlier key,
//                                                        present in the same objects) + delta
//   6 NUM   [6, prefixes, prefixOf, deltas, rest]        prefix + integer (previous + delta); prefixOf -1: from rest
//   7 JOIN  [7, paths, sep, hits, rest]                  hit: the object's fields at paths joined by sep; else rest
//   8 TPL   [8, templates, of, rest]                     of >= 0: a template, {"$": path} the object's field there
// Decoded a column at a time (tight loops, no closure per record): an object node decodes each
// child column whole, then builds its objects. JOIN and TPL read keys that every object of their
// node has (the encoder checks): their values are made from those keys' columns, after them.

import { isoDate } from '../util/dates.js';

type Encoded = readonly [number, ...unknown[]];

// The day numbers of the last DAY or REL column decoded, and of the sibling a REL column reads.
let lastDays: number[] = [];
let siblingDays: number[] = [];
let siblingDates: string[] = [];

/** The value at `path` (after its first key) in a field's value. */
function at(o: unknown, path: readonly string[]): unknown {
  for (let k = 1; k < path.length; k++) o = (o as Record<string, unknown>)[path[k]!];
  return o;
}

// Small functions, one loop each: V8 optimises (and compiles) only the ones a dataset makes hot.

/** The n values of a column. */
function column(node: Encoded, n: number): unknown[] {
  switch (node[0]) {
    case 0:
      return node[1] as unknown[];
    case 1:
      return objects(node, n);
    case 2:
      return arrays(node[1] as number[], column(node[2] as Encoded, sized(node[2] as Encoded) ? sum(node[1] as number[], n) : 0), n);
    case 3:
      return lookup(column(node[1] as Encoded, node[2] as number), node[3] as number[], n);
    case 4:
      return dates(node[1] as number[], n);
    case 5:
      return datesFrom(node[2] as number[], n);
    case 6:
      return numbered(node[1] as string[], node[2] as number[], node[3] as number[], column(node[4] as Encoded, sized(node[4] as Encoded) ? below(node[2] as number[], 0, n) : 0), n);
    default:
      throw new Error(`diplomatic-visits: the browser data holds a column of an unknown kind (${String(node[0])})`);
  }
}

/** Whether a column needs its count to decode (all but values as they are). */
const sized = (node: Encoded): boolean => node[0] !== 0;

function sum(xs: readonly number[], n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += xs[i]!;
  return total;
}

/** How many of the first n are below `limit`. */
function below(xs: readonly number[], limit: number, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (xs[i]! < limit) count++;
  return count;
}

function arrays(lengths: readonly number[], elements: readonly unknown[], n: number): unknown[] {
  const out = new Array<unknown>(n);
  for (let i = 0, from = 0; i < n; i++) out[i] = elements.slice(from, (from += lengths[i]!));
  return out;
}

function lookup(table: readonly unknown[], index: readonly number[], n: number): unknown[] {
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = table[index[i]!];
  return out;
}

function dates(deltas: readonly number[], n: number): string[] {
  const days = new Array<number>(n);
  const out = new Array<string>(n);
  for (let i = 0, day = 0; i < n; i++) {
    const delta = deltas[i]!;
    days[i] = day += delta;
    // the same day as the previous row (collections in date order): the same string
    out[i] = delta === 0 && i > 0 ? out[i - 1]! : isoDate(day);
  }
  lastDays = days;
  return out;
}

/** Days from the sibling's dates: the same day is the sibling's very string. */
function datesFrom(deltas: readonly number[], n: number): string[] {
  const days = new Array<number>(n);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const delta = deltas[i]!;
    const day = (days[i] = siblingDays[i]! + delta);
    out[i] = delta === 0 ? siblingDates[i]! : isoDate(day);
  }
  lastDays = days;
  return out;
}

function numbered(prefixes: readonly string[], prefixOf: readonly number[], deltas: readonly number[], rest: readonly unknown[], n: number): unknown[] {
  const out = new Array<unknown>(n);
  for (let i = 0, j = 0, r = 0, v = 0; i < n; i++) {
    const p = prefixOf[i]!;
    out[i] = p < 0 ? rest[r++] : prefixes[p]! + String((v += deltas[j++]!));
  }
  return out;
}

/** The row of each of a key's values: row i's value is the j-th where the row's shape has the key. */
function rowsOf(shapes: readonly number[][], shapeOf: readonly number[] | number, k: number, count: number, n: number): Int32Array | null {
  if (count === n) return null; // every row has it: value j is row j's
  const rows = new Int32Array(count);
  const has = shapes.map((shape) => shape.includes(k));
  for (let i = 0, j = 0; i < n; i++) if (has[typeof shapeOf === 'number' ? shapeOf : shapeOf[i]!]) rows[j++] = i;
  return rows;
}

/** A JOIN's values: the fields at `paths` of the value's row joined by `sep` where hit, else the next of the rest. */
function joined(hits: readonly number[], rest: readonly unknown[], rows: Int32Array | null, count: number, from: readonly unknown[][], paths: readonly string[][], sep: string): unknown[] {
  const out = new Array<unknown>(count);
  const [a, b] = from as [unknown[], unknown[]];
  const [pa, pb] = paths as [string[], string[]];
  for (let j = 0, r = 0; j < count; j++) {
    const row = rows === null ? j : rows[j]!;
    if (hits[j] === 0) out[j] = rest[r++];
    else if (paths.length === 2) out[j] = `${at(a[row], pa) as string}${sep}${at(b[row], pb) as string}`;
    else {
      let v = at(from[0]![row], paths[0]!) as string;
      for (let p = 1; p < paths.length; p++) v += sep + (at(from[p]![row], paths[p]!) as string);
      out[j] = v;
    }
  }
  return out;
}

/** A template made ready to fill: a function of the object's row (its columns given once). */
type Fill = (i: number) => unknown;
function compileTemplate(template: unknown, columns: readonly unknown[][], keys: readonly string[]): Fill {
  if (template === null || typeof template !== 'object') return () => template;
  if (Array.isArray(template)) {
    const items = template.map((t) => compileTemplate(t, columns, keys));
    if (items.length === 1) {
      const only = items[0]!;
      return (i) => [only(i)];
    }
    return (i) => {
      const list = new Array<unknown>(items.length);
      for (let k = 0; k < items.length; k++) list[k] = items[k]!(i);
      return list;
    };
  }
  const path = (template as { $?: unknown }).$ as string[] | undefined;
  if (Array.isArray(path)) {
    const values = columns[keys.indexOf(path[0]!)]!;
    return path.length === 1 ? (i) => values[i] : (i) => at(values[i], path);
  }
  const names = Object.keys(template);
  const items = names.map((name) => compileTemplate((template as Record<string, unknown>)[name], columns, keys));
  return (i) => {
    const o: Record<string, unknown> = {};
    for (let k = 0; k < names.length; k++) o[names[k]!] = items[k]!(i);
    return o;
  };
}

/** A TPL's values: template `of` filled from the value's row where of >= 0, else the next of the rest. */
function filled(of: readonly number[], rest: readonly unknown[], rows: Int32Array | null, count: number, fills: readonly Fill[]): unknown[] {
  const out = new Array<unknown>(count);
  for (let j = 0, r = 0; j < count; j++) {
    const t = of[j]!;
    out[j] = t < 0 ? rest[r++] : fills[t]!(rows === null ? j : rows[j]!);
  }
  return out;
}

function assemble(keys: readonly string[], shapes: readonly number[][], shapeOf: readonly number[] | number, columns: readonly unknown[][], n: number): unknown[] {
  const out = new Array<unknown>(n);
  if (typeof shapeOf === 'number') {
    // one shape: every key in every object, object i's values at i
    const names = shapes[shapeOf]!.map((k) => keys[k]!);
    const values = shapes[shapeOf]!.map((k) => columns[k]!);
    const width = names.length;
    for (let i = 0; i < n; i++) {
      const o: Record<string, unknown> = {};
      for (let j = 0; j < width; j++) o[names[j]!] = values[j]![i];
      out[i] = o;
    }
    return out;
  }
  const next = new Array<number>(keys.length).fill(0);
  for (let i = 0; i < n; i++) {
    const shape = shapes[shapeOf[i]!]!;
    const o: Record<string, unknown> = {};
    for (let j = 0; j < shape.length; j++) {
      const k = shape[j]!;
      o[keys[k]!] = columns[k]![next[k]!++];
    }
    out[i] = o;
  }
  return out;
}

/**
 * Objects: each key's column, the fields made of others (JOIN, TPL: they read keys every object
 * has, so object i's are at i in their columns), then each object built in its shape's key order.
 */
function objects(node: Encoded, n: number): unknown[] {
  const keys = node[1] as string[];
  const shapes = node[2] as number[][];
  const shapeOf = node[3] as number[] | number;
  const children = node[4] as Encoded[];
  const counts = new Array<number>(keys.length).fill(0);
  if (typeof shapeOf === 'number') for (const k of shapes[shapeOf]!) counts[k] = n;
  else for (let i = 0; i < n; i++) for (const k of shapes[shapeOf[i]!]!) counts[k]!++;
  const columns: unknown[][] = [];
  const days: number[][] = [];
  for (let k = 0; k < keys.length; k++) {
    const child = children[k]!;
    if (child[0] === 5) {
      const sibling = keys.indexOf(child[1] as string);
      siblingDays = days[sibling]!;
      siblingDates = columns[sibling] as string[];
    }
    // JOIN, TPL: made below, from the other columns
    columns.push(child[0] === 7 || child[0] === 8 ? [] : column(child, counts[k]!));
    days.push(child[0] === 4 || child[0] === 5 ? lastDays : []);
  }
  for (let k = 0; k < keys.length; k++) {
    const child = children[k]!;
    if (child[0] !== 7 && child[0] !== 8) continue;
    const count = counts[k]!;
    const rows = rowsOf(shapes, shapeOf, k, count, n);
    if (child[0] === 7) {
      const hits = child[3] as number[];
      const paths = child[1] as string[][];
      const from = paths.map((path) => columns[keys.indexOf(path[0]!)]!);
      const rest = child[4] as Encoded;
      columns[k] = joined(hits, column(rest, sized(rest) ? below(hits, 1, count) : 0), rows, count, from, paths, child[2] as string);
    } else {
      const of = child[2] as number[];
      const fills = (child[1] as unknown[]).map((t) => compileTemplate(t, columns, keys));
      const rest = child[3] as Encoded;
      columns[k] = filled(of, column(rest, sized(rest) ? below(of, 0, count) : 0), rows, count, fills);
    }
  }
  return assemble(keys, shapes, shapeOf, columns, n);
}

/** The records of a collection encoded by scripts/build/codec.ts, in their order, keys in their order. */
export function decodeCollection(encoded: unknown): unknown {
  const [count, node] = encoded as [number, Encoded];
  if (count < 0) return node; // not an array: as it is
  const records = column(node, count);
  lastDays = siblingDays = [];
  siblingDates = [];
  return records;
}
