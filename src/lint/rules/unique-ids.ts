import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';
import { idsOf } from '../shared.js';

/** Ids (country codes) are unique within their collection. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  severity: 'error',
  description: 'Every id is unique within its collection (country codes too).',
  check(data) {
    const problems: Problem[] = [];
    const keyed: [CollectionName, readonly { id?: string; code?: string }[]][] = [
      ['countries', data.countries],
      ['people', data.people],
      ['sources', data.sources],
      ['visits', data.visits],
      ['trips', data.trips],
      ['events', data.events],
      ['issues', data.issues],
      ['issueLinks', data.issueLinks],
      ['discrepancies', data.discrepancies],
    ];
    for (const [collection, records] of keyed) {
      // The shared set of the collection's ids (rule references reads it too) holds fewer
      // ids than there are records exactly when one repeats: only then is it searched.
      if (idsOf(data, collection).size === records.length) continue;
      const seen = new Set<string>();
      const field = collection === 'countries' ? 'code' : 'id';
      for (const record of records) {
        const id = (collection === 'countries' ? record.code : record.id) as string;
        if (seen.has(id)) {
          problems.push({ rule: this.name, collection, id, field, message: `duplicate ${field} "${id}": expected each ${field} once in ${collection}` });
        }
        seen.add(id);
      }
    }
    return problems;
  },
};
