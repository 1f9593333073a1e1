import { DatasetValidationError, InvalidArgumentError } from '../../errors.js';
import { deepFreezeOnce, frozenCopy, isDeepFrozen } from '../../dataset/freeze.js';
import { freezeShippedCollection, shippedByPerson, shippedFrozen, shippedIds, shippedRaw, shippedWithStatus } from '../../dataset/freeze-shipped.js';
import type { RecordsBy, StatusAt } from '../../dataset/layout.js';
import { lazyFrozenRecord } from '../../dataset/lazy.js';
import type { Dataset } from './records.js';
import type { Country } from './records.js';
import type { Discrepancy } from './records.js';
import type { Event } from './records.js';
import type { Issue, IssueLink } from './records.js';
import type { Person } from './records.js';
import type { Source } from './records.js';
import type { Trip } from './records.js';
import type { Visit } from './records.js';
import { compareIds } from '../../util/canonical.js';
import { normalizeText } from '../../util/text.js';
import { parseStatus, statusOf, TRAVEL_STATUSES } from './status.js';

/** Orders records by start date, then naturally by id. */
export function byStart(a: { start: string; id: string }, b: { start: string; id: string }): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : compareIds(a.id, b.id);
}

function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string> | string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  const add = (key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  // Index loops, not for-of: in the interpreter (where a first query runs)
  // for-of allocates a result object per element, 300 KB for the visits.
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const k = keys(item);
    if (k === undefined) continue;
    if (typeof k === 'string') add(k, item);
    else for (const key of k) add(key, item);
  }
  return map;
}

const EMPTY: readonly never[] = Object.freeze([]);
/** How many keys of a grouping are looked up by scanning before the grouping is built. */
const SCANS_BEFORE_INDEX = 2;
/** How many single records a {@link Lookup} finds by searching before it builds its Map. */
const SEARCHES_BEFORE_MAP = 16;

/**
 * Records of one collection by key. The first lookups search the array: a
 * binary search where it is sorted by key (people, countries, sources,
 * issues and links are shipped by id), else a scan, which is what a
 * hand-written `find` costs; after {@link SEARCHES_BEFORE_MAP} lookups, or
 * {@link SCANS_BEFORE_INDEX} scans, a Map. So a first query that looks up a few records allocates nothing
 * (a Map of 7,500 visits built right after JSON.parse costs more than the
 * query), and a session that looks up many gets Map lookups.
 */
