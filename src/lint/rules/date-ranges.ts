import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';

/** Every range runs forwards: start <= end (ISO dates compare as strings). */
export const dateRanges: Rule = {
  name: 'date-ranges',
  severity: 'error',
  description: 'Every start date is on or before its end date.',
  check(data) {
    const problems: Problem[] = [];
    const check = (collection: CollectionName, id: string, field: string, start?: string, end?: string) => {
      if (start !== undefined && end !== undefined && start > end) {
        problems.push({ rule: this.name, collection, id, field, message: `end ${end} is before start ${start}: expected start <= end` });
      }
    };
    // Compared in place, check called only for a range that fails: this runs on every visit and role.
    const visits = data.visits;
    for (let i = 0; i < visits.length; i++) {
      const v = visits[i]!;
      if (v.start > v.end) check('visits', v.id, 'end', v.start, v.end);
    }
    for (const t of data.trips) check('trips', t.id, 'end', t.start, t.end);
    for (const e of data.events) check('events', e.id, 'end', e.start, e.end);
    // The field path is written only for a role that fails.
    for (const p of data.people) {
      for (let i = 0; i < p.roles.length; i++) {
        const r = p.roles[i]!;
        if (r.start !== undefined && r.end !== undefined && r.start > r.end) check('people', p.id, `roles[${i}].end`, r.start, r.end);
      }
    }
    for (const p of data.people) {
      for (let i = 0; i < p.roles.length; i++) {
        const r = p.roles[i]!;
        if (r.firstSeen !== undefined && r.lastSeen !== undefined && r.firstSeen > r.lastSeen) check('people', p.id, `roles[${i}].lastSeen`, r.firstSeen, r.lastSeen);
      }
    }
    return problems;
  },
};
