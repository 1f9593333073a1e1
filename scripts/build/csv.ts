// The dataset as CSV, one file per collection plus "long" tables for the
// nested lists of objects, for spreadsheets, pandas, R and DuckDB. The columns
// are the fields of the zod schemas (scripts/build/model.ts), with their
// descriptions; what is kept here is what only the CSV decides: the tables,
// which lists they unroll, renamed columns, keys.
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
import { z } from 'zod/v4';
import type { AnyDataset as Dataset } from '../../src/schemas/records.js';
import { IsoDateSchema } from '../../src/schemas/common.js';
import { DatasetSchema } from '../../src/schemas/dataset.js';
import type { CollectionName } from '../../src/schemas/meta.js';
import { LIST_SEPARATOR, listCell, neutralizeFormula, toCsv } from '../../src/util/csv.js';
import { elementOf, fieldsOf, isSchema, unwrapOptional, type ModelField } from './model.js';

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

/**
 * What a table is: the CSV decisions only (its name, which collection it comes
 * from, which list of objects it unrolls, renamed columns, keys). Its columns
 * are the fields of the collection's schema, flattened: see {@link columnsOf}.
 */
interface TableSpec extends Omit<CsvTable, 'columns'> {
  /** For a long table: what its parent column names, e.g. `visit` for visit_id. */
  parent?: { name: string; resource: string };
  /** Column names that differ from the field path in snake_case. */
  rename?: Record<string, string>;
}

const provenanceTable = (collection: 'visits' | 'trips' | 'events', parent: string, resource: string): TableSpec => ({
  name: `${parent}_provenance`,
  title: `Provenance of ${collection}`,
  description: `One row per provenance entry of a ${parent} (the ${parent}'s provenance list, in order): the source, the official record ids and/or a quote. ${QUOTE_NOTE}`,
  collection,
  items: 'provenance',
  parent: { name: parent, resource },
  primaryKey: [`${parent}_id`, 'position'],
  foreignKeys: [fk(`${parent}_id`, resource), fk('source_id', 'sources')],
});

/** Every CSV table, in the order of the dataset's collections. */
const TABLE_SPECS: readonly TableSpec[] = [
  { name: 'countries', title: 'Countries', description: 'Countries and former states, keyed by code.', collection: 'countries', primaryKey: ['code'], foreignKeys: [] },
  {
    name: 'people',
    title: 'People',
    description: 'Travellers and participants. Ids are surname first, as in the official records (blinken-antony-j). Their offices are in person_roles.csv.',
    collection: 'people',
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'person_roles',
    title: 'Roles of people',
    description: "One row per office a person held (the person's roles list, in order).",
    collection: 'people',
    items: 'roles',
    parent: { name: 'person', resource: 'people' },
    primaryKey: ['person_id', 'position'],
    foreignKeys: [fk('person_id', 'people'), fk('country', 'countries', 'code'), fk('source_id', 'sources')],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Where the facts come from: official datasets and records, news articles, press releases.',
    collection: 'sources',
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'visits',
    title: 'Visits',
    description: 'One traveller in one country over one inclusive date range: the atomic unit. Official visits have ids hsg-travel-<n> / hsg-visit-<n>; curated ones <surname>-<start>-<cc>. Provenance is in visit_provenance.csv.',
    collection: 'visits',
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
    parent: { name: 'visit', resource: 'visits' },
    primaryKey: ['visit_id', 'position'],
    foreignKeys: [fk('visit_id', 'visits'), fk('person_id', 'people')],
  },
  { name: 'trips', title: 'Trips', description: "A journey: one person's visits in travel order.", collection: 'trips', primaryKey: ['id'], foreignKeys: [fk('person_id', 'people')] },
  provenanceTable('trips', 'trip', 'trips'),
  {
    name: 'events',
    title: 'Events',
    description: 'Summits, ministerials, dialogues, bilateral meetings, calls and ceremonies, curated or derived from official remarks. Provenance is in event_provenance.csv.',
    collection: 'events',
    primaryKey: ['id'],
    foreignKeys: [fk('country', 'countries', 'code')],
  },
  provenanceTable('events', 'event', 'events'),
  { name: 'issues', title: 'Issues', description: 'The controlled vocabulary of agenda issues.', collection: 'issues', primaryKey: ['id'], foreignKeys: [fk('parent_id', '')] },
  {
    name: 'issue_links',
    title: 'Issue links',
    description: 'Ties an issue to a trip, visit or event, on evidence (issue_link_evidence.csv).',
    collection: 'issueLinks',
    primaryKey: ['id'],
    foreignKeys: [fk('issue_id', 'issues')],
  },
  {
    name: 'issue_link_evidence',
    title: 'Evidence of issue links',
    description: `One row per evidence quote of an issue link (in order). ${QUOTE_NOTE}`,
    collection: 'issueLinks',
    items: 'evidence',
    parent: { name: 'issue_link', resource: 'issue_links' },
    primaryKey: ['issue_link_id', 'position'],
    foreignKeys: [fk('issue_link_id', 'issue_links'), fk('source_id', 'sources')],
  },
  {
    name: 'discrepancies',
    title: 'Discrepancies',
    description: 'Where sources disagree, or an official record is wrong or incomplete. What each is about is in discrepancy_subjects.csv.',
    collection: 'discrepancies',
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'discrepancy_subjects',
    title: 'Subjects of discrepancies',
    description: 'One row per record a discrepancy is about (in order).',
    collection: 'discrepancies',
    items: 'subjects',
    parent: { name: 'discrepancy', resource: 'discrepancies' },
    rename: { type: 'subject_type', id: 'subject_id' },
    primaryKey: ['discrepancy_id', 'position'],
    foreignKeys: [fk('discrepancy_id', 'discrepancies')],
  },
];

