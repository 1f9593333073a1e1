// The one rule for visits and trips that did not take place (a postponed or
// cancelled trip): every helper reads the dataset through a status view
// (DatasetIndex.view), which by default holds completed travel only.
import { InvalidArgumentError } from '../../errors.js';
import type { TravelStatus } from './records.js';
import { suggest } from '../../util/suggest.js';

import { TRAVEL_STATUSES } from '../../schemas/kinds.js';

/** The statuses this version knows; a record without `status` is `completed` (the zod-free list of src/schemas/kinds.ts). */
export { TRAVEL_STATUSES };

/** What a helper's `status` option takes: one status, a list of them, or `'all'`. Default `'completed'`. */
export type StatusOption = TravelStatus | 'all' | readonly TravelStatus[];

/** The option a helper's `status` can carry, shared by every filter, range and options object that reads visits or trips. */
export interface StatusFilter {
  /**
   * Which visits and trips count: `'completed'` (the default: travel that took
   * place), `'postponed'`, `'cancelled'`, a list of these, or `'all'`.
   * Announced trips that did not happen are data, not travel, so every helper
   * leaves them out unless asked.
   */
  status?: StatusOption;
}

/** A record's status: absent is `completed`. */
export function statusOf(record: { readonly status?: string }): string {
  return record.status ?? 'completed';
}

/** The default: completed travel only. */
export const COMPLETED: ReadonlySet<string> = new Set(['completed']);

/**
 * Reads a `status` option: undefined is {@link COMPLETED}; `'all'` is every
 * status (returned as `undefined`: no filter); one status or a non-empty list
 * of them is that set. Anything else is refused, with the nearest status.
 */
export function parseStatus(argument: string, value: unknown): ReadonlySet<string> | undefined {
  if (value === undefined) return COMPLETED;
  if (value === 'all') return undefined;
  const expected = `a travel status: ${TRAVEL_STATUSES.join(', ')}, a list of them, or 'all'`;
  const one = (v: unknown, arg: string): string => {
    if (typeof v === 'string' && (TRAVEL_STATUSES as readonly string[]).includes(v)) return v;
    if (v === 'all' && arg !== argument) throw new InvalidArgumentError(arg, `a travel status, ${TRAVEL_STATUSES.join(', ')}: 'all' stands alone, not in a list`, v);
    const options = [...TRAVEL_STATUSES, 'all'].map((id) => ({ id }));
    throw new InvalidArgumentError(arg, expected, v, typeof v === 'string' ? suggest(v, options) : []);
  };
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InvalidArgumentError(argument, `${expected} (an empty list matches nothing)`, value);
    // Array.from turns the holes of a sparse list into undefined, which is refused.
    return new Set(Array.from(value as unknown[], (v, i) => one(v, `${argument}[${i}]`)));
  }
  return new Set([one(value, argument)]);
}

/** The `status` of an options object, read only from a plain object (anything else is refused by its own check). */
export function statusIn(options: unknown): unknown {
  return options !== null && typeof options === 'object' && !Array.isArray(options) ? (options as { status?: unknown }).status : undefined;
}
