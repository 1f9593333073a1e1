import { z } from 'zod/v4';
import {
  CountryCodeSchema,
  DateQualifierSchema,
  IdSchema,
  IsoDateSchema,
  DerivedBySchema,
  ProvenanceSchema,
} from './common.js';
import { EVENT_KINDS } from './kinds.js';

export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

/** A summit, ministerial, dialogue, bilateral meeting or call. */
export const EventSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Descriptive, with the year and month: `g20-foreign-ministers-meeting-new-delhi-2023-03`.' }),
    name: z.string().min(1).meta({ description: "The event's name: `U.S.-China high-level talks in Alaska`." }),
    kind: EventKindSchema.meta({ description: 'What sort of event.' }),
    series: z.string().min(1).optional().meta({ description: 'The recurring format it belongs to: `G7`, `G20`, `APEC`, `Quad`, `C5+1`, `2+2`.' }),
    start: IsoDateSchema.meta({ description: 'First day.' }),
    end: IsoDateSchema.meta({ description: 'Last day, inclusive.' }),
    dateQualifier: DateQualifierSchema.optional(),
    dateNote: z.string().min(1).optional().meta({ description: "How a qualified date is known, in the curator's words." }),
    country: CountryCodeSchema.meta({ description: "Where it took place; for a virtual meeting, the host's country." }),
    locality: z.string().min(1).optional().meta({ description: 'Where in the country, at the precision the sources give.' }),
    virtual: z.boolean().optional().meta({ description: '`true` for a call or a video meeting.' }),
    participantIds: z.array(IdSchema).meta({ description: 'The people the sources name as taking part. Unnamed counterparts are left out, never guessed.' }),
    provenance: z
      .array(ProvenanceSchema)
      .min(1, { message: 'expected at least one provenance entry' })
      .meta({ description: "Where the event comes from. A derived event quotes the sentence of each attending visit's remark." }),
    derivedBy: DerivedBySchema.optional().meta({
      description: 'Present on an event derived from the official remarks ("Attended the NATO Summit Meeting"), not curated: the rule and every record whose remark names the meeting.',
    }),
  })
  .register(z.globalRegistry, { description: 'A summit, ministerial, dialogue, bilateral meeting or call.' });
export type Event = z.infer<typeof EventSchema>;
