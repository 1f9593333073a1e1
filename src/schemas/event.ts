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
export const EventSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  kind: EventKindSchema,
  /** The recurring format it belongs to: `G7`, `G20`, `APEC`, `Quad`, `C5+1`, `2+2`. */
  series: z.string().min(1).optional(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  dateQualifier: DateQualifierSchema.optional(),
  dateNote: z.string().min(1).optional(),
  /** Where it took place; for a virtual meeting, the host's country. */
  country: CountryCodeSchema,
  locality: z.string().min(1).optional(),
  virtual: z.boolean().optional(),
  participantIds: z.array(IdSchema),
  provenance: z.array(ProvenanceSchema).min(1, { message: 'expected at least one provenance entry' }),
  /** Present on an event derived from official remarks ("Attended the NATO Summit Meeting"): the rule and the records. */
  derivedBy: DerivedBySchema.optional(),
});
export type Event = z.infer<typeof EventSchema>;
