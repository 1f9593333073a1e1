// A yes/no answer to "does zod accept this value, and return it unchanged?",
// compiled once from the zod schemas themselves (they stay the one source of
// truth). zod's own parse copies every object and array it accepts and
// allocates a payload per value: over the whole dataset (~40,000 objects)
// that is most of loadDataset's time. This walks the parsed JSON instead and
// allocates nothing; loadDataset still asks zod whenever the answer is no, so
// every error a user sees is zod's, word for word.
//
// Sound by construction, not a second copy of the rules: a leaf (a string,
// number, enum, literal …) is checked by running the leaf's own zod schema
// on it, and must come back with no issue and as the same value. Only the
// containers are walked here (strict objects, arrays, optional), with zod's
// semantics: `key in input` for presence, `for…in` for unknown keys, the
// container's own checks (an array's `.min(1)`) run as zod runs them. Any
// construct this does not know (a default, a transform, a refinement on an
// object, a record, a union of objects …) makes the whole answer "ask zod".
// An object whose keys are not in the schema's order is a no too: zod's
// output lists them in that order, and loadDataset returns the value it was
// given, which must be the same down to key order.
import type { z } from 'zod/v4';

/** Whether zod accepts the value and would return it as it is. */
export type FastCheck = (value: unknown) => boolean;

interface Internals {
  def: {
    type: string;
    shape?: Record<string, unknown>;
    catchall?: { _zod: Internals };
    element?: { _zod: Internals };
    innerType?: { _zod: Internals };
    checks?: { _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown } }[];
  };
  traits: Set<string>;
  optin?: string;
  optout?: string;
  run: (payload: Payload, ctx: { async: false }) => Payload | Promise<Payload>;
}
interface Payload { value: unknown; issues: unknown[] }

const CTX = { async: false } as const;
const compiled = new WeakMap<object, FastCheck | null>();
const compiledFreezing = new WeakMap<object, FastCheck | null>();

/**
 * The compiled check of `schema`, or undefined where it uses something this
 * does not know (then use zod). With `freeze`, it also freezes each object
 * and array it accepts, as it leaves it: a value it accepts whole is then
 * frozen at every depth (every object and array in it is one it accepted),
 * with no second walk. One it refuses may be left partly frozen.
 */
export function fastCheckOf(schema: z.ZodType, { freeze = false } = {}): FastCheck | undefined {
  const cache = freeze ? compiledFreezing : compiled;
  let check = cache.get(schema);
  if (check === undefined) {
    check = compile((schema as unknown as { _zod: Internals })._zod, freeze) ?? null;
    cache.set(schema, check);
  }
  return check ?? undefined;
}

function compile(zod: Internals, freeze: boolean): FastCheck | undefined {
  switch (zod.def.type) {
    case 'object':
      return compileObject(zod, freeze);
    case 'array':
      return compileArray(zod, freeze);
    case 'optional':
      return compileOptional(zod, freeze);
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return leaf(zod);
    default:
      return undefined;
  }
}

/**
 * A leaf: its type test and each of its checks, the common ones (lengths,
 * patterns, refinements, number bounds) tested here as zod tests them, any
 * other by calling the zod check itself. A leaf this does not know at all
 * (a coerced value, a string format such as `z.url()`) is run through zod.
 */
function leaf(zod: Internals): FastCheck {
  const def = zod.def as Internals['def'] & { coerce?: boolean };
  const values = (zod as { values?: Set<unknown> }).values;
  let type: FastCheck | undefined;
  if (def.coerce || zod.traits.has('$ZodCheck')) type = undefined;
  else if (def.type === 'string') type = (v) => typeof v === 'string';
  else if (def.type === 'number') type = (v) => typeof v === 'number' && Number.isFinite(v);
  else if (def.type === 'boolean') type = (v) => typeof v === 'boolean';
  else if ((def.type === 'enum' || def.type === 'literal') && values instanceof Set) type = (v) => values.has(v);
  if (type === undefined) return zodRun(zod);
  const checks = (def.checks ?? []).map(checkOf);
  if (checks.length === 0) return type;
  if (checks.length === 1) {
    const [only] = checks as [FastCheck];
    return (v) => type(v) && only(v);
  }
  return (v) => {
    if (!type(v)) return false;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false;
    return true;
  };
}

type CheckDef = { check?: string; type?: string; when?: unknown; minimum?: number; maximum?: number; pattern?: RegExp; format?: string; fn?: (v: unknown) => unknown; value?: unknown; inclusive?: boolean };
type Check = { _zod: { def: CheckDef; check: (payload: Payload) => unknown } };

