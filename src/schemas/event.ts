import { z } from 'zod/v4';
import {
  CountryCodeSchema,
  DateQualifierSchema,
  IdSchema,
  IsoDateSchema,
  ProvenanceSchema,
} from './common.js';

export const EventKindSchema = z.enum([
  'summit',
  'ministerial',
  'dialogue',
  'bilateral-meeting',
  'call',
  'conference',
  'press-conference',
]);
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
});
export type Event = z.infer<typeof EventSchema>;
