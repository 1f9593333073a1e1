// The dataset as CSV, one file per collection plus "long" tables for the
// nested lists of objects, for spreadsheets, pandas, R and DuckDB.
//
// Flattening (documented in docs/data-for-analysts.md):
// - nested objects become prefixed snake_case columns: traveler.personId -> traveler_person_id
// - lists of ids (and of aliases) are joined with ";" in one cell; "" is an empty list
//   (an item's own "\" and ";" are escaped with "\": the writer in src/util/csv.ts)
// - lists of objects (provenance, roles, evidence, subjects) become long tables,
//   one row per item: <parent>_id, position (1-based), then the item's fields
// - an absent optional field is an empty cell; booleans are true/false
// - RFC 4180, and a ' in front of a text cell a spreadsheet would run as a formula
//   (or that starts with '): the one writer and its rule are in src/util/csv.ts
import type { AnyDataset as Dataset } from '../../src/schemas/records.js';
import { DateQualifierSchema, SubjectTypeSchema, TravelStatusSchema } from '../../src/schemas/common.js';
import { DiscrepancySubjectSchema } from '../../src/schemas/discrepancy.js';
import { EventKindSchema } from '../../src/schemas/event.js';
import { IssueRelationSchema } from '../../src/schemas/issue.js';
import type { CollectionName } from '../../src/schemas/meta.js';
import { SourceKindSchema, SourceSchema } from '../../src/schemas/source.js';
import { TripGroupingRuleSchema } from '../../src/schemas/trip.js';
import { VisitKindSchema } from '../../src/schemas/visit.js';
import { LIST_SEPARATOR, listCell, neutralizeFormula, toCsv } from '../../src/util/csv.js';

export { LIST_SEPARATOR, toCsv };

/** Table Schema v1 field types used here. */
export type FieldType = 'string' | 'date' | 'boolean' | 'integer';

