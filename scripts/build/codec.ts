// The encoder of the browser build's compact form (src/dataset/codec.ts describes it and decodes it).
// Generic: it knows no field of the schema. Each column is written in every form that applies to its
// values (as they are; a table of distinct values; dates as day numbers, or as days from a date of
// the same object; prefix + integer; a join of two fields of the same object; a template with the
// object's fields in it) and the form that gzips smallest is kept; a value no form covers is stored as it is. The build decodes every collection and refuses to
// write the file unless it gives back the same JSON text (encodeCollection).
import { gzipSync } from 'node:zlib';
import { decodeCollection } from '../../src/dataset/codec.js';
import { dayNumber, isIsoDate, isoDate } from '../../src/util/dates.js';

type Node = unknown[];
type Obj = Record<string, unknown>;
/** A value of a column, the object it sits in (where its column is a key's) and that key. */
interface Entry {
  readonly v: unknown;
  readonly obj: Obj | null;
  readonly key: string | null;
}

const size = (node: Node): number => gzipSync(JSON.stringify(node), { level: 9 }).length;
// What a form costs to decode, roughly: as it is (JSON.parse alone) < a table < dates, numbers < objects,
// arrays < fields made of others. Within 2% of the smallest size, the cheapest to decode is kept.
const decodeCost = [0, 4, 4, 1, 2, 2, 3, 5, 5];
const smallest = (nodes: Node[]): Node => {
  if (nodes.length === 1) return nodes[0]!;
  const sized = nodes.map((node) => [node, size(node)] as const);
  const least = Math.min(...sized.map(([, s]) => s));
  const near = sized.filter(([, s]) => s <= least * 1.02 + 8);
  return near.sort(([a], [b]) => decodeCost[a[0] as number]! - decodeCost[b[0] as number]!)[0]![0];
};
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
// Keys an object built by assignment would not hold as JSON.parse does: left to the RAW form.
const plainKeys = (o: Obj) => !Object.hasOwn(o, '__proto__');

/** The day number of an ISO date, or undefined where the string is not one that isoDate writes back. */
export function dayOf(s: string): number | undefined {
  if (!isIsoDate(s)) return undefined;
  const day = dayNumber(s);
  return isoDate(day) === s ? day : undefined;
}
const NUMBERED = /^(.*?)(0|[1-9]\d{0,14})$/;
const deltas = (xs: readonly number[]) => xs.map((x, i) => x - (i ? xs[i - 1]! : 0));

/** String fields of an object, one level down too: [path, value]. */
function fields(o: Obj, own: string | null): [string[], string][] {
  const out: [string[], string][] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === own) continue;
    if (typeof v === 'string') out.push([[k], v]);
    else if (isObject(v)) for (const [k2, v2] of Object.entries(v)) if (typeof v2 === 'string') out.push([[k, k2], v2]);
  }
  return out;
}

/** The value with the object's top-level string fields put back as {"$": [key]}; undefined where it holds a "$" key of its own. */
function abstractOf(v: unknown, values: ReadonlyMap<string, string>): unknown {
  if (typeof v === 'string') {
    const k = values.get(v);
    return k === undefined ? v : { $: [k] };
  }
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = v.map((x) => abstractOf(x, values));
    return out.includes(undefined) ? undefined : out;
  }
  if (Object.hasOwn(v, '$') || !isObject(v) || !plainKeys(v)) return undefined;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    const a = abstractOf(x, values);
    if (a === undefined) return undefined;
    out[k] = a;
  }
  return out;
}

