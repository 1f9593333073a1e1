import { z } from 'zod/v4';
import { CountryCodeSchema, IdSchema, IsoDateSchema } from './common.js';

export const RoleSchema = z.strictObject({
  title: z.string().min(1),
  country: CountryCodeSchema,
  /** Omitted where no source gives it: never guessed. */
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  /** The source that gives this role, for people outside the official records. */
  sourceId: IdSchema.optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.strictObject({
  /** Surname first, as the official records do: `blinken-antony-j`, `xi-jinping`. */
  id: IdSchema,
  name: z.string().min(1),
  roles: z.array(RoleSchema),
});
export type Person = z.infer<typeof PersonSchema>;
