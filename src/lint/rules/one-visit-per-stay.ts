import type { Problem, Rule } from '../types.js';

const OFFICIAL = /^hsg-(?:travel|visit)-\d+$/;

/**
 * A curated visit never repeats a stay the official records hold: same
 * traveller, same country, overlapping dates. Such a visit must be an
 * annotation on the official visit instead.
 */
export const oneVisitPerStay: Rule = {
  name: 'one-visit-per-stay',
  description: 'No curated visit duplicates an official visit (same person, same country, overlapping dates).',
  check(data) {
    const problems: Problem[] = [];
    const official = new Map<string, { id: string; start: string; end: string }[]>();
    for (const v of data.visits) {
      if (!OFFICIAL.test(v.id) || !v.traveler.personId) continue;
      const key = `${v.traveler.personId}|${v.country}`;
      official.set(key, [...(official.get(key) ?? []), v]);
    }
    for (const v of data.visits) {
      if (OFFICIAL.test(v.id) || !v.traveler.personId) continue;
      const clash = official.get(`${v.traveler.personId}|${v.country}`)?.find((o) => o.start <= v.end && v.start <= o.end);
      if (clash) {
        problems.push({ rule: this.name, collection: 'visits', id: v.id, field: 'id', message: `repeats official visit "${clash.id}" (${clash.start}..${clash.end}): expected an annotation on "${clash.id}" in visit-annotations.json instead` });
      }
    }
    return problems;
  },
};
