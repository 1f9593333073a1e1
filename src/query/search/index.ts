import type { AnyDataset, BundledDataset, Dataset } from '../_lib/records.js';
import { InvalidArgumentError } from '../../errors.js';
import { indexOf, type DatasetIndex } from '../_lib/dataset-index.js';
import { normalizeText, queryTokens } from '../../util/text.js';
import { checkCount, checkEnum, checkOptions, list } from '../_lib/validate.js';
import type { StatusFilter } from '../_lib/status.js';

/** The collections {@link search} looks in, in the order hits are listed. */
export const SEARCH_TYPES = ['person', 'country', 'issue', 'event', 'trip', 'visit', 'issueLink', 'source', 'discrepancy'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Longest search text, in characters: longer text is refused, not searched slowly. */
const SEARCH_MAX_LENGTH = 1000;
/** Most different words in one search (a repeated word counts once). */
const SEARCH_MAX_WORDS = 32;

/** Options of {@link search}. */
export interface SearchOptions extends StatusFilter {
  /** Only these collections. */
  types?: readonly SearchType[];
  /** At most this many hits. */
  limit?: number;
}

/** A record that matches, and the field that matched first. */
export interface SearchHit {
  type: SearchType;
  id: string;
  /** The field where the first word matched, e.g. `name`, `remarks`, `summary`. */
  field: string;
  /** That field's text. */
  text: string;
  /** The record itself, as in the dataset. */
  record: unknown;
}

/** A record's searchable fields, flat: name, text as written (undefined or empty when absent), name, text, … (no pair arrays: a first search makes one of these per record). */
type Entries = readonly (string | undefined)[];

interface Doc {
  type: SearchType;
  id: string;
  record: unknown;
  fields: [field: string, text: string, normalized: string][];
  all: string;
}

/** How many searches of a collection match its records one by one before its documents are kept. */
const SEARCHES_BEFORE_DOCS = 1;

/**
 * Each collection's documents, kept from its second search on: a first search
 * matches each record's fields as it goes and keeps nothing, so a process that
 * searches once allocates little more than a hand-written filter. Only the
 * collections searched are ever made.
 */
const documents = new WeakMap<DatasetIndex, Map<SearchType, Doc[] | number>>();
/** A collection's documents: kept ones, or its records and their fields, to match one by one. */
function docsOf(index: DatasetIndex, type: SearchType): { docs: readonly Doc[] } | Source {
  let byType = documents.get(index);
  if (!byType) documents.set(index, (byType = new Map()));
  const kept = byType.get(type) ?? 0;
  if (typeof kept !== 'number') return { docs: kept };
  const source = sourceOf(index, type);
  if (kept < SEARCHES_BEFORE_DOCS) {
    byType.set(type, kept + 1);
    return source;
  }
  const docs = source.records.map((record) => makeDoc(type, source.id(record), record, source.entries(record)));
  byType.set(type, docs);
  return { docs };
}

function makeDoc(type: SearchType, id: string, record: unknown, entries: Entries): Doc {
  const fields: [string, string, string][] = [];
  for (let f = 0; f < entries.length; f += 2) {
    const text = entries[f + 1];
    if (text) fields.push([entries[f]!, text, normalizeText(text)]);
  }
  return { type, id, record, fields, all: fields.map((f) => f[2]).join('\n') };
}

interface Source { records: readonly unknown[]; id: (record: unknown) => string; entries: (record: unknown) => Entries }

function sourceOf(index: DatasetIndex, type: SearchType): Source {
  const { ds } = index;
  const of = <T>(records: readonly T[], id: (item: T) => string, entries: (item: T) => Entries): Source => ({ records, id: id as (record: unknown) => string, entries: entries as (record: unknown) => Entries });
  switch (type) {
    case 'person': return of(ds.people, (p) => p.id, (p) => ['name', p.name, 'id', p.id, ...p.roles.flatMap((r, i) => [`roles[${i}].title`, r.title])]);
    case 'country': return of(ds.countries, (c) => c.code, (c) => ['name', c.name, 'code', c.code, 'historianSlugs', c.historianSlugs.join(' ')]);
    case 'issue': return of(ds.issues, (i) => i.id, (i) => ['label', i.label, 'id', i.id, 'aliases', i.aliases.join('; '), 'description', i.description]);
    case 'event': return of(index.inStartOrder('events'), (e) => e.id, (e) => ['name', e.name, 'series', e.series, 'locality', e.locality]);
    case 'trip': return of(index.inStartOrder('trips'), (t) => t.id, (t) => ['title', t.title]);
    case 'visit': return of(index.inStartOrder('visits'), (v) => v.id, (v) => ['traveler.name', v.traveler.name, 'traveler.title', v.traveler.title, 'locality', v.locality, 'remarks', v.remarks]);
    case 'issueLink': return of(ds.issueLinks, (l) => l.id, (l) => ['summary', l.summary, ...l.evidence.flatMap((e, i) => [`evidence[${i}].quote`, e.quote])]);
    case 'source': return of(ds.sources, (s) => s.id, (s) => ['title', s.title, 'publisher', s.publisher]);
    case 'discrepancy': return of(ds.discrepancies, (d) => d.id, (d) => ['description', d.description, 'resolution', d.resolution, 'id', d.id]);
  }
}

/**
 * Whether a record's fields hold every token, and the field the first token
 * is in. A token has no white space, so it is in the fields joined by
 * newlines (a document's `all`) exactly when it is in one of them.
 */
function matchEntries(entries: Entries, tokens: readonly string[]): [field: string, text: string] | undefined {
  // A bit per token found: a search has at most SEARCH_MAX_WORDS (32) of them.
  const all = tokens.length === 32 ? -1 : (1 << tokens.length) - 1;
  let found = 0;
  let first: [string, string] | undefined;
  for (let f = 0; f < entries.length && found !== all; f += 2) {
    const text = entries[f + 1];
    if (!text) continue;
    const normalized = normalizeText(text);
    for (let t = 0; t < tokens.length; t++) {
      if (found & (1 << t) || !normalized.includes(tokens[t]!)) continue;
      found |= 1 << t;
      if (t === 0) first = [entries[f]!, text];
    }
  }
  return found === all ? first : undefined;
}

/** The collections to search: a non-empty list of {@link SEARCH_TYPES} (one name alone is refused, as the type says a list). */
function checkTypes(value: unknown): SearchType[] {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError('options.types', `a list of search types such as ["visit"]: any of ${SEARCH_TYPES.join(', ')}`, value, typeof value === 'string' && (SEARCH_TYPES as readonly string[]).includes(value) ? [`["${value}"]`] : []);
  }
  return list(value as SearchType[], 'options.types', 'a search type')!.map((t, i) => checkEnum(`options.types[${i}]`, 'search type', t, SEARCH_TYPES, new Set()) as SearchType);
}