function encodeColumn(entries: readonly Entry[], derive: boolean): Node {
  const vs = entries.map((e) => e.v);
  const nodes: Node[] = [[0, vs]];
  if (vs.length < 2) return nodes[0]!;
  if (vs.every((v) => isObject(v) && plainKeys(v))) nodes.push(encodeObjects(entries, derive));
  if (vs.every(Array.isArray)) nodes.push(encodeArrays(entries, derive));
  if (vs.every((v) => typeof v === 'string')) {
    const strings = vs as string[];
    const days = strings.map(dayOf);
    if (days.every((d) => d !== undefined)) nodes.push([4, deltas(days as number[])]);
    const numbered = strings.map((s) => NUMBERED.exec(s));
    if (numbered.filter(Boolean).length * 2 >= strings.length) {
      const prefixes = [...new Set(numbered.flatMap((m) => (m ? [m[1]!] : [])))];
      const at = new Map(prefixes.map((p, i) => [p, i]));
      const ns = numbered.flatMap((m) => (m ? [Number(m[2])] : []));
      const rest = entries.filter((_, i) => !numbered[i]);
      nodes.push([6, prefixes, numbered.map((m) => (m ? at.get(m[1]!)! : -1)), deltas(ns), encodeColumn(rest, false)]);
    }
    if (derive) {
      const join = joinOf(entries);
      if (join) nodes.push(join);
    }
  } else if (derive && vs.every((v) => v !== null && typeof v === 'object')) {
    const tpl = templateOf(entries);
    if (tpl) nodes.push(tpl);
  }
  const distinct = new Map<string, number>();
  const index = vs.map((v) => {
    const k = JSON.stringify(v);
    let i = distinct.get(k);
    if (i === undefined) distinct.set(k, (i = distinct.size));
    return i;
  });
  if (distinct.size * 2 <= vs.length) {
    const values = [...distinct.keys()].map((k) => ({ v: JSON.parse(k) as unknown, obj: null, key: null }));
    nodes.push([3, encodeColumn(values, false), values.length, index]);
  }
  return smallest(nodes);
}

/** The keys a template's placeholders ({"$": [key, ...]}) read. */
function holesOf(template: unknown): string[] {
  if (template === null || typeof template !== 'object') return [];
  if (Array.isArray(template)) return template.flatMap(holesOf);
  const path = (template as { $?: unknown }).$;
  return Array.isArray(path) ? [path[0] as string] : Object.values(template).flatMap(holesOf);
}

function encodeObjects(entries: readonly Entry[], derive: boolean): Node {
  const keys: string[] = [];
  const keyAt = new Map<string, number>();
  const shapes: number[][] = [];
  const shapeAt = new Map<string, number>();
  const shapeOf = entries.map(({ v }) => {
    const shape = Object.keys(v as Obj).map((k) => {
      let i = keyAt.get(k);
      if (i === undefined) keyAt.set(k, (i = keys.push(k) - 1));
      return i;
    });
    const id = shape.join(',');
    let s = shapeAt.get(id);
    if (s === undefined) shapeAt.set(id, (s = shapes.push(shape) - 1));
    return s;
  });
  const children: Node[] = [];
  for (const [i, k] of keys.entries()) {
    const rows = entries.filter(({ v }) => Object.hasOwn(v as Obj, k));
    const column = rows.map(({ v }) => ({ v: (v as Obj)[k], obj: v as Obj, key: k }));
    let node = encodeColumn(column, derive);
    // a date as days from an earlier date of the same object, written as day numbers
    const days = column.map(({ v }) => (typeof v === 'string' ? dayOf(v) : undefined));
    if (days.every((d) => d !== undefined) && days.length > 1) {
      const candidates: Node[] = [node];
      for (const [j, sibling] of keys.slice(0, i).entries()) {
        const kind = children[j]![0];
        if (kind !== 4 && kind !== 5) continue;
        // decoded column by column: the two dates must be in the same objects
        if (!shapes.every((shape) => shape.includes(i) === shape.includes(j))) continue;
        candidates.push([5, sibling, column.map(({ obj }, r) => days[r]! - dayOf(obj![sibling] as string)!)]);
      }
      node = smallest(candidates);
    }
    children.push(node);
  }
  // A field made of others reads them from their columns: keys every object has (so object i's value
  // is at i), themselves stored as they are.
  const everywhere = new Set(keys.filter((_, i) => shapes.every((shape) => shape.includes(i)) && (children[i]![0] as number) < 7));
  for (const [i, k] of keys.entries()) {
    const node = children[i]!;
    const reads = node[0] === 7 ? (node[1] as string[][]).map((p) => p[0]!) : node[0] === 8 ? holesOf(node[1]) : [];
    if (reads.some((r) => !everywhere.has(r))) {
      const rows = entries.filter(({ v }) => Object.hasOwn(v as Obj, k));
      children[i] = encodeColumn(rows.map(({ v }) => ({ v: (v as Obj)[k], obj: v as Obj, key: k })), false);
    }
  }
  return [1, keys, shapes, shapes.length === 1 ? 0 : shapeOf, children];
}

