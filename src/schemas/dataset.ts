import { z } from 'zod/v4';
import { CountrySchema } from './country.js';
import { DiscrepancySchema } from './discrepancy.js';
import { EventSchema } from './event.js';
import { IssueLinkSchema, IssueSchema } from './issue.js';
import { MetaSchema } from './meta.js';
import { PersonSchema } from './person.js';
import { SourceSchema } from './source.js';
import { TripSchema } from './trip.js';
import { VisitSchema } from './visit.js';

/** The whole published dataset: `dist/dataset.json`. */
export const DatasetSchema = z.strictObject({
  meta: MetaSchema,
  countries: z.array(CountrySchema),
  people: z.array(PersonSchema),
  sources: z.array(SourceSchema),
  visits: z.array(VisitSchema),
  trips: z.array(TripSchema),
  events: z.array(EventSchema),
  issues: z.array(IssueSchema),
  issueLinks: z.array(IssueLinkSchema),
  discrepancies: z.array(DiscrepancySchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
/** A dataset as the build assembles it, before `meta` is computed. */
export type DatasetContent = Omit<Dataset, 'meta'>;
