import { z } from 'zod/v4';
import { CountryCodeSchema, IdSchema, IsoDateSchema } from './common.js';
import { PERSON_MATCH_RULES } from './kinds.js';

export const RoleSchema = z
  .strictObject({
    title: z.string().min(1).meta({ description: '`Secretary of State`, `President`, `Foreign Minister`, …' }),
    country: CountryCodeSchema.meta({ description: 'The country the office belongs to.' }),
    start: IsoDateSchema.optional().meta({ description: 'First day in office. Omitted where no source gives it: never guessed.' }),
    end: IsoDateSchema.optional().meta({ description: 'Last day in office; omitted while in office or when unknown.' }),
    sourceId: IdSchema.optional().meta({ description: 'The source that gives this role, for people outside the official records.' }),
    firstSeen: IsoDateSchema.optional().meta({
      description:
        'Foreign leaders: the first day of the first visit record that shows this title and country. A record date, not the start of the term (the records give no terms, so `start` stays empty).',
    }),
    lastSeen: IsoDateSchema.optional().meta({
      description: 'Foreign leaders: the last day of the last visit record with this title and country. Not the end of the term.',
    }),
  })
  .register(z.globalRegistry, { description: 'An office a person held; `start`/`end` are omitted where no source gives them.' });
export type Role = z.infer<typeof RoleSchema>;

/** How a person was derived from records that give no person id (foreign leaders' visits). */
export const PersonDerivationSchema = z
  .strictObject({
    sourceId: IdSchema.meta({ description: "The records' source, `hsg-visits`." }),
    rules: z
      .array(z.enum(PERSON_MATCH_RULES))
      .min(1)
      .meta({
        description:
          'The rules that joined the name forms (docs/official-import.md): `same-name` (one name after normalising case, accents, punctuation and honorifics, same country), `across-states` (one full name from a former state and its successor), `near-spelling` (within two letters, same country, records at most 10 years apart), `name-subset` (a shorter form whose words are all in a longer one), `surname-only` (a surname alone), `identity-table` (hand-decided in `data/reference/leader-identities.json`).',
      }),
    names: z.array(z.string().min(1)).min(1).meta({ description: 'Every name form the records use for the person, as written (title removed).' }),
  })
  .register(z.globalRegistry, { description: "How a person was matched from the official records' name forms (foreign leaders' visits give no person ids)." });
export type PersonDerivation = z.infer<typeof PersonDerivationSchema>;

export const PersonSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Surname first, as the official records do, stable across versions: `blinken-antony-j`, `xi-jinping`.' }),
    name: z.string().min(1).meta({ description: 'The name as written for display: `Antony John Blinken`.' }),
    roles: z.array(RoleSchema).meta({ description: 'The offices that matter to the dataset, oldest first.' }),
    derivation: PersonDerivationSchema.optional().meta({
      description: "Set on the foreign leaders derived from the visit records, which give no person ids: how the records' name forms were matched into this person.",
    }),
  })
  .register(z.globalRegistry, { description: 'A traveller or participant; ids are surname first, as in the official records (`blinken-antony-j`).' });
export type Person = z.infer<typeof PersonSchema>;
