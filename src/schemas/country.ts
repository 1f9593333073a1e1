import { z } from 'zod/v4';
import { CountryCodeSchema, IdSchema } from './common.js';

export const CountrySchema = z.strictObject({
  code: CountryCodeSchema,
  name: z.string().min(1),
  /** Every slug the official records use for this country (`turkey`, `turkiye`). */
  historianSlugs: z.array(IdSchema),
  /** UN M49 region, e.g. `Asia`. */
  region: z.string().min(1),
  /** UN M49 subregion, e.g. `Eastern Asia`. */
  subregion: z.string().min(1),
  /** True for a state or territory that no longer exists as such. */
  former: z.boolean(),
  /** Why a project code or an unusual mapping was chosen. */
  codeNote: z.string().min(1).optional(),
});
export type Country = z.infer<typeof CountrySchema>;
