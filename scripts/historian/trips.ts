/**
 * data/official/trips.json: trips derived from consecutive official visits of
 * one traveller (Secretary of State or President). Foreign leaders' visits do
 * not form trips.
 */
import type { Trip } from '../../src/schemas/trip.js';
import type { Visit } from '../../src/schemas/visit.js';
import { compareRecordIds, compareStrings, daysBetween, listJoin, monthSpan } from './text.js';

/** A visit joins the trip when it starts on, or the day after, the trip's latest end: at most one day apart. Two days apart (a free day between) usually means a return home, e.g. Blinken's China visit ending 2024-04-27 and his Riyadh stop from 2024-04-29. */
export const MAX_START_AFTER_END_DAYS = 1;

export function deriveTrips(visits: Visit[], countryName: (code: string) => string): Trip[] {
  const byPerson = new Map<string, Visit[]>();
  for (const v of visits) {
    if (v.kind !== 'secretary-travel' && v.kind !== 'president-travel') continue;
    const personId = v.traveler.personId;
    if (!personId) throw new Error(`import-historian: travel visit ${v.id} has no personId`);
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), v]);
  }

  const trips: Trip[] = [];
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => compareStrings(a.start, b.start) || compareStrings(a.end, b.end) || compareRecordIds(a.id, b.id));
    let current: Visit[] = [];
    let end = '';
    const flush = (): void => {
      if (current.length === 0) return;
      const start = current[0]!.start;
      const names: string[] = [];
      for (const v of current) {
        const n = countryName(v.country);
        if (!names.includes(n)) names.push(n);
      }
      trips.push({
        id: `${personId}-${start}`,
        personId,
        title: `${listJoin(names)}, ${monthSpan(start, end)}`,
        start,
        end,
        visitIds: current.map((v) => v.id),
        derived: true,
      });
    };
    for (const v of list) {
      if (current.length > 0 && daysBetween(end, v.start) <= MAX_START_AFTER_END_DAYS) {
        current.push(v);
        if (v.end > end) end = v.end;
      } else {
        flush();
        current = [v];
        end = v.end;
      }
    }
    flush();
  }

  trips.sort((a, b) => compareStrings(a.id, b.id));
  for (let i = 1; i < trips.length; i++) {
    if (trips[i]!.id === trips[i - 1]!.id) throw new Error(`import-historian: two derived trips share the id ${trips[i]!.id}`);
  }
  return trips;
}