/** One check of a leaf that passed its type test. */
function checkOf(check: Check): FastCheck {
  const def = check._zod.def;
  const slow = zodCheck(check);
  switch (def.check) {
    case 'min_length': {
      // zod counts code points; one is one or two UTF-16 units, so only lengths in [min, 2 min) need counting.
      const min = def.minimum!;
      return (v) => (v as string).length >= 2 * min || ((v as string).length >= min && slow(v));
    }
    case 'max_length': {
      const max = def.maximum!;
      return (v) => (v as string).length <= max || slow(v);
    }
    case 'string_format':
      if (def.format === 'regex' && def.pattern instanceof RegExp && !def.when) {
        const pattern = def.pattern;
        // The id pattern, tested on every id of the dataset: read by hand, the same language.
        if (pattern.source === KEBAB_SOURCE && pattern.flags === '') return isKebabCase;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      return slow;
    case 'custom':
      if (typeof def.fn === 'function' && !def.when) {
        const fn = def.fn;
        return (v) => {
          const result = fn(v);
          return !(result instanceof Promise) && Boolean(result);
        };
      }
      return slow;
    case 'greater_than':
      if (typeof def.value === 'number' && !def.when) {
        const bound = def.value;
        return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      }
      return slow;
    case 'number_format':
      return def.format === 'safeint' && !def.when ? (v) => Number.isSafeInteger(v) : slow;
    default:
      return slow;
  }
}

/** The source of every id's pattern (common.ts KEBAB_CASE): runs of [a-z0-9] joined by single hyphens. */
const KEBAB_SOURCE = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** `/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)` for a string, without the regex engine (checked against it in fast-check.test.ts). */
export function isKebabCase(v: unknown): boolean {
  const s = v as string;
  const n = s.length;
  if (n === 0) return false;
  let previousHyphen = true; // no hyphen first
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) {
      if (previousHyphen) return false;
      previousHyphen = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) previousHyphen = false;
    else return false;
  }
  return !previousHyphen; // no hyphen last
}

/** A zod check run as zod's runChecks runs it on a value that parsed, with one reused payload. */
function zodCheck(check: Check): FastCheck {
  let payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    const when = check._zod.def.when as ((p: Payload) => boolean) | undefined;
    if (when && !when(payload)) return true;
    if (!(check._zod.check(payload) instanceof Promise) && payload.issues.length === 0) return true;
    payload = { value: undefined, issues: [] };
    return false;
  };
}

/** zod's own run of a leaf schema, with one reused payload: accepted, and the same value back. */
function zodRun(zod: Internals): FastCheck {
  let payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    const result = zod.run(payload, CTX);
    if (result === payload && payload.issues.length === 0 && payload.value === value) return true;
    payload = { value: undefined, issues: [] }; // a failed run leaves issues behind (or a promise): start afresh next time
    return false;
  };
}

/** The checks a container carries (an array's `.min(1)`), each run as zod runs it on a value that parsed. */
function containerChecks(zod: Internals): FastCheck | undefined {
  const checks = zod.def.checks ?? [];
  if (checks.length === 0) return undefined;
  let payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise || payload.issues.length) {
        payload = { value: undefined, issues: [] }; // start afresh next time
        return false;
      }
    }
    payload.value = undefined;
    return true;
  };
}

function compileArray(zod: Internals, freeze: boolean): FastCheck | undefined {
  const element = zod.def.element && compile(zod.def.element._zod, freeze);
  if (!element || zod.traits.has('$ZodCheck')) return undefined;
  const checks = containerChecks(zod);
  return (value) => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
    if (checks !== undefined && !checks(value)) return false;
    if (freeze) Object.freeze(value);
    return true;
  };
}

function compileOptional(zod: Internals, freeze: boolean): FastCheck | undefined {
  // `.optional()` only: exactOptional refuses undefined, a defaulted inner substitutes a value.
  if (!zod.traits.has('$ZodOptional') || zod.traits.has('$ZodExactOptional') || zod.optin !== 'optional') return undefined;
  const inner = zod.def.innerType && compile(zod.def.innerType._zod, freeze);
  if (!inner) return undefined;
  return (value) => value === undefined || inner(value);
}

function compileObject(zod: Internals, freeze: boolean): FastCheck | undefined {
  const { shape, catchall } = zod.def;
  if (!shape || (zod.def.checks?.length ?? 0) > 0 || zod.traits.has('$ZodCheck')) return undefined;
  // Unknown keys: zod refuses them (strict) or drops them from its output (strip): a no either way. A catchall schema keeps them: not handled.
  if (catchall !== undefined && catchall._zod.def.type !== 'never') return undefined;
  if (Object.getOwnPropertySymbols(shape).length) return undefined;
  const keys = Object.keys(shape);
  const index = new Map<string, number>();
  const children: FastCheck[] = [];
  let required = 0;
  for (const key of keys) {
    // zod tests presence with `key in input`: a key Object.prototype has would always be "present".
    if (key in Object.prototype || key === '__proto__') return undefined;
    const child = (shape[key] as { _zod: Internals })._zod;
    const check = compile(child, freeze);
    if (!check) return undefined;
    const optional = child.optin !== undefined;
    if (optional && !(child.optin === 'optional' && child.optout === 'optional')) return undefined;
    if (!optional) required++;
    // Required keys get even indexes, optional ones odd: the parity says which it is without a second lookup.
    index.set(key, children.length * 2 + (optional ? 1 : 0));
    children.push(check);
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    let last = -1;
    let present = 0;
    for (const key in value) {
      const at = index.get(key);
      // unknown, or out of the schema's order
      if (at === undefined || at <= last) return false;
      last = at;
      if ((at & 1) === 0) present++;
      if (!children[at >> 1]!((value as Record<string, unknown>)[key])) return false;
    }
    if (present !== required) return false;
    if (freeze) Object.freeze(value);
    return true;
  };
}
