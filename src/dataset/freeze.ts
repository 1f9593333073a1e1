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
 * Returns what and where the first value that is not JSON data is instead (a
 * function, a Date, a Map, a cycle), for the caller's error message.
 */
export function frozenCopy(value: object): { copy: object } | { bad: string } {
  const bad: string[] = [];
  const copy = copyJson(value, 'dataset', 0, bad);
  return bad.length ? { bad: bad[0]! } : { copy: deepFreeze(copy as object) };
}

function copyJson(value: unknown, path: string, depth: number, bad: string[]): unknown {
  if (bad.length) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (typeof value !== 'object' || depth > MAX_DEPTH) {
    bad.push(`${depth > MAX_DEPTH ? `a cycle, or nesting over ${MAX_DEPTH} levels,` : typeof value === 'number' ? String(value) : `a ${typeof value}`} at ${path}`);
    return undefined;
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i], `${path}[${i}]`, depth + 1, bad);
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) {
    bad.push(`a ${(value as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain'} object at ${path}`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = (value as Record<string, unknown>)[key];
    // An absent optional field may be written `undefined` by code that builds a dataset: as in JSON, it is left out.
    if (item === undefined) continue;
    // defineProperty, not assignment: a "__proto__" key stays data and changes no prototype.
    Object.defineProperty(out, key, { value: copyJson(item, `${path}.${key}`, depth + 1, bad), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
