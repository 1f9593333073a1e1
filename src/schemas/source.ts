import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema } from './common.js';
import { PUBLISHED_QUALIFIERS, SOURCE_KINDS } from './kinds.js';

export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.strictObject({
  id: IdSchema,
  kind: SourceKindSchema,
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  published: IsoDateSchema.optional(),
  /** Set when `published` is inferred from the text rather than printed in it. */
  publishedQualifier: z.enum(PUBLISHED_QUALIFIERS).optional(),
  url: z.url().optional(),
  license: z.string().min(1).optional(),
  /** sha256 (hex) of the source text, so evidence quotes can be checked against it. */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** For a dataset snapshot: the repository and commit it was taken from. */
  repository: z.string().min(1).optional(),
  commit: z.string().regex(/^[0-9a-f]{40}$/).optional(),
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;
