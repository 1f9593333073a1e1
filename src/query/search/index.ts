import type { AnyDataset, BundledDataset, Dataset } from '../_lib/records.js';
import { InvalidArgumentError } from '../../errors.js';
import { indexOf, type DatasetIndex } from '../_lib/dataset-index.js';
import { normalizeText, queryTokens } from '../_lib/text.js';
import { checkCount, checkEnum, checkOptions, list } from '../_lib/validate.js';

/** The collections {@link search} looks in, in the order hits are listed. */
export const SEARCH_TYPES = ['person', 'country', 'issue', 'event', 'trip', 'visit', 'issueLink', 'source', 'discrepancy'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

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

const documents = new WeakMap<DatasetIndex, Doc[]>();
function docsOf(index: DatasetIndex): Doc[] {
  let docs = documents.get(index);
  if (docs) return docs;
  const { ds } = index;
  const doc = (type: SearchType, id: string, record: unknown, fields: [string, string, string][]): Doc => ({
    type, id, record, fields, all: fields.map((f) => f[2]).join('\n'),
  });
  docs = [
    ...ds.people.map((p) => doc('person', p.id, p, [...field('name', p.name), ...field('id', p.id), ...p.roles.flatMap((r, i) => field(`roles[${i}].title`, r.title))])),
    ...ds.countries.map((c) => doc('country', c.code, c, [...field('name', c.name), ...field('code', c.code), ...field('historianSlugs', c.historianSlugs.join(' '))])),
    ...ds.issues.map((i) => doc('issue', i.id, i, [...field('label', i.label), ...field('id', i.id), ...field('aliases', i.aliases.join('; ')), ...field('description', i.description)])),
    ...index.eventsSorted.map((e) => doc('event', e.id, e, [...field('name', e.name), ...field('series', e.series), ...field('locality', e.locality)])),
    ...index.tripsSorted.map((t) => doc('trip', t.id, t, [...field('title', t.title)])),
    ...index.visitsSorted.map((v) => doc('visit', v.id, v, [...field('traveler.name', v.traveler.name), ...field('traveler.title', v.traveler.title), ...field('locality', v.locality), ...field('remarks', v.remarks)])),
    ...ds.issueLinks.map((l) => doc('issueLink', l.id, l, [...field('summary', l.summary), ...l.evidence.flatMap((e, i) => field(`evidence[${i}].quote`, e.quote))])),
    ...ds.sources.map((s) => doc('source', s.id, s, [...field('title', s.title), ...field('publisher', s.publisher)])),
    ...ds.discrepancies.map((d) => doc('discrepancy', d.id, d, [...field('description', d.description), ...field('resolution', d.resolution), ...field('id', d.id)])),
  ];
  documents.set(index, docs);
  return docs;
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
 * @param text - one or more words
 * @param options - `types` to search, `limit` of hits
 * @throws {InvalidArgumentError} empty text, an unknown type or a bad limit
 *
 * @example
 * import { getDataset, search } from 'diplomatic-visits';
 * search(getDataset(), 'security consultative', { types: ['visit'] }).map((h) => h.id);
 */
export function search<D extends AnyDataset = BundledDataset>(ds: D, text: string, options: SearchOptions = {}): readonly SearchHit[] {
  checkOptions('options', options, ['types', 'limit']);
  const tokens = typeof text === 'string' ? queryTokens(text) : [];
  if (tokens.length === 0) throw new InvalidArgumentError('text', 'one or more words to search for', text);
  const types = options.types === undefined ? undefined : new Set(checkTypes(options.types));
  const limit = checkCount('options.limit', options.limit, 1, 'a number of hits') ?? Infinity;
  const hits: SearchHit[] = [];
  for (const doc of docsOf(indexOf(ds))) {
    if (types && !types.has(doc.type)) continue;
    if (!tokens.every((t) => doc.all.includes(t))) continue;
    const [name, original] = doc.fields.find((f) => f[2].includes(tokens[0]!)) ?? doc.fields[0]!;
    hits.push({ type: doc.type, id: doc.id, field: name, text: original, record: doc.record });
    if (hits.length >= limit) break;
  }
  return hits;
}