const snake = (path: string[]) => path.map((p) => p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).join('_');

/** The record schema of a collection. */
const recordSchema = (collection: CollectionName): z.ZodType => elementOf(DatasetSchema.shape[collection] as z.ZodType)!;

/**
 * The columns of a table, from the schema: each field of the record (or of the
 * list item a long table unrolls) in schema order; a nested object becomes
 * prefixed columns; a list of strings one joined cell; a list of objects is
 * left to the long table that unrolls it, and a list of objects no table
 * unrolls fails the build.
 */
function columnsOf(spec: TableSpec): CsvColumn[] {
  const record = recordSchema(spec.collection);
  const unrolled = new Set(TABLE_SPECS.filter((t) => t.collection === spec.collection && t.items).map((t) => t.items!));
  let fields: ModelField[];
  const columns: CsvColumn[] = [];
  if (spec.items) {
    const list = (record as z.ZodObject).shape[spec.items] as z.ZodType;
    fields = fieldsOf(elementOf(unwrapOptional(list).inner)!);
    const { name, resource } = spec.parent!;
    columns.push(
      { name: `${name}_id`, path: '@parent', type: 'string', description: `The ${name.replace(/_/g, ' ')} (${resource}.csv id).` },
      { name: 'position', path: '@position', type: 'integer', description: 'Position of the item in the list, from 1.' },
    );
  } else {
    fields = fieldsOf(record);
  }
  const key = spec.collection === 'countries' ? 'code' : 'id';
  const flatten = (field: ModelField): void => {
    const dotted = field.path.join('.');
    const element = elementOf(field.schema);
    if (field.schema instanceof z.ZodObject) {
      for (const child of fieldsOf(field.schema, field.path, field.optional)) flatten(child);
      return;
    }
    if (element instanceof z.ZodObject) {
      if (field.path.length === 1 && !spec.items && unrolled.has(dotted)) return;
      throw new Error(`CSV: ${spec.collection}.${dotted} is a list of objects that no long table unrolls: add one to TABLE_SPECS`);
    }
    const name = spec.rename?.[dotted] ?? snake(field.path);
    const leaf = element ?? field.schema;
    const foreign = spec.foreignKeys.find((f) => f.fields === name);
    const description = [field.description ?? '', foreign ? `(${foreign.reference.resource || spec.name}.csv ${foreign.reference.fields})` : ''].filter(Boolean).join(' ');
    columns.push({
      name,
      path: dotted,
      type: field.schema instanceof z.ZodBoolean ? 'boolean' : isSchema(field.schema, IsoDateSchema) ? 'date' : 'string',
      ...(element ? { list: true } : {}),
      ...(field.optional ? { optional: true } : {}),
      ...(!spec.items && dotted === key ? { unique: true } : {}),
      ...(!element && leaf instanceof z.ZodEnum ? { enum: leaf.options as readonly string[] } : {}),
      description,
    });
  };
  for (const field of fields) flatten(field);
  return columns;
}

/** Every CSV table, in the order of the dataset's collections, its columns read off the schemas. */
export const CSV_TABLES: readonly CsvTable[] = TABLE_SPECS.map((spec) => {
  const { parent: _parent, rename: _rename, primaryKey, foreignKeys, ...head } = spec;
  return { ...head, columns: columnsOf(spec), primaryKey, foreignKeys };
});

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
