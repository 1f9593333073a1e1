// The JSON Schema of dist/dataset.json, generated from the zod schemas, for
// validators in any language. Depends on src/schemas only, so that it can move
// under src/ and be exported from `diplomatic-visits/schemas` as it is.
import { z } from 'zod/v4';
import { CountryCodeSchema, EvidenceSchema, IdSchema, IsoDateSchema, ProvenanceSchema, SubjectSchema } from './common.js';
import { CountrySchema } from './country.js';
import { DatasetSchema } from './dataset.js';
import { DiscrepancySchema, DiscrepancySubjectSchema } from './discrepancy.js';
import { EventSchema } from './event.js';
import { IssueLinkSchema, IssueSchema } from './issue.js';
import { MetaSchema, SCHEMA_VERSION } from './meta.js';
import { PersonSchema, RoleSchema } from './person.js';
import { SourceSchema } from './source.js';
import { TripSchema } from './trip.js';
import { CounterpartSchema, TravelerSchema, VisitSchema } from './visit.js';

/** An ISO calendar date as a pattern: month 01–12, day 01–31 (the day of the month is checked by `format: date`). */
export const ISO_DATE_PATTERN = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';

type Meta = { id: string; title?: string; description: string };

/** The schemas that become named `$defs`, so the JSON Schema reads like the data contract. */
const DEFS: [z.ZodType, Meta][] = [
  [MetaSchema, { id: 'Meta', description: 'Which dataset this is: package version, schemaVersion, sha256 of the canonical content without meta.sha256, counts, and the official snapshots it was built from.' }],
  [CountrySchema, { id: 'Country', description: 'A country or former state, keyed by `code`.' }],
  [PersonSchema, { id: 'Person', description: 'A traveller or participant; ids are surname first, as in the official records (`blinken-antony-j`).' }],
  [RoleSchema, { id: 'Role', description: 'An office a person held; `start`/`end` are omitted where no source gives them.' }],
  [SourceSchema, { id: 'Source', description: 'Where facts come from: an official dataset or record, a news article, a press release.' }],
  [VisitSchema, { id: 'Visit', description: 'One traveller in one country over one inclusive date range.' }],
  [TravelerSchema, { id: 'Traveler', description: 'Who travelled, as the record names them; `personId` when known.' }],
  [CounterpartSchema, { id: 'Counterpart', description: 'A person the remarks say was met, derived from them: `personId` when one person record fits, else `name`; `quote` stands in the remarks.' }],
  [TripSchema, { id: 'Trip', description: "A journey: one person's visits in travel order." }],
  [EventSchema, { id: 'Event', description: 'A summit, ministerial, dialogue, bilateral meeting or call.' }],
  [IssueSchema, { id: 'Issue', description: 'An entry of the controlled vocabulary of agenda issues.' }],
  [IssueLinkSchema, { id: 'IssueLink', description: 'Ties an issue to a trip, visit or event, on evidence.' }],
  [DiscrepancySchema, { id: 'Discrepancy', description: 'Where sources disagree, or an official record is wrong or incomplete.' }],
  [DiscrepancySubjectSchema, { id: 'DiscrepancySubject', description: 'What a discrepancy is about.' }],
  [ProvenanceSchema, { id: 'Provenance', description: 'Where a record comes from: a source, the official record ids (`hsg-travel-<n>`, `hsg-visit-<n>`), and/or a verbatim quote.' }],
  [EvidenceSchema, { id: 'Evidence', description: 'A verbatim quote (at most 300 characters) from a source.' }],
  [SubjectSchema, { id: 'Subject', description: 'What an issue link is about: a trip, visit or event.' }],
  [IdSchema, { id: 'Id', description: 'A lowercase kebab-case id, unique within its collection and stable across versions.' }],
  [IsoDateSchema, { id: 'IsoDate', description: 'A calendar date written YYYY-MM-DD (inclusive when it ends a range).' }],
  [CountryCodeSchema, { id: 'CountryCode', description: 'ISO 3166-1 alpha-2 (`JP`), ISO 3166-3 for a former state (`YUCS`), or a documented X-prefixed project code.' }],
];

export interface DatasetJsonSchemaOptions {
  /** The package version, for `$id` (an unpkg URL of the published file). */
  version?: string;
}

/**
 * The JSON Schema (draft 2020-12) of a dataset file of this schemaVersion,
 * generated from the zod schemas. It checks the shape of every record: types,
 * required and unknown keys, id, date and code patterns, enums, lengths. It
 * cannot check what spans records (ids unique, references resolving, date
 * ranges in order) nor the checksum: `loadDataset` does that.
 *
 * Refinements zod cannot express in JSON Schema are restated: a calendar date
 * gets a pattern and `format: "date"` (a validator that asserts formats rejects
 * 2023-02-30 too). `z.url()` becomes `format: "uri"`.
 */
export function datasetJsonSchema(options: DatasetJsonSchemaOptions = {}): Record<string, unknown> {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of DEFS) registry.add(schema, meta);
  const generated = z.toJSONSchema(DatasetSchema, {
    target: 'draft-2020-12',
    metadata: registry,
    io: 'output',
    unrepresentable: 'throw',
    override(ctx) {
      if (ctx.zodSchema === (IsoDateSchema as unknown)) {
        ctx.jsonSchema.pattern = ISO_DATE_PATTERN;
        ctx.jsonSchema.format = 'date';
      }
      // Keep a description given with .describe()/.meta() in the schemas themselves.
      const own = z.globalRegistry.get(ctx.zodSchema as unknown as z.ZodType)?.description;
      if (own && !ctx.jsonSchema.description) ctx.jsonSchema.description = own;
    },
  }) as Record<string, unknown>;
  const { $schema, $defs, ...body } = generated;
  // zod before 4.1 also copies the registry's `id` into each $def: drop it, so every supported zod gives the same schema.
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Record<string, unknown>>)) {
    if (def.id === name) delete def.id;
  }
  return {
    $schema,
    ...(options.version ? { $id: `https://unpkg.com/diplomatic-visits@${options.version}/dist/dataset.schema.json` } : {}),
    title: 'diplomatic-visits dataset',
    description: `dataset.json of the diplomatic-visits package, schemaVersion ${SCHEMA_VERSION}. Generated from the zod schemas (diplomatic-visits/schemas). Checks each record's shape; ids unique within a collection, references between collections, date ranges and meta.sha256 are checked by loadDataset().`,
    $comment: 'Generated by scripts/build-exports.ts: do not edit.',
    ...body,
    $defs,
  };
}
