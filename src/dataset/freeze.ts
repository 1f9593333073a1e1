// The immutability contract. A dataset the library made (getDataset(),
// loadDataset()) is deep-frozen once, by the library, and remembered here.
// The query helpers never freeze or change an object a caller passes in: a
// dataset that is already frozen at every depth is used as it is; any other
// is copied once, and the frozen copy is what they query (see indexOf).

/** Datasets the library froze itself, or checked frozen at every depth. */
const frozen = new WeakSet<object>();

/**
 * Freezes a JSON value the library made, and everything in it, so no caller
 * can change the dataset through a result. It walks every object, frozen or
 * not: a frozen object may hold writable ones (`Object.freeze(JSON.parse(text))`
 * freezes the top only). Indexed loops rather than `for…in` on arrays: this
 * runs once over ~50,000 objects at first use, and for…in on arrays is
 * several times slower.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  freezeAll(value);
  frozen.add(value);
  return value;
}

/** Remembers a value frozen at every depth by its maker (loadDataset's check freezes what it accepts). */
export function rememberDeepFrozen<T extends object>(value: T): T {
  frozen.add(value);
  return value;
}

/** {@link deepFreeze}, unless the library already froze `value` whole (then nothing to walk). */
export function deepFreezeOnce<T>(value: T): T {
  return typeof value === 'object' && value !== null && frozen.has(value) ? value : deepFreeze(value);
}

function freezeAll(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) freezeAll(item);
    }
  } else {
    for (const key in value as object) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) freezeAll(item);
    }
  }
  Object.freeze(value);
}

/** Whether `value` was deep-frozen by the library, or is frozen at every depth (checked once, then remembered). */
export function isDeepFrozen(value: object): boolean {
  if (frozen.has(value)) return true;
  if (!allFrozen(value, 0)) return false;
  frozen.add(value);
  return true;
}

/** A dataset nests a few levels; a deeper value is not one, and a cycle never ends. */
export const MAX_DEPTH = 64;

function allFrozen(value: object, depth: number): boolean {
  if (!Object.isFrozen(value) || depth > MAX_DEPTH) return false;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const item: unknown = (value as Record<string, unknown>)[keys[i]!];
    if (typeof item === 'object' && item !== null && !allFrozen(item, depth + 1)) return false;
  }
  return true;
}

/**
 * A deep-frozen copy of the JSON data in `value` (objects, arrays, strings,
 * numbers, booleans, null): the caller's object is read, never changed.
 * Returns what and where the first value that is not JSON data is instead
 * (a function, a Date, a Map, a cycle), for the caller's error message.
 */
export function frozenCopy(value: object): { copy: object } | { bad: string } {
  try {
    return { copy: deepFreeze(copyJson(value, 0) as object) };
  } catch (error) {
    if (error !== NOT_JSON) throw error;
    return { bad: findBad(value, 'dataset', 0) ?? 'a value that is not JSON data' };
  }
}

const NOT_JSON = Symbol('not JSON data');

/** The copy, on the fast path: no path strings are built unless a value is refused (then {@link findBad} says where). */
function copyJson(value: unknown, depth: number): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
    throw NOT_JSON;
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH) throw NOT_JSON;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i], depth + 1);
    return out;
  }
  if (!isPlain(value)) throw NOT_JSON;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = (value as Record<string, unknown>)[key];
    // An absent optional field may be written `undefined` by code that builds a dataset: as in JSON, it is left out.
    if (item === undefined) continue;
    // A "__proto__" key stays data: assigning it would set the copy's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copyJson(item, depth + 1), enumerable: true, writable: true, configurable: true });
    else out[key] = copyJson(item, depth + 1);
  }
  return out;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** Where the first value that is not JSON data is, and what it is (the slow path of an error message). */
function findBad(value: unknown, path: string, depth: number): string | undefined {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return undefined;
  if (typeof value !== 'object') return `${typeof value === 'number' ? String(value) : `a ${typeof value}`} at ${path}`;
  if (depth > MAX_DEPTH) return `a cycle, or nesting over ${MAX_DEPTH} levels, at ${path.length > 200 ? `${path.slice(0, 199)}…` : path}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBad(value[i], `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
    return undefined;
  }
  if (!isPlain(value)) return `a ${(value as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain'} object at ${path}`;
  for (const key of Object.keys(value)) {
    const bad = findBad((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}