export class Lookup<T> {
  #map: Map<string, T> | undefined;
  #searches = 0;
  /** Searches that fell back to a scan: each costs about what building the Map does. */
  #scans = 0;
  #items: readonly T[] | (() => readonly T[]);
  readonly #key: (item: T) => string;
  readonly #ids: string | undefined;
  readonly #out: ((item: T) => T) | undefined;
  /**
   * @param items - the records, or a function that reads them (a shipped collection is parsed on first read)
   * @param ids - every key, each between newlines: answers {@link has} without reading the records
   * @param out - applied to a record before it is returned (the index freezes a shipped record whole there)
   * @param one - before the records are read, the record of an id read alone (a list of it or none), or undefined when it cannot be
   */
  readonly #one: ((id: string) => readonly T[] | undefined) | undefined;
  constructor(items: readonly T[] | (() => readonly T[]), key: (item: T) => string, ids?: string, out?: (item: T) => T, one?: (id: string) => readonly T[] | undefined) {
    this.#items = items;
    this.#key = key;
    this.#ids = ids;
    this.#out = out;
    this.#one = one;
  }
  get #all(): readonly T[] {
    const items = this.#items;
    return typeof items === 'function' ? (this.#items = items()) : items;
  }
  // The last record searched for: a helper checks an id, then gets its record.
  #lastId: string | undefined;
  #last: T | undefined;
  get(id: string): T | undefined {
    const found = this.#get(id);
    return found === undefined || this.#out === undefined ? found : this.#out(found);
  }
  #get(id: string): T | undefined {
    if (this.#map) return this.#map.get(id);
    if (this.#one && typeof this.#items === 'function') {
      const alone = this.#one(id);
      if (alone) return alone[0];
    }
    if (id === this.#lastId) return this.#last;
    if (++this.#searches > SEARCHES_BEFORE_MAP || this.#scans >= SCANS_BEFORE_INDEX) return this.#built().get(id);
    this.#lastId = id;
    return (this.#last = this.#search(id));
  }
  has(id: string): boolean {
    // Before the records are read, the list of keys answers (a key never holds a newline).
    if (this.#ids !== undefined && typeof this.#items === 'function') return !id.includes('\n') && this.#ids.includes(`\n${id}\n`);
    return this.#get(id) !== undefined;
  }
  keys(): IterableIterator<string> {
    return this.#built().keys();
  }
  #built(): Map<string, T> {
    if (!this.#map) {
      const map = new Map<string, T>();
      const items = this.#all;
      for (let i = 0; i < items.length; i++) map.set(this.#key(items[i]!), items[i]!);
      this.#map = map;
    }
    return this.#map;
  }
  #search(id: string): T | undefined {
    const items = this.#all;
    const key = this.#key;
    let lo = 0;
    let hi = items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = key(items[mid]!);
      if (k === id) return items[mid];
      if (compareIds(k, id) < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    // Not sorted by key (visits and trips are shipped by start), or absent: scan, last match as a Map keeps.
    this.#scans++;
    for (let i = items.length - 1; i >= 0; i--) if (key(items[i]!) === id) return items[i];
    return undefined;
  }
}

/**
 * The items in start order: a plain copy when they already are (the shipped
 * order), else a sorted copy. A copy even when sorted, because V8's
 * Array.prototype.filter and friends take a slow path on a frozen array
 * (measured 3-4x slower over the 7,500 visits); copying it costs a memcpy.
 */
function inStartOrder<T extends { start: string; id: string }>(items: readonly T[], shipped: boolean): readonly T[] {
  // The build writes the shipped files in this order (tests/shipped-order.test.ts checks them): no check,
  // which a fresh process runs in the interpreter at ~10 ms for 7,500 visits.
  if (shipped) return items.slice();
  for (let i = 1; i < items.length; i++) {
    if (byStart(items[i - 1]!, items[i]!) > 0) return [...items].sort(byStart);
  }
  return items.slice();
}

/**
 * Lookup tables over one dataset. Every table is built on first use only,
 * so a first query pays for the tables it needs and nothing else; the index
 * itself is made once per dataset object (see {@link indexOf}).
 */
export class DatasetIndex {
  /**
   * @param ds - the records this index reads: the whole dataset, or a status view of it
   * @param root - the index of the whole dataset, when this is a view
   * @param statuses - the statuses a view keeps (undefined: all)
   */
  constructor(readonly ds: Dataset, root?: DatasetIndex, readonly statuses?: ReadonlySet<string>) {
    this.root = root ?? this;
    // A view keeps its records in the dataset's order: a view of a shipped file is in shipped order too.
    this.#shippedOrder = shippedFrozen.has(ds) || (root !== undefined && root.#shippedOrder);
    this.#rawSource = shippedRaw.get(ds);
  }
  /**
   * A shipped dataset read one collection at a time (read-node.ts) gives the
   * index its collections with each record frozen at the top only: freezing
   * every nested object of the visits costs more than a first query. The index
   * freezes a record whole where it hands it out ({@link #out}, {@link #outList});
   * `ds.visits` and the other properties a caller reads are frozen whole.
   */
  readonly #rawSource: ((key: string) => unknown) | undefined;
  #raw<K extends keyof Dataset>(key: K): Dataset[K] {
    return this.#rawSource ? (this.#rawSource(key) as Dataset[K]) : this.ds[key];
  }
  /** A record read through {@link #raw}, frozen whole before it leaves the index. */
  readonly #out = <T>(record: T): T => (this.#rawSource ? deepFreezeOnce(record) : record);
  #handedOut = new WeakSet<object>();
  /** A list of records read through {@link #raw}, each frozen whole before the list leaves the index (once per list). */
  #outList<T>(list: readonly T[]): readonly T[] {
    if (this.#rawSource && !this.#handedOut.has(list)) {
      for (let i = 0; i < list.length; i++) deepFreezeOnce(list[i]);
      this.#handedOut.add(list);
    }
    return list;
  }
  /** The visits, trips and events are in the shipped files' start order (trusted, see inStartOrder). */
  readonly #shippedOrder: boolean;
  /** The index of the whole dataset, every status included. */
  readonly root: DatasetIndex;

  /**
   * The index of the visits and trips with these statuses (undefined: all),
   * made once per set. Issue links on a visit or trip the view leaves out are
   * left out with it, so no helper reaches them through a link.
   */
  view(statuses: ReadonlySet<string> | undefined): DatasetIndex {
    const root = this.root;
    if (statuses === undefined || TRAVEL_STATUSES.every((s) => statuses.has(s)) && root.#statusesUsed.every((s) => statuses.has(s))) return root;
    const key = [...statuses].sort().join(',');
    let view = root.#views.get(key);
    if (!view) {
      const ds = root.ds;
      const gone = new Set<string>();
      // Records without a status took place: the common case costs one property read, no Set lookup.
      const completed = statuses.has('completed');
      const kept = <T extends { readonly id: string; readonly status?: string }>(items: readonly T[], type: string): readonly T[] => {
        let out: T[] | undefined;
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          const status = item.status;
          if (status === undefined ? completed : statuses.has(status)) out?.push(item);
          else {
            out ??= items.slice(0, i);
            gone.add(`${type}:${item.id}`);
          }
        }
        return out ?? items;
      };
      // The records with a status, as the shipped file's layout or load lists them (freeze-shipped.ts): when the
      // view keeps completed travel (the default), it knows what it drops without reading the arrays, and
      // later copies the rest of each array as is, when (if ever) a query reads it.
      const known = completed ? shippedWithStatus.get(ds) : undefined;
      // The kept stretches between the dropped positions (ascending), joined once: concatenating them one by one
      // copied the array once per dropped record, so its cost grew with the square of the data.
      const without = <T>(items: readonly T[], positions: readonly number[]): readonly T[] => {
        if (positions.length === 0) return Object.freeze(items);
        const parts: T[][] = [];
        let from = 0;
        for (const p of positions) {
          if (p > from) parts.push(items.slice(from, p));
          from = p + 1;
        }
        parts.push(items.slice(from));
        let out: T[] = [];
        // In batches: a spread of very many arrays would overflow the call's arguments.
        for (let i = 0; i < parts.length; i += 1024) out = out.concat(...parts.slice(i, i + 1024));
        return Object.freeze(out);
      };
      let visits: () => readonly Visit[];
      let trips: () => readonly Trip[];
      const memo = <T>(make: () => T): (() => T) => {
        let value: T | undefined;
        return () => (value ??= make());
      };
      if (known) {
        const dropped = (list: readonly StatusAt[], type: string) => {
          const positions: number[] = [];
          for (const [index, id, status] of list) {
            if (statuses.has(status)) continue;
            positions.push(index);
            gone.add(`${type}:${id}`);
          }
          return positions;
        };
        const goneVisits = dropped(known.visits, 'visit');
        const goneTrips = dropped(known.trips, 'trip');
        visits = memo(() => without(root.#raw('visits'), goneVisits));
        trips = memo(() => without(root.#raw('trips'), goneTrips));
      } else {
        // One pass per collection, copying only once a record is left out; index loops, as a first
        // query runs them in the interpreter, and filter() is slow on a frozen array (see inStartOrder).
        const v = Object.freeze(kept(root.#raw('visits'), 'visit'));
        const t = Object.freeze(kept(root.#raw('trips'), 'trip'));
        visits = () => v;
        trips = () => t;
      }
      // Nothing left out (most datasets have no status at all): the view is the whole index, whose
      // lookups and groups are then built once for every status option, not once per option.
      if (gone.size === 0) view = root;
      else {
        // The view reads the dataset's other collections as they are, each when first read; its own
        // index reads them as the whole index does (frozen whole where handed out), a caller frozen whole.
        const links = memo(() => Object.freeze(root.#raw('issueLinks').filter((l) => !gone.has(`${l.subject.type}:${l.subject.id}`))));
        const raw = (name: string): unknown => (name === 'visits' ? visits() : name === 'trips' ? trips() : name === 'issueLinks' ? links() : root.#raw(name as keyof Dataset));
        const data = lazyFrozenRecord<Dataset>(Object.keys(ds), (name) => {
          if (!root.#rawSource) return raw(name);
          const value = raw(name);
          freezeShippedCollection(name, value);
          return value;
        });
        if (root.#rawSource) shippedRaw.set(data, raw);
        view = new DatasetIndex(data, root, statuses);
        view.#gone = gone;
        // A helper that passes `index.ds` on to another finds this view again, not a fresh copy.
        indexes.set(data, view);
      }
      root.#views.set(key, view);
    }
    return view;
  }
  #views = new Map<string, DatasetIndex>();
  /** Statuses the data uses beyond those this version knows (a newer file): `'all'` must keep them too. */
  get #statusesUsed(): readonly string[] {
    return this.#memo('statusesUsed', () => {
      const used = new Set<string>();
      for (const v of this.#raw('visits')) if (v.status !== undefined) used.add(v.status);
      for (const t of this.#raw('trips')) if (t.status !== undefined) used.add(t.status);
      return [...used];
    });
  }
  /**
   * The status of a visit or trip that this view leaves out, for the error
   * that names it ("… is postponed: pass status"); undefined when the view
   * holds it or the dataset does not.
   */
  hiddenStatus(type: 'visit' | 'trip', id: string): string | undefined {
    if (this.root === this) return undefined;
    const record = type === 'visit' ? this.root.visitById.get(id) : this.root.tripById.get(id);
    return record && !(type === 'visit' ? this.visitById : this.tripById).has(id) ? statusOf(record) : undefined;
  }

  #cache = new Map<string, unknown>();
  #memo<T>(key: string, build: () => T): T {
    let value = this.#cache.get(key) as T | undefined;
    if (value === undefined) {
      value = build();
      this.#cache.set(key, value);
    }
    return value;
  }

  // A view keeps every person, country, issue, source and event: it reads them through the whole index's lookups.
  // A shipped dataset's layout lists the people and countries, so checking an id reads neither collection.
  get people(): Lookup<Person> {
    return this.root !== this ? this.root.people : this.#memo('people', () => new Lookup(() => this.#raw('people'), (p) => p.id, shippedIds.get(this.ds)?.people, this.#out));
  }
  get countries(): Lookup<Country> {
    return this.root !== this ? this.root.countries : this.#memo('countries', () => new Lookup(() => this.#raw('countries'), (c) => c.code, shippedIds.get(this.ds)?.countries, this.#out));
  }
  get issues(): Lookup<Issue> { return this.root !== this ? this.root.issues : this.#memo('issues', () => new Lookup(() => this.#raw('issues'), (i) => i.id, undefined, this.#out)); }
  get sources(): Lookup<Source> { return this.root !== this ? this.root.sources : this.#memo('sources', () => new Lookup(() => this.#raw('sources'), (s) => s.id, undefined, this.#out)); }
  // A shipped file's visit or trip asked for by id is read alone while its collection is not read whole.
  get visitById(): Lookup<Visit> {
    return this.#memo('visitById', () => new Lookup(() => this.#raw('visits'), (v) => v.id, undefined, this.#out, (id) => this.#ofPerson('visits', 'visit', id, 'byId') as readonly Visit[] | undefined));
  }
  get tripById(): Lookup<Trip> {
    return this.#memo('tripById', () => new Lookup(() => this.#raw('trips'), (t) => t.id, undefined, this.#out, (id) => this.#ofPerson('trips', 'trip', id, 'byId') as readonly Trip[] | undefined));
  }
  get eventById(): Lookup<Event> { return this.root !== this ? this.root.eventById : this.#memo('eventById', () => new Lookup(() => this.#raw('events'), (e) => e.id, undefined, this.#out)); }
  get linkById(): Lookup<IssueLink> { return this.#memo('linkById', () => new Lookup(() => this.#raw('issueLinks'), (l) => l.id, undefined, this.#out)); }

  /** Region names, lower-cased → as written. */
  get regions(): Map<string, string> { return this.#memo('regions', () => new Map(this.#raw('countries').map((c) => [c.region.toLowerCase(), c.region]))); }
  get subregions(): Map<string, string> { return this.#memo('subregions', () => new Map(this.#raw('countries').map((c) => [c.subregion.toLowerCase(), c.subregion]))); }
  /** Event series, lower-cased → as written. */
  get series(): Map<string, string> {
    return this.#memo('series', () => new Map(this.#raw('events').flatMap((e) => (e.series ? [[e.series.toLowerCase(), e.series] as const] : []))));
  }
  get visitKinds(): Set<string> { return this.#memo('visitKinds', () => new Set(this.#raw('visits').map((v) => v.kind))); }
  get eventKinds(): Set<string> { return this.#memo('eventKinds', () => new Set(this.#raw('events').map((e) => e.kind))); }

  // The build ships visits, trips and events in this order, so these are
  // copies of the dataset's own arrays after one pass that checks it.
  /**
   * A collection in start order, for a scan whose records leave the index
   * only through {@link out} (search): a shipped collection is then not
   * frozen whole for one query.
   */
  inStartOrder<K extends 'visits' | 'trips' | 'events'>(key: K): Dataset[K] {
    if (!this.#rawSource) return (key === 'visits' ? this.visitsSorted : key === 'trips' ? this.tripsSorted : this.eventsSorted) as Dataset[K];
    return this.#memo(`${key}:scan`, () => inStartOrder(this.#raw(key) as readonly { start: string; id: string }[], this.#shippedOrder)) as Dataset[K];
  }
  /** A record read by {@link inStartOrder}, frozen whole as it leaves the index. */
  out<T>(record: T): T {
    return this.#out(record);
  }
  get visitsSorted(): readonly Visit[] { return this.#memo('visitsSorted', () => inStartOrder(this.ds.visits, this.#shippedOrder)); }
  get tripsSorted(): readonly Trip[] { return this.#memo('tripsSorted', () => inStartOrder(this.ds.trips, this.#shippedOrder)); }
  get eventsSorted(): readonly Event[] { return this.#memo('eventsSorted', () => inStartOrder(this.ds.events, this.#shippedOrder)); }

  #groups<T>(name: string, items: () => readonly T[], keys: (item: T) => Iterable<string> | string | undefined): Map<string, T[]> {
    return this.#memo(name, () => groupBy(items(), keys));
  }
  #sorted = new WeakSet<object>();
  #scans = new Map<string, number>();
  /**
   * One group, sorted by start. The first lookups of a grouping scan the
   * records for that one key; later ones build the whole grouping once. So a
   * process that asks one question allocates little (grouping 7,500 visits
   * right after JSON.parse costs ~25 ms of garbage collection at start-up),
   * and a session that asks many gets Map lookups.
   */
  #sortedGroup<T extends { start: string; id: string }>(name: string, items: () => readonly T[], keys: (item: T) => Iterable<string> | string | undefined, key: string): readonly T[] {
    let groups = this.#cache.get(name) as Map<string, T[]> | undefined;
    if (!groups) {
      const scans = (this.#scans.get(name) ?? 0) + 1;
      this.#scans.set(name, scans);
      if (scans <= SCANS_BEFORE_INDEX) {
        return this.#outList(this.#memo(`${name}|${key}`, () => {
          const found: T[] = [];
          const all = items();
          for (let i = 0; i < all.length; i++) {
            const item = all[i]!;
            const k = keys(item);
            if (k === key || (k !== undefined && typeof k !== 'string' && [...k].includes(key))) found.push(item);
          }
          return found.length ? sortByStart(found) : EMPTY;
        }));
      }
      groups = this.#groups(name, items, keys);
    }
    const list = groups.get(key);
    if (!list) return EMPTY;
    if (!this.#sorted.has(list)) {
      sortByStart(list);
      this.#sorted.add(list);
    }
    return this.#outList(list);
  }
  /** Sorted visits of one traveller. */
  visitsOfPerson(id: string): readonly Visit[] {
    return (this.#ofPerson('visits', 'visit', id, 'byPerson') as readonly Visit[] | undefined) ?? this.#sortedGroup('visitsByPerson', () => this.#raw('visits'), (v) => v.traveler.personId, id);
  }
  /** Sorted visits whose remarks name the person as met (derived counterparts). */
  visitsMeeting(id: string): readonly Visit[] {
    return (this.#ofPerson('visits', 'visit', id, 'byCounterpart') as readonly Visit[] | undefined)
      ?? this.#sortedGroup('visitsByCounterpart', () => this.#raw('visits'), (v) => v.counterparts?.flatMap((c) => c.personId ?? []), id);
  }
  visitsInCountry(code: string): readonly Visit[] {
    return this.#sortedGroup('visitsByCountry', () => this.#raw('visits'), (v) => v.country, code);
  }
  visitsAtEvent(id: string): readonly Visit[] {
    return (this.#ofPerson('visits', 'visit', id, 'byEvent') as readonly Visit[] | undefined) ?? this.#sortedGroup('visitsByEvent', () => this.#raw('visits'), (v) => v.eventIds, id);
  }
  /**
   * A trip's visits in travel order (the trip's own order), found among its
   * traveller's visits: one scan for a first itinerary, and none more for
   * every trip of a timeline, rather than a lookup of all visits by id.
   */
  visitsOfTrip(id: string, known?: Trip): readonly Visit[] {
    return this.#memo(`trip:${id}`, () => {
      const trip = known ?? this.tripById.get(id);
      if (!trip) return EMPTY;
      const mine = this.#visitsOfPersonById(trip.personId);
      return trip.visitIds.flatMap((v) => mine.get(v) ?? this.visitById.get(v) ?? []);
    });
  }
  /** One of a person's trips by id, found among their trips (so a shipped file's trips are not read whole for it). */
  tripOfPerson(personId: string, tripId: string): Trip | undefined {
    return this.#memo(`trip-ids-of:${personId}`, () => new Map(this.tripsOfPerson(personId).map((t) => [t.id, t]))).get(tripId);
  }
  #visitsOfPersonById(personId: string): Map<string, Visit> {
    return this.#memo(`visit-ids-of:${personId}`, () => {
      const map = new Map<string, Visit>();
      for (const v of this.visitsOfPerson(personId)) map.set(v.id, v);
      return map;
    });
  }
  tripsOfPerson(id: string): readonly Trip[] {
    return (this.#ofPerson('trips', 'trip', id, 'byPerson') as readonly Trip[] | undefined) ?? this.#sortedGroup('tripsByPerson', () => this.#raw('trips'), (t) => t.personId, id);
  }
  /**
   * One person's visits or trips (or the visits that name them as met, the visits at an event, one record by id) read alone from a shipped file (read-node.ts, its records index), while
   * their collection is not parsed whole: a first question about one person then parses their records only.
   * In the shipped (start) order, so sorted; a view drops the records it leaves out. Undefined otherwise.
   */
  #ofPerson(key: 'visits' | 'trips', type: string, id: string, by: RecordsBy): readonly unknown[] | undefined {
    const byPerson = shippedByPerson.get(this.root.ds);
    if (!byPerson) return undefined;
    const memoKey = `${key}-${by}:${id}`;
    const known = this.#cache.get(memoKey) as readonly unknown[] | undefined;
    if (known) return known;
    // A view filters the whole index's list, which reads the person's records once for every view.
    const mine = this.root === this ? byPerson(key, id, by) : this.root.#ofPerson(key, type, id, by);
    if (!mine) return undefined;
    const gone = this.#gone;
    const kept = gone ? mine.filter((r) => !gone.has(`${type}:${(r as { id: string }).id}`)) : mine;
    const out = this.#outList(kept.length ? kept : EMPTY);
    this.#cache.set(memoKey, out);
    return out;
  }
  /** The visits and trips a view leaves out, as "visit:<id>" and "trip:<id>". */
  #gone: ReadonlySet<string> | undefined;
  /** Events a person is listed at, or that a visit of theirs names. */
  eventsOfPerson(id: string): readonly Event[] {
    return this.#memo(`events-of:${id}`, () => {
      const ids = new Set<string>();
      for (const e of this.eventsSorted) if (e.participantIds.includes(id)) ids.add(e.id);
      for (const v of this.visitsOfPerson(id)) for (const e of v.eventIds) ids.add(e);
      return this.eventsSorted.filter((e) => ids.has(e.id));
    });
  }
  linksOf(type: 'trip' | 'visit' | 'event', id: string): readonly IssueLink[] {
    return this.#outList(this.#groups('linksBySubject', () => this.#raw('issueLinks'), (l) => `${l.subject.type}:${l.subject.id}`).get(`${type}:${id}`) ?? EMPTY);
  }
  linksOfIssue(id: string): readonly IssueLink[] {
    return this.#outList(this.#groups('linksByIssue', () => this.#raw('issueLinks'), (l) => l.issueId).get(id) ?? EMPTY);
  }
  discrepanciesOf(type: string, id: string): readonly Discrepancy[] {
    return this.#outList(this.#groups('discrepanciesBySubject', () => this.#raw('discrepancies'), (d) => d.subjects.map((s) => `${s.type}:${s.id}`)).get(`${type}:${id}`) ?? EMPTY);
  }

  /** An issue and all its descendants. */
  issueWithDescendants(id: string): ReadonlySet<string> {
    return this.#memo(`issue-tree:${id}`, () => {
      const children = this.#groups('issueChildren', () => this.#raw('issues'), (i) => i.parentId);
      const out = new Set<string>();
      // A stack, not recursion: a parent chain thousands deep must not overflow the call stack.
      const todo = [id];
      while (todo.length) {
        const at = todo.pop()!;
        if (out.has(at)) continue;
        out.add(at);
        const kids = children.get(at) ?? [];
        // Pushed last-first, so they come off in data order, as a recursive walk would take them.
        for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!.id);
      }
      return out;
    });
  }

  /** Ids of the visits an issue (or a descendant) is linked to: directly, through their trip or an event. */
  visitIdsForIssue(id: string): ReadonlySet<string> {
    return this.#memo(`issue-visits:${id}`, () => {
      const out = new Set<string>();
      for (const issueId of this.issueWithDescendants(id)) {
        for (const link of this.linksOfIssue(issueId)) {
          const { type, id: subject } = link.subject;
          if (type === 'visit') out.add(subject);
          else if (type === 'trip') for (const v of this.visitsOfTrip(subject)) out.add(v.id);
          else for (const v of this.visitsAtEvent(subject)) out.add(v.id);
        }
      }
      return out;
    });
  }
  /** Ids of the trips an issue (or a descendant) is linked to: the trip itself, one of its visits, or an event of one. */
  tripIdsForIssue(id: string): ReadonlySet<string> {
    return this.#memo(`issue-trips:${id}`, () => {
      const out = new Set<string>();
      for (const issueId of this.issueWithDescendants(id)) {
        for (const link of this.linksOfIssue(issueId)) {
          const { type, id: subject } = link.subject;
          if (type === 'trip') out.add(subject);
          else if (type === 'visit') {
            const tripId = this.visitById.get(subject)?.tripId;
            if (tripId) out.add(tripId);
          } else for (const v of this.visitsAtEvent(subject)) if (v.tripId) out.add(v.tripId);
        }
      }
      return out;
    });
  }
  /** Ids of the events an issue (or a descendant) is linked to directly. */
  eventIdsForIssue(id: string): ReadonlySet<string> {
    return this.#memo(`issue-events:${id}`, () => {
      const out = new Set<string>();
      for (const issueId of this.issueWithDescendants(id)) {
        for (const link of this.linksOfIssue(issueId)) if (link.subject.type === 'event') out.add(link.subject.id);
      }
      return out;
    });
  }

  /**
   * Each person with their name, the other spellings the official records
   * use, and their id, normalized for matching words (people's `name` filter).
   */
  get peopleNames(): readonly (readonly [Person, string])[] {
    if (this.root !== this) return this.root.peopleNames;
    return this.#memo('peopleNames', () => this.ds.people.map((p) => [p, `${normalizeText([p.name, ...(p.derivation?.names ?? [])].join(' '))} ${p.id}`] as const));
  }

  /** Distinct traveller names, normalized for matching. */
  get travelerNames(): Map<string, string> {
    return this.#memo('travelerNames', () => {
      const map = new Map<string, string>();
      for (const v of this.#raw('visits')) if (!map.has(v.traveler.name)) map.set(v.traveler.name, normalizeText(v.traveler.name));
      return map;
    });
  }

  /** Distinct localities, normalized for matching. */
  get localities(): Map<string, string> {
    return this.#memo('localities', () => {
      const map = new Map<string, string>();
      for (const v of this.#raw('visits')) if (v.locality !== undefined && !map.has(v.locality)) map.set(v.locality, normalizeText(v.locality));
      return map;
    });
  }
}

const indexes = new WeakMap<object, DatasetIndex>();

const COLLECTION_KEYS = ['countries', 'people', 'sources', 'visits', 'trips', 'events', 'issues', 'issueLinks', 'discrepancies'] as const;

/**
 * The index of a dataset, made on first use and kept as long as the dataset
 * lives, seen through a `status` option ({@link parseStatus}, argument named
 * `argument` in errors): by default completed visits and trips only, the one
 * place where postponed and cancelled travel is left out of every helper. The index assumes the data never changes, and the helpers never
 * change a caller's object: a dataset the library froze (getDataset(),
 * loadDataset()) or one frozen at every depth is indexed as it is; any other
 * is copied once, and the deep-frozen copy is what every later query of that
 * object reads (so changing the object afterwards changes no answer).
 */
export function indexOf(ds: Dataset, status?: unknown, argument = 'status'): DatasetIndex {
  const statuses = parseStatus(argument, status);
  return wholeIndexOf(ds).view(statuses);
}

/** The index of the whole dataset (every status): see {@link indexOf}. */
function wholeIndexOf(ds: Dataset): DatasetIndex {
  let index = indexes.get(ds);
  if (index) return index.root;
  if (ds === null || typeof ds !== 'object' || Array.isArray(ds)) {
    throw new InvalidArgumentError('dataset', 'a dataset object, such as getDataset() or loadDataset(json)', typeof ds === 'function' ? ds : ds === null ? null : Array.isArray(ds) ? 'an array' : typeof ds);
  }
  // A shipped dataset has every collection (checked by the build); asking would read each one (read-node.ts).
  const missing = shippedFrozen.has(ds) ? undefined : COLLECTION_KEYS.find((key) => !Array.isArray((ds as unknown as Record<string, unknown>)[key]));
  if (missing !== undefined) {
    throw new InvalidArgumentError('dataset', `a dataset object, such as getDataset() or loadDataset(json), with its ${missing} (an array)`, typeof ds === 'object' ? `an object without ${missing}` : ds);
  }
  let data = ds;
  // The shipped files are frozen whole by their shape when loaded (freeze-shipped.ts): no walk to check them.
  if (!shippedFrozen.has(ds) && !isDeepFrozen(ds)) {
    const result = frozenCopy(ds);
    if ('bad' in result) throw new InvalidArgumentError('dataset', 'a dataset of JSON data, such as getDataset() or loadDataset(json)', result.bad);
    data = result.copy as Dataset;
  }
  index = new DatasetIndex(data);
  indexes.set(ds, index);
  if (data !== ds) indexes.set(data, index);
  return index;
}

/**
 * A record another one names, or a library error when the dataset does not
 * hold it: only a dataset loaded with `checkIntegrity: false` (or built by
 * hand) can name a missing record, and a helper must not fail on it with a TypeError.
 */
export function referenced<T>(map: { get(id: string): T | undefined }, id: string, kind: string, from: string): T {
  const found = map.get(id);
  if (found !== undefined) return found;
  throw new DatasetValidationError(
    `dataset: ${from} names ${kind} "${id}", which the dataset does not hold; the integrity rules refuse this (was it loaded with checkIntegrity: false?)`,
  );
}

/** Sorts in place by start then id, unless already in that order (the usual case: cheap). */
export function sortByStart<T extends { start: string; id: string }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    if (byStart(items[i - 1]!, items[i]!) > 0) return items.sort(byStart);
  }
  return items;
}
