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
  countries: z.array(CountrySchema).meta({ description: 'Countries and former states, sorted by `code`.' }),
  people: z.array(PersonSchema).meta({ description: 'Travellers and participants, official and curated.' }),
  sources: z.array(SourceSchema).meta({ description: 'Official snapshots and articles.' }),
  visits: z.array(VisitSchema).meta({ description: 'Official visits (with curated annotations applied) and curated visits.' }),
  trips: z.array(TripSchema).meta({ description: 'Trips, derived and curated.' }),
  events: z.array(EventSchema).meta({ description: 'Events, curated and derived from official remarks.' }),
  issues: z.array(IssueSchema).meta({ description: 'The controlled vocabulary of agenda issues.' }),
  issueLinks: z.array(IssueLinkSchema).meta({ description: 'Issues tied to trips, visits and events.' }),
  discrepancies: z.array(DiscrepancySchema).meta({ description: 'Where sources disagree or an official record is wrong, official and curated.' }),
});
export type Dataset = z.infer<typeof DatasetSchema>;
/** A dataset as the build assembles it, before `meta` is computed. */
export type DatasetContent = Omit<Dataset, 'meta'>;