function encodeArrays(entries: readonly Entry[], derive: boolean): Node {
  const elements = entries.flatMap(({ v }) => (v as unknown[]).map((x) => ({ v: x, obj: null, key: null })));
  return [2, entries.map(({ v }) => (v as unknown[]).length), encodeColumn(elements, derive)];
}

/** Strings that are two fields of their object joined by a separator: the most frequent such pair. */
function joinOf(entries: readonly Entry[]): Node | undefined {
  const counts = new Map<string, number>();
  const match = (s: string, a: string, b: string) => s.length > a.length + b.length && s.length <= a.length + b.length + 3 && s.startsWith(a) && s.endsWith(b);
  for (const { v, obj, key } of entries) {
    if (!obj) return undefined;
    const fs = fields(obj, key);
    for (const [pa, a] of fs) {
      if (!(v as string).startsWith(a)) continue;
      for (const [pb, b] of fs) {
        if (pa !== pb && match(v as string, a, b)) {
          const id = JSON.stringify([[pa, pb], (v as string).slice(a.length, (v as string).length - b.length)]);
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
    }
  }
  const top = [...counts].sort((x, y) => y[1] - x[1])[0];
  if (!top || top[1] < 2) return undefined;
  const [paths, sep] = JSON.parse(top[0]) as [string[][], string];
  const value = (o: Obj) => paths.map((p) => p.reduce<unknown>((x, k) => (x as Obj | undefined)?.[k], o)).join(sep);
  const hits = entries.map(({ v, obj }) => (paths.every((p) => typeof p.reduce<unknown>((x, k) => (x as Obj | undefined)?.[k], obj) === 'string') && value(obj!) === v ? 1 : 0));
  return [7, paths, sep, hits, encodeColumn(entries.filter((_, i) => !hits[i]), false)];
}

/** Objects and arrays that repeat once their object's own string fields are put back as placeholders. */
function templateOf(entries: readonly Entry[]): Node | undefined {
  const forms = entries.map(({ v, obj, key }) => {
    if (!obj) return undefined;
    const values = new Map<string, string>();
    for (const [k, s] of Object.entries(obj)) if (typeof s === 'string' && k !== key && s.length >= 3 && !values.has(s)) values.set(s, k);
    const a = abstractOf(v, values);
    return a === undefined ? undefined : JSON.stringify(a);
  });
  const counts = new Map<string, number>();
  for (const f of forms) if (f !== undefined) counts.set(f, (counts.get(f) ?? 0) + 1);
  const templates = [...counts].filter(([f, n]) => n >= 2 && f.includes('{"$":[')).sort((x, y) => y[1] - x[1]).slice(0, 256).map(([f]) => f);
  if (!templates.length) return undefined;
  const at = new Map(templates.map((t, i) => [t, i]));
  const of = forms.map((f) => (f === undefined ? -1 : (at.get(f) ?? -1)));
  return [8, templates.map((t) => JSON.parse(t) as unknown), of, encodeColumn(entries.filter((_, i) => of[i]! < 0), false)];
}

/**
 * A collection in the compact form, as JSON text ([count, node]): an array written column by column, any
 * other value as it is ([-1, value]). Throws unless decoding it (`decode`: the library's decoder) gives
 * back the same JSON text, key order included.
 */
export function encodeCollection(value: unknown, name: string, decode: (encoded: unknown) => unknown = decodeCollection): string {
  const expected = JSON.stringify(value);
  if (!Array.isArray(value)) return JSON.stringify([-1, value]);
  const attempt = (derive: boolean) => {
    const entries = value.map((v) => ({ v, obj: null, key: null }));
    const text = JSON.stringify([value.length, encodeColumn(entries, derive)]);
    return JSON.stringify(decode(JSON.parse(text))) === expected ? text : undefined;
  };
  // Fields filled in from others are checked as a whole: should they not give the data back, without them.
  const text = attempt(true) ?? attempt(false);
  if (text === undefined) throw new Error(`encodeCollection: the compact form of ${name} does not decode to the same JSON; the browser data was not written`);
  return text;
}
