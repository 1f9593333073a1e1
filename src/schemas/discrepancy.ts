import { z } from 'zod/v4';
import { IdSchema } from './common.js';
import { DISCREPANCY_SUBJECT_TYPES } from './kinds.js';

export const DiscrepancySubjectSchema = z.strictObject({
  type: z.enum(DISCREPANCY_SUBJECT_TYPES),
  id: IdSchema,
});
export type DiscrepancySubject = z.infer<typeof DiscrepancySubjectSchema>;

/** Where sources disagree, or an official record is wrong or incomplete. */
export const DiscrepancySchema = z.strictObject({
  id: IdSchema,
  subjects: z.array(DiscrepancySubjectSchema).min(1),
  description: z.string().min(1),
  sourceIds: z.array(IdSchema).min(1),
  resolution: z.string().min(1).optional(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
