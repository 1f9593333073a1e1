import type { Visit } from '../../../src/schemas/visit.js';

/** A minimal official visit for the derive tests. */
export function visit(id: string, remarks: string, over: Partial<Visit> = {}): Visit {
  const kind = over.kind ?? (id.startsWith('hsg-visit-') ? 'foreign-leader-visit' : 'secretary-travel');
  return {
    id,
    traveler: { name: 'Traveller', ...(kind === 'secretary-travel' ? { personId: 'pompeo-michael-r' } : {}) },
    travelerCountry: kind === 'foreign-leader-visit' ? 'FR' : 'US',
    country: kind === 'foreign-leader-visit' ? 'US' : 'BE',
    start: '2018-07-10',
    end: '2018-07-12',
    kind,
    eventIds: [],
    remarks,
    provenance: [{ sourceId: id.startsWith('hsg-visit-') ? 'hsg-visits' : 'hsg-travels', recordIds: [id] }],
    ...over,
  };
}
