import type { AnyDataset, BundledDataset, Dataset } from '../_lib/records.js';
import { InvalidArgumentError } from '../../errors.js';
import { indexOf, type DatasetIndex } from '../_lib/dataset-index.js';
import { normalizeText, queryTokens } from '../../util/text.js';
import { checkCount, checkEnum, checkOptions, list } from '../_lib/validate.js';

/** The collections {@link search} looks in, in the order hits are listed. */
export const SEARCH_TYPES = ['person', 'country', 'issue', 'event', 'trip', 'visit', 'issueLink', 'source', 'discrepancy'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Longest search text, in characters: longer text is refused, not searched slowly. */
const SEARCH_MAX_LENGTH = 1000;
/** Most different words in one search (a repeated word counts once). */
const SEARCH_MAX_WORDS = 32;

/** Options of {@link search}. */
export interface SearchOptions {
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

interface Doc {
  type: SearchType;
  id: string;
  record: unknown;
  fields: [field: string, text: string, normalized: string][];
  all: string;
}

function field(name: string, text: string | undefined): [string, string, string][] {
  return text ? [[name, text, normalizeText(text)]] : [];
}

/** How many searches of a collection match its records one by one before its documents are kept. */
const SEARCHES_BEFORE_DOCS = 1;

/**
 * Each collection's documents, kept from its second search on: a first search
 * makes each record's document, matches it and drops it, so a process that
 * searches once keeps no copy of 7,500 visits' text alive through the garbage
 * collections that follow. Only the collections searched are ever made.
 */
const documents = new WeakMap<DatasetIndex, Map<SearchType, Doc[] | number>>();
/** A collection's documents: kept ones, or its records and how to make each one's. */
function docsOf(index: DatasetIndex, type: SearchType): { docs: readonly Doc[] } | { records: readonly unknown[]; make: (record: unknown) => Doc } {
  let byType = documents.get(index);
  if (!byType) documents.set(index, (byType = new Map()));
  const kept = byType.get(type) ?? 0;
  if (typeof kept !== 'number') return { docs: kept };
  const { records, make } = maker(index, type);
  if (kept < SEARCHES_BEFORE_DOCS) {
    byType.set(type, kept + 1);
    return { records, make };
  }
  const docs = records.map(make);
  byType.set(type, docs);
  return { docs };
}

function maker(index: DatasetIndex, type: SearchType): { records: readonly unknown[]; make: (record: unknown) => Doc } {
  const { ds } = index;
  const doc = (id: string, record: unknown, fields: [string, string, string][]): Doc => ({
    type, id, record, fields, all: fields.map((f) => f[2]).join('\n'),
  });
  const of = <T>(records: readonly T[], make: (item: T) => Doc) => ({ records, make: make as (record: unknown) => Doc });
  switch (type) {
    case 'person': return of(ds.people, (p) => doc(p.id, p, [...field('name', p.name), ...field('id', p.id), ...p.roles.flatMap((r, i) => field(`roles[${i}].title`, r.title))]));
    case 'country': return of(ds.countries, (c) => doc(c.code, c, [...field('name', c.name), ...field('code', c.code), ...field('historianSlugs', c.historianSlugs.join(' '))]));
    case 'issue': return of(ds.issues, (i) => doc(i.id, i, [...field('label', i.label), ...field('id', i.id), ...field('aliases', i.aliases.join('; ')), ...field('description', i.description)]));
    case 'event': return of(index.eventsSorted, (e) => doc(e.id, e, [...field('name', e.name), ...field('series', e.series), ...field('locality', e.locality)]));
    case 'trip': return of(index.tripsSorted, (t) => doc(t.id, t, [...field('title', t.title)]));
    case 'visit': return of(index.visitsSorted, (v) => doc(v.id, v, [...field('traveler.name', v.traveler.name), ...field('traveler.title', v.traveler.title), ...field('locality', v.locality), ...field('remarks', v.remarks)]));
    case 'issueLink': return of(ds.issueLinks, (l) => doc(l.id, l, [...field('summary', l.summary), ...l.evidence.flatMap((e, i) => field(`evidence[${i}].quote`, e.quote))]));
    case 'source': return of(ds.sources, (s) => doc(s.id, s, [...field('title', s.title), ...field('publisher', s.publisher)]));
    case 'discrepancy': return of(ds.discrepancies, (d) => doc(d.id, d, [...field('description', d.description), ...field('resolution', d.resolution), ...field('id', d.id)]));
  }
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
 * @param options - `types` to search, `limit` of hits
 * @throws {InvalidArgumentError} empty or too long text, an unknown type or a bad limit
 *
 * @example
 * import { getDataset, search } from 'diplomatic-visits';
 * search(getDataset(), 'security consultative', { types: ['visit'] }).map((h) => h.id);
 * //=> ['hsg-travel-3382', 'hsg-travel-3992']
 */
export function search<D extends AnyDataset = BundledDataset>(ds: D, text: string, options: SearchOptions = {}): readonly SearchHit[] {
  checkOptions('options', options, ['types', 'limit']);
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
  const index = indexOf(ds);
  // Documents are built for the collections asked for only: `types: ['visit']` never builds the others.
  for (const type of SEARCH_TYPES) {
    if (types && !types.has(type)) continue;
    const source = docsOf(index, type);
    const count = 'docs' in source ? source.docs.length : source.records.length;
    for (let i = 0; i < count; i++) {
      const doc = 'docs' in source ? source.docs[i]! : source.make(source.records[i]);
      if (!tokens.every((t) => doc.all.includes(t))) continue;
      const [name, original] = doc.fields.find((f) => f[2].includes(tokens[0]!)) ?? doc.fields[0]!;
      hits.push({ type: doc.type, id: doc.id, field: name, text: original, record: doc.record });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

