import { z } from 'zod/v4';
import { DateQualifierSchema, IdSchema, IsoDateSchema, ProvenanceSchema } from './common.js';

/** A journey: one person's visits in travel order. */
export const TripSchema = z.strictObject({
  /** `<person-id>-<start>`, e.g. `blinken-antony-j-2021-03-15`: the same id whether derived or curated. */
  id: IdSchema,
  personId: IdSchema,
  title: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema,
  dateQualifier: DateQualifierSchema.optional(),
  visitIds: z.array(IdSchema).min(1, { message: 'expected at least one visit' }),
  /** True where grouped from consecutive official records rather than curated. */
  derived: z.boolean(),
  provenance: z.array(ProvenanceSchema).optional(),
});
export type Trip = z.infer<typeof TripSchema>;
