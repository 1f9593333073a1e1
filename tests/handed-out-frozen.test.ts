// The bundled dataset is read one collection at a time, its records frozen at
// the top only until the query index hands one out (src/query/_lib/dataset-index.ts,
// #out and #outList) or a caller reads the collection from the dataset. Check, for
// a first call of every helper on a freshly opened file, that nothing a result
// reaches can be changed: no frozen object in it holds one that is not, and that
// the answers are those of the same file read whole and frozen whole.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freezeShipped } from '../src/dataset/freeze-shipped.js';
import { collectionsRead, openShippedDataset, readShippedDataset } from '../src/dataset/read-node.js';
import * as q from '../src/query/index.js';
import type { BundledDataset } from '../src/schemas/records.js';

const file = pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'dataset.json'));

/** Paths of objects in `value` that can be changed although they sit in a frozen one (a record handed out half-frozen). */
function mutableInFrozen(value: unknown, at: string, parentFrozen: boolean, out: string[], seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  const frozen = Object.isFrozen(value);
  if (parentFrozen && !frozen) out.push(at);
  const entries = value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v] as const) : value instanceof Set ? [...value].map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, item] of entries) mutableInFrozen(item, `${at}.${key}`, frozen, out, seen);
  return out;
}

const PERSON = 'blinken-antony-j';
const TRIP = 'blinken-antony-j-2023-11-03';
const ISSUE = 'china-support-for-russia';
type Ds = BundledDataset;
const calls: [string, (ds: Ds, whole: Ds) => unknown][] = [
  ['visits of a person in a month', (ds) => q.visits(ds, { person: PERSON, from: '2023-11', to: '2023-11' })],
  ['visits in a country, all statuses', (ds) => q.visits(ds, { country: 'CN', from: '2023', status: 'all' })],
  ['visits at an event', (ds, whole) => q.visits(ds, { event: whole.visits.find((v) => v.eventIds.length)!.eventIds[0]! })],
  ['visits in a region, by locality', (ds) => q.visits(ds, { region: 'Asia', locality: 'Beijing' })],
  ['visits of a trip', (ds) => q.visits(ds, { trip: TRIP })],
  ['visits on an issue', (ds) => q.visits(ds, { issue: ISSUE })],
  ['trips of a person', (ds) => q.trips(ds, { person: PERSON, from: '2023' })],
  ['postponed trips', (ds) => q.trips(ds, { status: 'postponed' })],
  ['tripOf', (ds, whole) => q.tripOf(ds, whole.visits.find((v) => v.tripId === TRIP)!.id)],
  ['itinerary', (ds) => q.itinerary(ds, TRIP)],
  ['issuesOf a trip', (ds) => q.issuesOf(ds, { type: 'trip', id: TRIP })],
  ['issuesOf a visit', (ds, whole) => q.issuesOf(ds, { type: 'visit', id: whole.issueLinks.find((l) => l.subject.type === 'visit')!.subject.id })],
  ['tripsForIssue', (ds) => q.tripsForIssue(ds, ISSUE)],
  ['visitsForIssue', (ds) => q.visitsForIssue(ds, ISSUE)],
  ['events of a person', (ds) => q.events(ds, { person: PERSON })],
  ['events of a series', (ds) => q.events(ds, { series: 'G7' } as never)],
  ['participants', (ds, whole) => q.participants(ds, whole.events[0]!.id)],
  ['counterparts', (ds) => q.counterparts(ds, 'bush-george-w')],
  ['countriesVisited', (ds) => q.countriesVisited(ds, PERSON)],
  ['daysAbroad', (ds) => q.daysAbroad(ds, PERSON, { from: '2023' })],
  ['firstVisit', (ds) => q.firstVisit(ds, { person: PERSON }, 'CN')],
  ['lastVisit', (ds) => q.lastVisit(ds, { kind: 'secretary-travel' } as never, 'CN', { to: '2022-12-31' })],
  ['timeline', (ds) => q.timeline(ds, PERSON, { from: '2023' })],
  ['search visits', (ds) => q.search(ds, 'security consultative', { types: ['visit'] })],
  ['search everything', (ds) => q.search(ds, 'beijing')],
  ['evidenceFor', (ds, whole) => q.evidenceFor(ds, whole.issueLinks[0]!.id)],
  ['discrepancies', (ds) => q.discrepancies(ds)],
  ['countBy', (ds) => q.countBy(ds, q.visits(ds, { person: PERSON }), 'country')],
  ['people', (ds) => q.people(ds, { name: 'blinken' } as never)],
  ['countries', (ds) => q.countries(ds, { region: 'Asia' } as never)],
  ['travelStats', (ds) => q.travelStats(ds, PERSON)],
];

describe.skipIf(!existsSync(file))('a first call on the bundled dataset read one collection at a time', () => {
  const whole = freezeShipped(readShippedDataset(file) as BundledDataset);
  for (const [name, call] of calls) {
    it(`${name}: hands out records frozen whole, with the answer of the file read whole`, () => {
      const ds = openShippedDataset(file);
      let result: unknown;
      let error: unknown;
      try {
        result = call(ds, whole);
      } catch (e) {
        error = e;
      }
      // Argument shapes the helper refuses are a mistake in this table, not a pass.
      expect(error).toBeUndefined();
      expect(collectionsRead.get(ds)!.length).toBeGreaterThan(0);
      expect(mutableInFrozen(result, 'result', false, []).slice(0, 5)).toEqual([]);
      expect(result).toEqual(call(whole, whole));
    });
  }
});
