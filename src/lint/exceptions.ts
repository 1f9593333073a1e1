import { COLLECTIONS, type CollectionName } from '../schemas/collections.js';
import type { LintException, Rule } from './types.js';

const KEYS = ['rule', 'collection', 'id', 'reason'] as const;

/**
 * Reads the reviewed exceptions (data/reference/lint-exceptions.json): an
 * array of `{ rule, collection, id, reason }`. Each must name a warning rule
 * (an error rule guards an invariant the library relies on, so it admits no
 * exception), a collection, a record id and a reason a reviewer can check;
 * no record twice for one rule. Everything else is a problem, one line each.
 */
export function parseExceptions(value: unknown, known: readonly Rule[], file = 'lint-exceptions.json'): { exceptions: LintException[]; problems: string[] } {
  const exceptions: LintException[] = [];
  const problems: string[] = [];
  if (!Array.isArray(value)) {
    return { exceptions, problems: [`${file}: expected a JSON array of { rule, collection, id, reason }, found ${value === null ? 'null' : typeof value}`] };
  }
  const byName = new Map(known.map((r) => [r.name, r]));
  const seen = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const fail = (message: string) => problems.push(`${file}: exception #${i}: ${message}`);
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return fail('expected an object { rule, collection, id, reason }');
    const e = entry as Record<string, unknown>;
    const extra = Object.keys(e).filter((k) => !(KEYS as readonly string[]).includes(k));
    if (extra.length) return fail(`unknown key(s) ${extra.join(', ')}: expected only ${KEYS.join(', ')}`);
    const missing = KEYS.filter((k) => typeof e[k] !== 'string' || (e[k] as string).trim() === '');
    if (missing.length) return fail(`${missing.join(', ')} missing or empty: expected a non-empty string each`);
    const { rule, collection, id, reason } = e as Record<(typeof KEYS)[number], string>;
    const found = byName.get(rule);
    if (!found) return fail(`names no rule "${rule}": expected one of ${[...byName.keys()].join(', ')}`);
    if (found.severity !== 'warning') return fail(`names the error rule "${rule}": an error admits no exception, fix the data instead`);
    if (!(COLLECTIONS as readonly string[]).includes(collection)) return fail(`collection "${collection}": expected one of ${COLLECTIONS.join(', ')}`);
    const key = `${rule} ${collection} ${id}`;
    if (seen.has(key)) return fail(`repeats the exception for ${rule} on ${collection} "${id}": expected each once`);
    seen.add(key);
    exceptions.push({ rule, collection: collection as CollectionName, id, reason });
  });
  return { exceptions, problems };
}
