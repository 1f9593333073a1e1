import { overlaps } from '../../util/dates.js';

interface Span { readonly start: string; readonly end: string }

/** Below this length a list is filtered as it is: the search would cost more than it saves. */
const SEARCH_FROM = 32;

/**
 * Per list, the running maximum of `end` (entry i: the latest end among
 * items 0..i). It never decreases, so a binary search finds the first item
 * that can still reach `from`; a long stay early in the list widens only
 * the ranges it reaches. Built once per list (the index's lists never change).
 */
const latestEnds = new WeakMap<readonly Span[], readonly string[]>();

function latestEndsOf(items: readonly Span[]): readonly string[] {
  let ends = latestEnds.get(items);
  if (!ends) {
    const out = new Array<string>(items.length);
    let max = '';
    for (let i = 0; i < items.length; i++) {
      const end = items[i]!.end;
      if (end > max) max = end;
      out[i] = max;
    }
    latestEnds.set(items, (ends = out));
  }
  return ends;
}

/**
 * The items of a list sorted by start that overlap [from, to] (inclusive,
 * an open bound matching everything), in the list's order: the same as
 * `items.filter((x) => overlaps(x.start, x.end, from, to))`, at the cost of
 * two binary searches and the items between them rather than a pass over
 * the whole list. So a date range over one person's, one country's or the
 * whole dataset's records costs what its answer does, however many records
 * lie outside it. The list must be in start order (the index's lists are).
 */
export function overlapping<T extends Span>(items: readonly T[], from: string | undefined, to: string | undefined): readonly T[] {
  if (from === undefined && to === undefined) return items;
  const n = items.length;
  if (n < SEARCH_FROM) return items.filter((x) => overlaps(x.start, x.end, from, to));
  // hi: the first item starting after `to`; no later one can overlap.
  let hi = n;
  if (to !== undefined) {
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.start <= to) lo = mid + 1;
      else hi = mid;
    }
  }
  // lo: the first item whose list so far reaches `from`; every earlier one ended before it.
  let lo = 0;
  if (from !== undefined) {
    const ends = latestEndsOf(items);
    let top = hi;
    while (lo < top) {
      const mid = (lo + top) >>> 1;
      if (ends[mid]! < from) lo = mid + 1;
      else top = mid;
    }
  }
  const out: T[] = [];
  for (let i = lo; i < hi; i++) {
    const item = items[i]!;
    if (from === undefined || item.end >= from) out.push(item);
  }
  return out;
}
