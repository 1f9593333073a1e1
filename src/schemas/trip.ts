import { z } from 'zod/v4';
import { DateQualifierSchema, IdSchema, IsoDateSchema, ProvenanceSchema } from './common.js';
import { TRIP_GROUPING_RULES } from './kinds.js';

/** Why a derived trip's visits were grouped together (and where it was cut off from the visits before it). */
export const TripGroupingRuleSchema = z.enum(TRIP_GROUPING_RULES);
export type TripGroupingRule = z.infer<typeof TripGroupingRuleSchema>;

export const TripGroupingSchema = z.strictObject({
  /** The strongest rule that joined two of the trip's visits (`consecutive-days` when only dates did; `single-visit` for one visit). */
  rule: TripGroupingRuleSchema,
  /** Each join other than by consecutive days, and why the trip starts where it does, citing the records' own words. */
  note: z.string().min(1),
});
export type TripGrouping = z.infer<typeof TripGroupingSchema>;

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
  /** Derived trips: how the importer decided the trip's extent (optional, additive). */
  grouping: TripGroupingSchema.optional(),
});
export type Trip = z.infer<typeof TripSchema>;
