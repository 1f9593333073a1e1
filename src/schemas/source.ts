import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema } from './common.js';
import { PUBLISHED_QUALIFIERS, SOURCE_KINDS } from './kinds.js';

export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z
  .strictObject({
    id: IdSchema.meta({ description: '`hsg-travels`, `article-2021-03-blinken-first-trip-asia`.' }),
    kind: SourceKindSchema.meta({ description: 'What sort of source it is.' }),
    title: z.string().min(1).meta({ description: 'The headline; where the text has none, a descriptive title, said so in `note`.' }),
    publisher: z.string().min(1).optional().meta({ description: 'Only when the text names it.' }),
    published: IsoDateSchema.optional().meta({ description: 'Publication date.' }),
    publishedQualifier: z.enum(PUBLISHED_QUALIFIERS).optional().meta({
      description:
        'Set when `published` is not printed in the source: `inferred` (the day follows from the text), `approximate` (within a few days, the window given in `note`), `not-after` (only an upper bound is firm).',
    }),
    url: z.url().optional().meta({ description: 'Where the source is published, only if known.' }),
    license: z.string().min(1).optional().meta({ description: 'SPDX id where known, e.g. `CC0-1.0` for the official records.' }),
    textSha256: z.string().regex(/^[0-9a-f]{64}$/).optional().meta({ description: "sha256 (hex) of the source text's bytes, so evidence quotes can be checked against it." }),
    repository: z.string().min(1).optional().meta({ description: 'For a dataset snapshot: the repository it was taken from (`HistoryAtState/travels`).' }),
    commit: z.string().regex(/^[0-9a-f]{40}$/).optional().meta({ description: 'For a dataset snapshot: the commit it was taken at.' }),
    note: z.string().min(1).optional().meta({ description: "The curator's remarks: how a date or title was arrived at, page clutter, caveats." }),
  })
  .register(z.globalRegistry, { description: 'Where facts come from: an official dataset or record, a news article, a press release.' });
export type Source = z.infer<typeof SourceSchema>;
