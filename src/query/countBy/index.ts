import { InvalidArgumentError } from '../../errors.js';
import type { AnyDataset, BundledDataset, Event, EventIn, Trip, TripIn, Visit, VisitIn } from '../_lib/records.js';
import { indexOf, type DatasetIndex } from '../_lib/dataset-index.js';
import { suggest } from '../../util/suggest.js';
import { issuesOf } from '../issuesOf/index.js';

/** What {@link countBy} groups records by. */
export const COUNT_FIELDS = ['country', 'region', 'subregion', 'year', 'month', 'person', 'kind', 'issue', 'travelerCountry', 'series', 'trip'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** One group: the value (null for the records that have none) and how many records have it. */
export interface Count {
  value: string | null;
  count: number;
}

type AnyRecord = Visit | Trip | Event;
type Kind = 'visit' | 'trip' | 'event';

function kindOf(record: unknown): Kind | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  if (typeof r.traveler === 'object' && r.traveler !== null && typeof r.country === 'string') return 'visit';
  if (Array.isArray(r.visitIds) && typeof r.personId === 'string') return 'trip';
  if (Array.isArray(r.participantIds) && typeof r.kind === 'string') return 'event';
  return undefined;
}

/** The values of one field of one record (several for a trip's countries, an event's participants, issues). */
function valuesOf(index: DatasetIndex, kind: Kind, record: AnyRecord, field: CountField): readonly (string | undefined)[] {
  const start = record.start;
  switch (field) {
    case 'year':
      return [start.slice(0, 4)];
    case 'month':
      return [start.slice(0, 7)];
    case 'issue':
      return [...new Set(issuesOf(index.ds, { type: kind, id: record.id }, { status: 'all' }).map((i) => i.issue.id))];
    default:
  }
  if (kind === 'trip') {
    const trip = record as Trip;
    const stops = index.visitsOfTrip(trip.id);
    if (field === 'person') return [trip.personId];
    if (field === 'trip') return [trip.id];
    if (field === 'series') return [undefined];
    return [...new Set(stops.flatMap((v) => valuesOf(index, 'visit', v, field)))];
  }
  // No closure here: keepNames wraps each one made per record in a __name call.
  const countries = index.countries;
  if (kind === 'event') {
    const event = record as Event;
    switch (field) {
      case 'country': return [event.country];
      case 'region': return [countries.get(event.country)?.region];
      case 'subregion': return [countries.get(event.country)?.subregion];
      case 'person': return event.participantIds;
      case 'kind': return [event.kind];
      case 'series': return [event.series];
      default: return [undefined];
    }
  }
  const visit = record as Visit;
  switch (field) {
    case 'country': return [visit.country];
    case 'region': return [countries.get(visit.country)?.region];
    case 'subregion': return [countries.get(visit.country)?.subregion];
    case 'person': return [visit.traveler.personId];
    case 'kind': return [visit.kind];
    case 'travelerCountry': return [visit.travelerCountry];
    case 'trip': return [visit.tripId];
    default: return [undefined];
  }
}

/**
 * Counts visits, trips or events (as the other helpers return them) by a
 * field, most frequent first (ties by value). A record with several values
 * counts once under each: a trip under each country it stops in, an event
 * under each participant, any record under each issue linked to it (directly
 * or inherited, as {@link issuesOf} finds them), so the counts may add up to
 * more than the records. Records with no value (a visit without a person id,
 * a trip without issues) count under `null`.
 *
 * @param ds - the dataset the records come from
 * @param records - visits, trips or events, e.g. the result of `visits(ds, filter)`
 * @param field - `country`, `region`, `subregion`, `year`, `month` (of the start date),
 *   `person`, `kind`, `issue`, `travelerCountry`, `series` (events) or `trip` (visits)
 * @throws {InvalidArgumentError} an unknown field, or records that are not visits, trips or events
 *
 * @example
 * import { getDataset, visits, countBy } from 'diplomatic-visits';
 * const ds = getDataset();
 * // Which countries did Blinken visit most?
 * countBy(ds, visits(ds, { person: 'blinken-antony-j' }), 'country').slice(0, 3);
 * //=> [{ value: 'IL', count: 15 }, { value: 'BE', count: 11 }, { value: 'DE', count: 10 }]
 */
export function countBy<D extends AnyDataset = BundledDataset>(ds: D, records: readonly (VisitIn<D> | TripIn<D> | EventIn<D>)[], field: CountField): readonly Count[] {
  // The records are the caller's choice (`visits(ds, { status: 'all' })` included): read them all.
  const index = indexOf(ds, 'all');
  if (typeof field !== 'string' || !(COUNT_FIELDS as readonly string[]).includes(field)) {
    throw new InvalidArgumentError('field', `one of ${COUNT_FIELDS.join(', ')}`, field, typeof field === 'string' ? suggest(field, COUNT_FIELDS.map((id) => ({ id }))) : []);
  }
  if (!Array.isArray(records)) throw new InvalidArgumentError('records', 'an array of visits, trips or events', records);
  const counts = new Map<string | null, number>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as unknown;
    const kind = kindOf(record);
    if (!kind) throw new InvalidArgumentError(`records[${i}]`, 'a visit, trip or event record', record === null || typeof record !== 'object' ? record : '(another object)');
    const values = valuesOf(index, kind, record as AnyRecord, field);
    if (values.length === 0) counts.set(null, (counts.get(null) ?? 0) + 1);
    for (const v of values) counts.set(v ?? null, (counts.get(v ?? null) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    // Ties in code-point order: the values are codes, ids and fixed-width dates (natural order would cost 10x).
    .sort((a, b) => b.count - a.count || (a.value === b.value ? 0 : a.value === null ? 1 : b.value === null ? -1 : a.value < b.value ? -1 : 1));
}
