import type { z } from 'zod/v4';
import type { CollectionName } from '../../src/schemas/meta.js';
import { CountrySchema } from '../../src/schemas/country.js';
import { DiscrepancySchema } from '../../src/schemas/discrepancy.js';
import { EventSchema } from '../../src/schemas/event.js';
import { IssueLinkSchema, IssueSchema } from '../../src/schemas/issue.js';
import { PersonSchema } from '../../src/schemas/person.js';
import { SourceSchema } from '../../src/schemas/source.js';
import { TripSchema } from '../../src/schemas/trip.js';
import { VisitAnnotationSchema, VisitSchema } from '../../src/schemas/visit.js';

/** Every data file the build reads, the schema of its records, and the key that identifies a record. */
export const DATA_FILES = {
  'reference/countries.json': { schema: CountrySchema, key: 'code', collection: 'countries' },
  'official/people.json': { schema: PersonSchema, key: 'id', collection: 'people' },
  'official/sources.json': { schema: SourceSchema, key: 'id', collection: 'sources' },
  'official/visits.json': { schema: VisitSchema, key: 'id', collection: 'visits' },
  'official/trips.json': { schema: TripSchema, key: 'id', collection: 'trips' },
  'official/discrepancies.json': { schema: DiscrepancySchema, key: 'id', collection: 'discrepancies' },
  'curated/sources.json': { schema: SourceSchema, key: 'id', collection: 'sources' },
  'curated/people.json': { schema: PersonSchema, key: 'id', collection: 'people' },
  'curated/visits.json': { schema: VisitSchema, key: 'id', collection: 'visits' },
  'curated/visit-annotations.json': { schema: VisitAnnotationSchema, key: 'visitId', collection: 'visits' },
  'curated/trips.json': { schema: TripSchema, key: 'id', collection: 'trips' },
  'curated/events.json': { schema: EventSchema, key: 'id', collection: 'events' },
  'curated/issues.json': { schema: IssueSchema, key: 'id', collection: 'issues' },
  'curated/issue-links.json': { schema: IssueLinkSchema, key: 'id', collection: 'issueLinks' },
  'curated/discrepancies.json': { schema: DiscrepancySchema, key: 'id', collection: 'discrepancies' },
} as const satisfies Record<string, { schema: z.ZodType; key: string; collection: CollectionName }>;

export type DataFile = keyof typeof DATA_FILES;
export type DataFileRecord<F extends DataFile> = z.infer<(typeof DATA_FILES)[F]['schema']>;
export type DataFiles = { [F in DataFile]: DataFileRecord<F>[] };

/** The import report the official importer writes beside its data. */
export const IMPORT_REPORT_FILE = 'official/import-report.json';
