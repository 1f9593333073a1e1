import { z } from 'zod/v4';
import { CountryCodeSchema, IdSchema, IsoDateSchema } from './common.js';
import { PERSON_MATCH_RULES } from './kinds.js';

export const RoleSchema = z.strictObject({
  title: z.string().min(1),
  country: CountryCodeSchema,
  /** Omitted where no source gives it: never guessed. */
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  /** The source that gives this role, for people outside the official records. */
  sourceId: IdSchema.optional(),
  /**
   * Foreign leaders: the first and last date an official visit record shows the
   * person with this title and country. Dates of records, not of the term of
   * office, which the records do not give (so `start`/`end` stay empty).
   */
  firstSeen: IsoDateSchema.optional(),
  lastSeen: IsoDateSchema.optional(),
});
export type Role = z.infer<typeof RoleSchema>;

/** How a person was derived from records that give no person id (foreign leaders' visits). */
export const PersonDerivationSchema = z.strictObject({
  sourceId: IdSchema,
  /**
   * The matching rules that joined the records' name forms into this person
   * (docs/official-import.md): `same-name`, `across-states`, `near-spelling`,
   * `name-subset`, `surname-only`, `identity-table`.
   */
  rules: z.array(z.enum(PERSON_MATCH_RULES)).min(1),
  /** Every name form the records use for the person, as written (title removed). */
  names: z.array(z.string().min(1)).min(1),
});
export type PersonDerivation = z.infer<typeof PersonDerivationSchema>;

export const PersonSchema = z.strictObject({
  /** Surname first, as the official records do: `blinken-antony-j`, `xi-jinping`. */
  id: IdSchema,
  name: z.string().min(1),
  roles: z.array(RoleSchema),
  /** Set on people derived from foreign leaders' visit records: how the match was made. */
  derivation: PersonDerivationSchema.optional(),
});
export type Person = z.infer<typeof PersonSchema>;