/**
 * Records whose names, titles, remarks, summaries, quotes or discrepancy
 * descriptions contain every
 * word of `text`, ignoring case and accents (`erdogan` finds `Erdoğan`).
 * Hits come by collection (people, countries, issues, events, trips, visits,
 * issue links, sources, discrepancies), then by date or id.
 *
 * @param ds - the dataset
 * @param text - one or more words: at most 1,000 characters and 32 different
 *   words (a repeated word counts once), so one search costs at most 32 scans
 * @param options - `types` to search, `limit` of hits; `status` to find postponed or cancelled trips and
 *   visits too (by default only travel that took place)
 * @throws {InvalidArgumentError} empty or too long text, an unknown type or a bad limit
 *
 * @example
 * import { getDataset, search } from 'diplomatic-visits';
 * search(getDataset(), 'security consultative', { types: ['visit'] }).map((h) => h.id);
 * //=> ['hsg-travel-3382', 'hsg-travel-3992']
 */
export function search<D extends AnyDataset = BundledDataset>(ds: D, text: string, options: SearchOptions = {}): readonly SearchHit[] {
  checkOptions('options', options, ['types', 'limit', 'status']);
  // Bounded cost: each distinct word is looked for once, and a query has at most so many.
  if (typeof text === 'string' && text.length > SEARCH_MAX_LENGTH) {
    throw new InvalidArgumentError('text', `words to search for, at most ${SEARCH_MAX_LENGTH} characters (${text.length} given)`, text);
  }
  const tokens = typeof text === 'string' ? [...new Set(queryTokens(text))] : [];
  if (tokens.length > SEARCH_MAX_WORDS) {
    throw new InvalidArgumentError('text', `at most ${SEARCH_MAX_WORDS} different words (${tokens.length} given)`, text);
  }
  if (tokens.length === 0) throw new InvalidArgumentError('text', 'one or more words to search for', text);
  const types = options.types === undefined ? undefined : new Set(checkTypes(options.types));
  const limit = checkCount('options.limit', options.limit, 1, 'a number of hits') ?? Infinity;
  const hits: SearchHit[] = [];
  const index = indexOf(ds, options.status, 'options.status');
  // Documents are built for the collections asked for only: `types: ['visit']` never builds the others.
  for (const type of SEARCH_TYPES) {
    if (types && !types.has(type)) continue;
    const source = docsOf(index, type);
    if ('docs' in source) {
      for (const doc of source.docs) {
        if (!tokens.every((t) => doc.all.includes(t))) continue;
        const [name, original] = doc.fields.find((f) => f[2].includes(tokens[0]!)) ?? doc.fields[0]!;
        hits.push({ type: doc.type, id: doc.id, field: name, text: original, record: index.out(doc.record) });
        if (hits.length >= limit) return hits;
      }
    } else {
      const { records } = source;
      for (let i = 0; i < records.length; i++) {
        const match = matchEntries(source.entries(records[i]), tokens);
        if (!match) continue;
        hits.push({ type, id: source.id(records[i]), field: match[0], text: match[1], record: index.out(records[i]) });
        if (hits.length >= limit) return hits;
      }
    }
  }
  return hits;
}

