import type { Problem, Rule } from '../types.js';

const OFFICIAL = /^hsg-(?:travel|visit)-\d+$/;

interface Stay { id: string; start: string; end: string }

/**
 * The official stays of one traveller in one country, sorted by start, with
 * the latest end so far at each position: any overlapping stay is found by
 * one binary search (n log n in all, however many identical stays there are).
 */
interface StayIndex { stays: Stay[]; maxEnd: string[] }

function indexStays(stays: Stay[]): StayIndex {
  // Stable sort: stays starting the same day keep data order.
  stays.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const maxEnd: string[] = [];
  for (const s of stays) maxEnd.push(maxEnd.length && maxEnd[maxEnd.length - 1]! > s.end ? maxEnd[maxEnd.length - 1]! : s.end);
  return { stays, maxEnd };
}

/** The earliest-starting stay that overlaps start..end, if any. */
function firstOverlap({ stays, maxEnd }: StayIndex, start: string, end: string): Stay | undefined {
  // The first position whose running latest end reaches `start` is the first stay that ends on or after it.
  let lo = 0;
  let hi = stays.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (maxEnd[mid]! >= start) hi = mid;
    else lo = mid + 1;
  }
  // Stays before it all end before `start`; stays after it start no earlier, so if it starts after `end` none overlaps.
  const candidate = stays[lo];
  return candidate && candidate.start <= end ? candidate : undefined;
}

/**
 * A curated visit never repeats a stay the official records hold: same
 * traveller, same country, overlapping dates. Such a visit must be an
 * annotation on the official visit instead.
 */
export const oneVisitPerStay: Rule = {
  name: 'one-visit-per-stay',
  severity: 'error',
  description: 'No curated visit duplicates an official visit (same person, same country, overlapping dates).',
  check(data) {
    const problems: Problem[] = [];
    // A postponed or cancelled visit is not a stay, so it repeats none (rule travel-status).
    // Plain loops, the id's pattern tested last: this runs on every visit, once, in a fresh process, before V8 optimises it.
    const visits = data.visits;
    const curated: typeof visits[number][] = [];
    for (let k = 0; k < visits.length; k++) {
      const v = visits[k]!;
      if (v.traveler.personId && (v.status === undefined || v.status === 'completed') && !OFFICIAL.test(v.id)) curated.push(v);
    }
    // Only the official stays a curated visit could repeat are indexed: those of the travellers and
    // countries of the curated visits (a few hundred), not all ~7,500.
    const wanted = new Set(curated.map((v) => `${v.traveler.personId}|${v.country}`));
    const wantedPeople = new Set(curated.map((v) => v.traveler.personId));
    const grouped = new Map<string, Stay[]>();
    for (let k = 0; k < visits.length; k++) {
      const v = visits[k]!;
      if (!v.traveler.personId || !wantedPeople.has(v.traveler.personId) || !OFFICIAL.test(v.id)) continue;
      const key = `${v.traveler.personId}|${v.country}`;
      if (!wanted.has(key)) continue;
      const list = grouped.get(key);
      if (list) list.push(v);
      else grouped.set(key, [v]);
    }
    const official = new Map<string, StayIndex>();
    for (const [key, stays] of grouped) official.set(key, indexStays(stays));
    for (const v of curated) {
      const stays = official.get(`${v.traveler.personId}|${v.country}`);
      const clash = stays && firstOverlap(stays, v.start, v.end);
      if (clash) {
        problems.push({ rule: this.name, collection: 'visits', id: v.id, field: 'id', message: `repeats official visit "${clash.id}" (${clash.start}..${clash.end}): expected an annotation on "${clash.id}" in visit-annotations.json instead` });
      }
    }
    return problems;
  },
};