export interface CsvColumn {
  /** snake_case column name. */
  name: string;
  /**
   * Where the value comes from: a dotted path in the record (for a long table,
   * in the list item), or `@parent` (the parent record's key) or `@position`
   * (1-based index of the item in its list) for a long table.
   */
  path: string;
  type: FieldType;
  /** A list of strings joined with `;` in one cell. */
  list?: boolean;
  /** The JSON field may be absent (an empty cell). */
  optional?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  description: string;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface CsvTable {
  /** Resource name and file name without `.csv`. */
  name: string;
  title: string;
  description: string;
  collection: CollectionName;
  /** For a long table: the list field of each record it unrolls, one row per item. */
  items?: string;
  columns: CsvColumn[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

const fk = (fields: string, resource: string, ref = 'id'): ForeignKey => ({ fields, reference: { resource, fields: ref } });

const QUOTE_NOTE =
  'Quotes are verbatim extracts of at most 300 characters from the cited source (see sources.csv for title, publisher and URL), reproduced as short quotations with attribution; their copyright stays with the publisher.';

const provenanceTable = (collection: 'visits' | 'trips' | 'events', parent: string, resource: string): CsvTable => ({
  name: `${parent}_provenance`,
  title: `Provenance of ${collection}`,
  description: `One row per provenance entry of a ${parent} (the ${parent}'s provenance list, in order): the source, the official record ids and/or a quote. ${QUOTE_NOTE}`,
  collection,
  items: 'provenance',
  columns: [
    { name: `${parent}_id`, path: '@parent', type: 'string', description: `The ${parent} (${resource}.csv id).` },
    { name: 'position', path: '@position', type: 'integer', description: 'Position of the entry in the list, from 1.' },
    { name: 'source_id', path: 'sourceId', type: 'string', description: 'The source (sources.csv id).' },
    { name: 'record_ids', path: 'recordIds', type: 'string', list: true, optional: true, description: 'Official record ids (hsg-travel-<n>, hsg-visit-<n>) joined with ";": every record of the official data that holds this stay.' },
    { name: 'quote', path: 'quote', type: 'string', optional: true, description: 'Verbatim quote from the source, at most 300 characters.' },
  ],
  primaryKey: [`${parent}_id`, 'position'],
  foreignKeys: [fk(`${parent}_id`, resource), fk('source_id', 'sources')],
});

const dateQualifier: CsvColumn = { name: 'date_qualifier', path: 'dateQualifier', type: 'string', optional: true, enum: DateQualifierSchema.options, description: 'approximate (inferred), planned (announced, not confirmed by any source), undated (start..end is the window the stay falls in) or unknown (no source gives the dates: start = end is the day by which a source reports the record); empty when the dates are given by a source.' };
const status: CsvColumn = { name: 'status', path: 'status', type: 'string', optional: true, enum: TravelStatusSchema.options, description: 'postponed or cancelled for an announced trip that did not take place (not travel: leave such rows out to count travel); empty when it took place (completed).' };
const dateNote: CsvColumn = { name: 'date_note', path: 'dateNote', type: 'string', optional: true, description: 'How a qualified date is known, in the curator\'s words.' };

/** Every CSV table, in the order of the dataset's collections. */
export const CSV_TABLES: readonly CsvTable[] = [
  {
    name: 'countries',
    title: 'Countries',
    description: 'Countries and former states, keyed by code.',
    collection: 'countries',
    columns: [
      { name: 'code', path: 'code', type: 'string', unique: true, description: 'ISO 3166-1 alpha-2 code; ISO 3166-3 four-letter code for a former state (YUCS); an X-prefixed project code where ISO has none.' },
      { name: 'name', path: 'name', type: 'string', description: 'English short name.' },
      { name: 'historian_slugs', path: 'historianSlugs', type: 'string', list: true, description: 'Every slug the Office of the Historian records use for it, joined with ";" (turkey;turkiye).' },
      { name: 'region', path: 'region', type: 'string', description: 'UN M49 region.' },
      { name: 'subregion', path: 'subregion', type: 'string', description: 'UN M49 subregion.' },
      { name: 'former', path: 'former', type: 'boolean', description: 'true for a state or territory that no longer exists as such.' },
      { name: 'code_note', path: 'codeNote', type: 'string', optional: true, description: 'Why a project code or an unusual mapping was chosen.' },
    ],
    primaryKey: ['code'],
    foreignKeys: [],
  },
  {
    name: 'people',
    title: 'People',
    description: 'Travellers and participants. Ids are surname first, as in the official records (blinken-antony-j). Their offices are in person_roles.csv.',
    collection: 'people',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Person id.' },
      { name: 'name', path: 'name', type: 'string', description: 'Full name.' },
      { name: 'derivation_source_id', path: 'derivation.sourceId', type: 'string', optional: true, description: 'For a foreign leader derived from the visit records: the source (sources.csv id).' },
      { name: 'derivation_rules', path: 'derivation.rules', type: 'string', list: true, optional: true, description: 'For a foreign leader: the rules that joined the records\' name forms into this person, joined with ";" (same-name;near-spelling; see docs/official-import.md).' },
      { name: 'derivation_names', path: 'derivation.names', type: 'string', list: true, optional: true, description: 'For a foreign leader: every name form the records use for the person, joined with ";".' },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'person_roles',
    title: 'Roles of people',
    description: 'One row per office a person held (the person\'s roles list, in order).',
    collection: 'people',
    items: 'roles',
    columns: [
      { name: 'person_id', path: '@parent', type: 'string', description: 'The person (people.csv id).' },
      { name: 'position', path: '@position', type: 'integer', description: 'Position of the role in the list, from 1.' },
      { name: 'title', path: 'title', type: 'string', description: 'Title of the office, e.g. Secretary of State.' },
      { name: 'country', path: 'country', type: 'string', description: 'Country served (countries.csv code).' },
      { name: 'start', path: 'start', type: 'date', optional: true, description: 'First day in office; empty where no source gives it (never guessed).' },
      { name: 'end', path: 'end', type: 'date', optional: true, description: 'Last day in office; empty while in office or where no source gives it.' },
      { name: 'source_id', path: 'sourceId', type: 'string', optional: true, description: 'The source that gives this role, for people outside the official records (sources.csv id).' },
      { name: 'first_seen', path: 'firstSeen', type: 'date', optional: true, description: 'Foreign leaders: the first day of the first visit record that shows this title and country (a record date, not the start of the term).' },
      { name: 'last_seen', path: 'lastSeen', type: 'date', optional: true, description: 'Foreign leaders: the last day of the last visit record that shows this title and country (a record date, not the end of the term).' },
    ],
    primaryKey: ['person_id', 'position'],
    foreignKeys: [fk('person_id', 'people'), fk('country', 'countries', 'code'), fk('source_id', 'sources')],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Where the facts come from: official datasets and records, news articles, press releases.',
    collection: 'sources',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Source id.' },
      { name: 'kind', path: 'kind', type: 'string', enum: SourceKindSchema.options, description: 'Kind of source.' },
      { name: 'title', path: 'title', type: 'string', description: 'Title.' },
      { name: 'publisher', path: 'publisher', type: 'string', optional: true, description: 'Publisher.' },
      { name: 'published', path: 'published', type: 'date', optional: true, description: 'Publication date.' },
      { name: 'published_qualifier', path: 'publishedQualifier', type: 'string', optional: true, enum: SourceSchema.shape.publishedQualifier.unwrap().options, description: 'Set when the publication date is inferred rather than printed in the source.' },
      { name: 'url', path: 'url', type: 'string', optional: true, description: 'URL.' },
      { name: 'license', path: 'license', type: 'string', optional: true, description: 'Licence of the source, e.g. CC0-1.0.' },
      { name: 'text_sha256', path: 'textSha256', type: 'string', optional: true, description: 'sha256 (hex) of the source text, so evidence quotes can be checked against it.' },
      { name: 'repository', path: 'repository', type: 'string', optional: true, description: 'For a dataset snapshot: the repository it was taken from.' },
      { name: 'commit', path: 'commit', type: 'string', optional: true, description: 'For a dataset snapshot: the commit it was taken from.' },
      { name: 'note', path: 'note', type: 'string', optional: true, description: 'Curator\'s note.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'visits',
    title: 'Visits',
    description: 'One traveller in one country over one inclusive date range: the atomic unit. Official visits have ids hsg-travel-<n> / hsg-visit-<n>; curated ones <surname>-<start>-<cc>. Provenance is in visit_provenance.csv.',
    collection: 'visits',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Visit id.' },
      { name: 'traveler_person_id', path: 'traveler.personId', type: 'string', optional: true, description: 'The traveller (people.csv id), when known.' },
      { name: 'traveler_name', path: 'traveler.name', type: 'string', description: 'The traveller\'s name as the record gives it.' },
      { name: 'traveler_title', path: 'traveler.title', type: 'string', optional: true, description: 'The traveller\'s title as the record gives it.' },
      { name: 'traveler_country', path: 'travelerCountry', type: 'string', description: 'The country the traveller represents (countries.csv code).' },
      { name: 'country', path: 'country', type: 'string', description: 'The country visited (countries.csv code).' },
      { name: 'locality', path: 'locality', type: 'string', optional: true, description: 'City or place, as the record gives it.' },
      { name: 'start', path: 'start', type: 'date', description: 'First day (inclusive).' },
      { name: 'end', path: 'end', type: 'date', description: 'Last day (inclusive).' },
      dateQualifier,
      dateNote,
      status,
      { name: 'kind', path: 'kind', type: 'string', enum: VisitKindSchema.options, description: 'secretary-travel, president-travel, foreign-leader-visit (to the US), or official-travel (other officials).' },
      { name: 'trip_id', path: 'tripId', type: 'string', optional: true, description: 'The trip it belongs to (trips.csv id).' },
      { name: 'event_ids', path: 'eventIds', type: 'string', list: true, description: 'Events attended, joined with ";" (events.csv ids).' },
      { name: 'remarks', path: 'remarks', type: 'string', optional: true, description: 'The official record\'s own text, kept as data.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('traveler_person_id', 'people'), fk('traveler_country', 'countries', 'code'), fk('country', 'countries', 'code'), fk('trip_id', 'trips')],
  },
  provenanceTable('visits', 'visit', 'visits'),
  {
    name: 'visit_counterparts',
    title: 'Counterparts of visits',
    description: 'One row per person an official visit\'s remarks say was met ("Met with Prime Minister Prodi …"), derived in the import: the person (people.csv id) where exactly one person record fits the name, title, country and date, else the name and title as the remarks write them. The quote, or the name, stands verbatim in the visit\'s remarks.',
    collection: 'visits',
    items: 'counterparts',
    columns: [
      { name: 'visit_id', path: '@parent', type: 'string', description: 'The visit (visits.csv id).' },
      { name: 'position', path: '@position', type: 'integer', description: 'Position in the visit\'s counterparts, from 1, in the order of the remarks.' },
      { name: 'person_id', path: 'personId', type: 'string', optional: true, description: 'The person met (people.csv id), where resolved; empty otherwise.' },
      { name: 'quote', path: 'quote', type: 'string', optional: true, description: 'With person_id: the words of the remarks that name the person, "Prime Minister Prodi"; empty otherwise.' },
      { name: 'name', path: 'name', type: 'string', optional: true, description: 'Without person_id: the name as it stands in the remarks, "Dini"; empty otherwise.' },
      { name: 'title', path: 'title', type: 'string', optional: true, description: 'Without person_id: the title the remarks give, "Foreign Minister"; empty otherwise.' },
      { name: 'rule', path: 'rule', type: 'string', description: 'The rule that derived it: met-with.' },
    ],
    primaryKey: ['visit_id', 'position'],
    foreignKeys: [fk('visit_id', 'visits'), fk('person_id', 'people')],
  },
  {
    name: 'trips',
    title: 'Trips',
    description: 'A journey: one person\'s visits in travel order.',
    collection: 'trips',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Trip id, <person-id>-<start>.' },
      { name: 'person_id', path: 'personId', type: 'string', description: 'The traveller (people.csv id).' },
      { name: 'title', path: 'title', type: 'string', description: 'Title.' },
      { name: 'start', path: 'start', type: 'date', description: 'First day (inclusive).' },
      { name: 'end', path: 'end', type: 'date', description: 'Last day (inclusive).' },
      dateQualifier,
      status,
      { name: 'visit_ids', path: 'visitIds', type: 'string', list: true, description: 'Its visits in travel order, joined with ";" (visits.csv ids).' },
      { name: 'derived', path: 'derived', type: 'boolean', description: 'true where grouped from consecutive official records rather than curated.' },
      { name: 'grouping_rule', path: 'grouping.rule', type: 'string', optional: true, enum: TripGroupingRuleSchema.options, description: 'Derived trips: the strongest rule that joined its visits (stated-journey, president-journey, en-route-stop, ...; single-visit, consecutive-days).' },
      { name: 'grouping_note', path: 'grouping.note', type: 'string', optional: true, description: 'Derived trips: each join other than by consecutive days, and why the trip starts where it does, citing the records.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('person_id', 'people')],
  },
  provenanceTable('trips', 'trip', 'trips'),
  {
    name: 'events',
    title: 'Events',
    description: 'Summits, ministerials, dialogues, bilateral meetings, calls and ceremonies, curated or derived from official remarks. Provenance is in event_provenance.csv.',
    collection: 'events',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Event id.' },
      { name: 'name', path: 'name', type: 'string', description: 'Name.' },
      { name: 'kind', path: 'kind', type: 'string', enum: EventKindSchema.options, description: 'Kind of event.' },
      { name: 'series', path: 'series', type: 'string', optional: true, description: 'The recurring format it belongs to: G7, G20, APEC, Quad, C5+1, 2+2.' },
      { name: 'start', path: 'start', type: 'date', description: 'First day (inclusive).' },
      { name: 'end', path: 'end', type: 'date', description: 'Last day (inclusive).' },
      dateQualifier,
      dateNote,
      { name: 'country', path: 'country', type: 'string', description: 'Where it took place (countries.csv code); for a virtual meeting, the host\'s country.' },
      { name: 'locality', path: 'locality', type: 'string', optional: true, description: 'City or place.' },
      { name: 'virtual', path: 'virtual', type: 'boolean', optional: true, description: 'true for a call or virtual meeting; empty when not stated.' },
      { name: 'participant_ids', path: 'participantIds', type: 'string', list: true, description: 'Participants, joined with ";" (people.csv ids).' },
      { name: 'derived_by_rule', path: 'derivedBy.rule', type: 'string', optional: true, description: 'For an event derived from official remarks, the rule that derived it; empty for a curated event.' },
      { name: 'derived_by_record_ids', path: 'derivedBy.recordIds', type: 'string', list: true, optional: true, description: 'For a derived event, the official records whose remarks name it, joined with ";".' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('country', 'countries', 'code')],
  },
  provenanceTable('events', 'event', 'events'),
  {
    name: 'issues',
    title: 'Issues',
    description: 'The controlled vocabulary of agenda issues.',
    collection: 'issues',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Issue id.' },
      { name: 'label', path: 'label', type: 'string', description: 'Label.' },
      { name: 'description', path: 'description', type: 'string', description: 'What the issue covers.' },
      { name: 'parent_id', path: 'parentId', type: 'string', optional: true, description: 'The broader issue (issues.csv id).' },
      { name: 'aliases', path: 'aliases', type: 'string', list: true, description: 'Other names, joined with ";".' },
      { name: 'reserved', path: 'reserved', type: 'boolean', optional: true, description: 'true when kept in the vocabulary for future links though no link uses it yet.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('parent_id', '')],
  },
  {
    name: 'issue_links',
    title: 'Issue links',
    description: 'Ties an issue to a trip, visit or event, on evidence (issue_link_evidence.csv).',
    collection: 'issueLinks',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Issue link id.' },
      { name: 'issue_id', path: 'issueId', type: 'string', description: 'The issue (issues.csv id).' },
      { name: 'subject_type', path: 'subject.type', type: 'string', enum: SubjectTypeSchema.options, description: 'What the link is about: trip, visit or event.' },
      { name: 'subject_id', path: 'subject.id', type: 'string', description: 'Its id in trips.csv, visits.csv or events.csv, by subject_type.' },
      { name: 'relation', path: 'relation', type: 'string', enum: IssueRelationSchema.options, description: 'agenda: the source says it was, or was to be, discussed; context: background the coverage ties to it.' },
      { name: 'summary', path: 'summary', type: 'string', description: 'The curator\'s own words.' },
      { name: 'derived_by_rule', path: 'derivedBy.rule', type: 'string', optional: true, description: 'For a link derived from an official remark, the rule that derived it; empty for a curated link.' },
      { name: 'derived_by_record_ids', path: 'derivedBy.recordIds', type: 'string', list: true, optional: true, description: 'For a derived link, the official records of the visit, joined with ";".' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('issue_id', 'issues')],
  },
  {
    name: 'issue_link_evidence',
    title: 'Evidence of issue links',
    description: `One row per evidence quote of an issue link (in order). ${QUOTE_NOTE}`,
    collection: 'issueLinks',
    items: 'evidence',
    columns: [
      { name: 'issue_link_id', path: '@parent', type: 'string', description: 'The issue link (issue_links.csv id).' },
      { name: 'position', path: '@position', type: 'integer', description: 'Position of the quote in the list, from 1.' },
      { name: 'source_id', path: 'sourceId', type: 'string', description: 'The source (sources.csv id).' },
      { name: 'quote', path: 'quote', type: 'string', description: 'Verbatim quote from the source, at most 300 characters.' },
    ],
    primaryKey: ['issue_link_id', 'position'],
    foreignKeys: [fk('issue_link_id', 'issue_links'), fk('source_id', 'sources')],
  },
  {
    name: 'discrepancies',
    title: 'Discrepancies',
    description: 'Where sources disagree, or an official record is wrong or incomplete. What each is about is in discrepancy_subjects.csv.',
    collection: 'discrepancies',
    columns: [
      { name: 'id', path: 'id', type: 'string', unique: true, description: 'Discrepancy id.' },
      { name: 'description', path: 'description', type: 'string', description: 'What disagrees.' },
      { name: 'source_ids', path: 'sourceIds', type: 'string', list: true, description: 'The sources involved, joined with ";" (sources.csv ids).' },
      { name: 'resolution', path: 'resolution', type: 'string', optional: true, description: 'How the dataset resolves it.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'discrepancy_subjects',
    title: 'Subjects of discrepancies',
    description: 'One row per record a discrepancy is about (in order).',
    collection: 'discrepancies',
    items: 'subjects',
    columns: [
      { name: 'discrepancy_id', path: '@parent', type: 'string', description: 'The discrepancy (discrepancies.csv id).' },
      { name: 'position', path: '@position', type: 'integer', description: 'Position of the subject in the list, from 1.' },
      { name: 'subject_type', path: 'type', type: 'string', enum: DiscrepancySubjectSchema.shape.type.options, description: 'The kind of record.' },
      { name: 'subject_id', path: 'id', type: 'string', description: 'Its id in the collection subject_type names (issue-link: issue_links.csv).' },
    ],
    primaryKey: ['discrepancy_id', 'position'],
    foreignKeys: [fk('discrepancy_id', 'discrepancies')],
  },
];

function get(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = v == null ? undefined : (v as Record<string, unknown>)[key];
  return v;
}

/** The text of one cell, before quoting. */
export function cellText(value: unknown, column: CsvColumn, where: string): string {
  if (value === undefined || value === null) return '';
  if (column.list) {
    if (!Array.isArray(value)) throw new Error(`${where}: expected a list for column ${column.name}`);
    return listCell(value.map(String));
  }
  switch (column.type) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'integer':
      return String(value);
    default:
      return neutralizeFormula(String(value));
  }
}

/** The rows of a table: for a long table, one per item of each record's list. */
export function tableRows(dataset: Dataset, table: CsvTable): string[][] {
  const keyField = table.collection === 'countries' ? 'code' : 'id';
  const rows: string[][] = [];
  for (const record of dataset[table.collection] as unknown as Record<string, unknown>[]) {
    const key = String(record[keyField]);
    if (!table.items) {
      rows.push(table.columns.map((c) => cellText(get(record, c.path), c, `${table.collection} "${key}"`)));
      continue;
    }
    const items = (record[table.items] as unknown[] | undefined) ?? [];
    items.forEach((item, index) => {
      rows.push(
        table.columns.map((c) =>
          c.path === '@parent' ? key : c.path === '@position' ? String(index + 1) : cellText(get(item, c.path), c, `${table.collection} "${key}" ${table.items}[${index}]`),
        ),
      );
    });
  }
  return rows;
}

export interface CsvFile {
  table: CsvTable;
  /** `visits.csv` */
  file: string;
  text: string;
  rows: number;
}

/** Every CSV file of a dataset, in {@link CSV_TABLES} order. */
export function datasetCsvFiles(dataset: Dataset): CsvFile[] {
  return CSV_TABLES.map((table) => {
    const rows = tableRows(dataset, table);
    return { table, file: `${table.name}.csv`, text: toCsv(table.columns.map((c) => c.name), rows), rows: rows.length };
  });
}
