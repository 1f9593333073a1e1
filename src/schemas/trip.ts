import { z } from 'zod/v4';
import { DateQualifierSchema, IdSchema, IsoDateSchema, ProvenanceSchema, TravelStatusSchema } from './common.js';
import { TRIP_GROUPING_RULES } from './kinds.js';

/** Why a derived trip's visits were grouped together (and where it was cut off from the visits before it). */
export const TripGroupingRuleSchema = z.enum(TRIP_GROUPING_RULES);
export type TripGroupingRule = z.infer<typeof TripGroupingRuleSchema>;

export const TripGroupingSchema = z
  .strictObject({
    rule: TripGroupingRuleSchema.meta({
      description: 'The strongest rule that joined two of its visits (`consecutive-days` when only the dates did; `single-visit` for one visit).',
    }),
    note: z.string().min(1).meta({
      description:
        "Each join other than by consecutive days, naming the visits and the records' words or dates, and why the trip starts where it does when a stated return or departure cut it from the stop before.",
    }),
  })
  .register(z.globalRegistry, { description: "How the importer decided a derived trip's extent." });
export type TripGrouping = z.infer<typeof TripGroupingSchema>;

/** A journey: one person's visits in travel order. */
export const TripSchema = z
  .strictObject({
    id: IdSchema.meta({ description: '`<person-id>-<start>`, e.g. `blinken-antony-j-2021-03-15`: the same id whether derived or curated.' }),
    personId: IdSchema.meta({ description: 'The traveller.' }),
    title: z.string().min(1).meta({ description: "A title in the curator's words (derived trips: the countries and the month)." }),
    start: IsoDateSchema.meta({ description: 'First day of the first stop.' }),
    end: IsoDateSchema.meta({ description: 'Last day of the last stop, inclusive.' }),
    dateQualifier: DateQualifierSchema.optional().meta({
      description:
        "Set when the trip's dates rest on a qualified visit; `unknown` for a postponed or cancelled trip whose planned dates no source gives (`start` = `end` is then the day by which a source reports it).",
    }),
    status: TravelStatusSchema.optional().meta({
      description:
        'Whether the trip took place; **absent means `completed`**. A postponed or cancelled trip lists only visits of the same status and is left out of every query helper unless its `status` option asks for it.',
    }),
    visitIds: z.array(IdSchema).min(1, { message: 'expected at least one visit' }).meta({ description: 'The visits, in travel order.' }),
    derived: z.boolean().meta({ description: '`true` for a trip grouped from consecutive official records, `false` for a curated one.' }),
    provenance: z.array(ProvenanceSchema).optional().meta({ description: 'Where the trip comes from (a curated trip needs it).' }),
    grouping: TripGroupingSchema.optional().meta({ description: "Derived trips: how the importer decided the trip's extent. Absent on curated trips." }),
  })
  .register(z.globalRegistry, { description: "A journey: one person's visits in travel order." });
export type Trip = z.infer<typeof TripSchema>;
