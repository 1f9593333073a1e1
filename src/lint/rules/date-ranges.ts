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
    for (const v of data.visits) check('visits', v.id, 'end', v.start, v.end);
    for (const t of data.trips) check('trips', t.id, 'end', t.start, t.end);
    for (const e of data.events) check('events', e.id, 'end', e.start, e.end);
    for (const p of data.people) p.roles.forEach((r, i) => check('people', p.id, `roles[${i}].end`, r.start, r.end));
    for (const p of data.people) p.roles.forEach((r, i) => check('people', p.id, `roles[${i}].lastSeen`, r.firstSeen, r.lastSeen));
    return problems;
  },
};
