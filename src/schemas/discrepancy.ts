import { z } from 'zod/v4';
import { IdSchema } from './common.js';
import { DISCREPANCY_SUBJECT_TYPES } from './kinds.js';

export const DiscrepancySubjectSchema = z
  .strictObject({
    type: z.enum(DISCREPANCY_SUBJECT_TYPES).meta({ description: 'The kind of record.' }),
    id: IdSchema.meta({ description: 'Its id, in the collection `type` names (`issue-link`: `issueLinks[]`).' }),
  })
  .register(z.globalRegistry, { description: 'What a discrepancy is about.' });
export type DiscrepancySubject = z.infer<typeof DiscrepancySubjectSchema>;

/** Where sources disagree, or an official record is wrong or incomplete. */
export const DiscrepancySchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Descriptive: `article-002-page-date`.' }),
    subjects: z.array(DiscrepancySubjectSchema).min(1).meta({ description: 'The records concerned.' }),
    description: z.string().min(1).meta({ description: "What each source says, in the curator's words." }),
    sourceIds: z.array(IdSchema).min(1).meta({ description: 'The sources involved, including `hsg-travels` / `hsg-visits` when an official record is.' }),
    resolution: z.string().min(1).optional().meta({ description: 'What the dataset records, and why. Absent while unresolved.' }),
  })
  .register(z.globalRegistry, { description: 'Where sources disagree, or an official record is wrong or incomplete.' });
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
