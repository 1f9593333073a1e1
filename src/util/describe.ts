// A short, bounded picture of any value, for error messages. Never
// JSON.stringify the whole value: a value nested thousands deep overflows the
// stack, a Buffer of megabytes makes a message of megabytes, a BigInt throws.

/** Containers deeper than this show as `[…]` / `{…}`. */
const MAX_DEPTH = 3;

/**
 * `value` in JSON-like notation, at most `max` characters (cut with `…`).
 * Cost is bounded by `max`, whatever the size or depth of the value.
 */
export function describeValue(value: unknown, max = 80): string {
  const out: string[] = [];
  let length = 0;
  // Stops the walk once the budget is spent: a huge array costs no more than a short one.
  const emit = (text: string) => {
    out.push(text);
    length += text.length;
    return length <= max;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v !== 'object' || v === null) return emit(scalar(v, max));
    if (v instanceof Date) return emit(Number.isNaN(v.getTime()) ? 'Invalid Date' : JSON.stringify(v.toISOString()));
    if (ArrayBuffer.isView(v)) return emit(`${v.constructor?.name ?? 'a typed array'} of ${v.byteLength} bytes`);
    if (v instanceof ArrayBuffer) return emit(`ArrayBuffer of ${v.byteLength} bytes`);
    if (v instanceof Map || v instanceof Set) return emit(`${v instanceof Map ? 'Map' : 'Set'} of ${v.size} entries`);
    const isArray = Array.isArray(v);
    if (depth >= MAX_DEPTH) return emit(isArray ? '[…]' : '{…}');
    if (!emit(isArray ? '[' : '{')) return false;
    let first = true;
    if (isArray) {
      for (let i = 0; i < v.length; i++) {
        if (!first && !emit(',')) return false;
        first = false;
        if (!walk(v[i], depth + 1)) return false;
      }
    } else {
      for (const key in v) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        if (!first && !emit(',')) return false;
        first = false;
        if (!emit(`${scalar(key, max)}:`) || !walk(item, depth + 1)) return false;
      }
    }
    return emit(isArray ? ']' : '}');
  };
  let text: string;
  try {
    walk(value, 0);
    text = out.join('');
  } catch {
    // A getter or proxy that throws: say what it is rather than fail.
    text = Array.isArray(value) ? 'an array' : 'an object';
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function scalar(v: unknown, max: number): string {
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'function': return 'a function';
    case 'bigint': return `${v}n`.length > max ? `a ${String(v).length}-digit bigint` : `${v}n`;
    case 'symbol': return clip(v.toString(), max);
    case 'number': return Object.is(v, -0) ? '-0' : String(v); // NaN and Infinity by name, not as null
    // Cut before quoting, so a megabyte string costs no more than a short one; quoting escapes control characters.
    case 'string': return JSON.stringify(v.length > max ? v.slice(0, max) : v);
    default: return String(v);
  }
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
