import { z } from 'zod/v4';
import { CountryCodeSchema, IdSchema } from './common.js';

export const CountrySchema = z
  .strictObject({
    code: CountryCodeSchema.meta({ description: "The country's code: `JP`, `YUCS` for Yugoslavia, `XHI` where ISO has none." }),
    name: z.string().min(1).meta({ description: 'Its common English name, e.g. `South Korea`.' }),
    historianSlugs: z.array(IdSchema).meta({
      description:
        "Every slug of the Office of the Historian records coded with it (`turkey` and `turkiye`). A record's code is its slug's, unless an interpretation rule gives the state or territory of its date, so a slug can appear under several codes (`russia` under `RU` and, for the Soviet-era records, `SUHH`; `united-kingdom` under `GB` and `BM`).",
    }),
    region: z.string().min(1).meta({ description: 'UN M49 region, e.g. `Asia`.' }),
    subregion: z.string().min(1).meta({ description: 'UN M49 subregion, e.g. `Eastern Asia`.' }),
    former: z.boolean().meta({ description: '`true` for a state or territory that no longer exists as such (the USSR, East Germany).' }),
    codeNote: z.string().min(1).optional().meta({ description: 'Why a project code, a former-state code or an unusual slug mapping was chosen.' }),
  })
  .register(z.globalRegistry, { description: 'A country or former state, keyed by `code`.' });
export type Country = z.infer<typeof CountrySchema>;
