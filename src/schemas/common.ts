import { z } from 'zod/v4';
import { isIsoDate } from '../util/dates.js';
import { DATE_QUALIFIERS, SUBJECT_TYPES } from './kinds.js';

export { isIsoDate };

/** Lowercase kebab-case: the shape of every id in the dataset. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .regex(KEBAB_CASE, { message: 'expected a lowercase kebab-case id such as "blinken-antony-j"' });

// Typed as the plain ZodString it is: the inferred type of `.refine()` spells zod
// internals that change between zod versions, and would leak into the declarations.
export const IsoDateSchema: z.ZodString = z.string().refine(isIsoDate, {
  message: 'expected a real calendar date written YYYY-MM-DD',
});

/**
 * ISO 3166-1 alpha-2 (`JP`), ISO 3166-3 four-letter code for a former state
 * (`YUCS`), or a documented project code starting with X (`XHI`).
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^(?:[A-Z]{2}|[A-Z]{4}|X[A-Z0-9]{2,3})$/, {
    message: 'expected an ISO 3166-1 alpha-2 code, an ISO 3166-3 code or an X-prefixed project code',
  });

/**
 * How a date is known when no source gives it outright.
 * `planned`: announced, not confirmed by any source. `approximate`: inferred.
 * `undated`: a source names the stay but gives no date; start–end is the
 * window it falls in (a month, say), which `dateNote` explains, not its length.
 */
export const DateQualifierSchema = z.enum(DATE_QUALIFIERS);
export type DateQualifier = z.infer<typeof DateQualifierSchema>;

/** A verbatim quote from a source: the evidence for a curated fact. */
export const EvidenceSchema = z.strictObject({
  sourceId: IdSchema,
  quote: z
    .string()
    .min(1, { message: 'expected a non-empty verbatim quote' })
    .max(300, { message: 'expected a quote of at most 300 characters' }),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Where a record comes from: a source, the official record ids, and/or a quote. */
export const ProvenanceSchema = z.strictObject({
  sourceId: IdSchema,
  recordIds: z.array(z.string().regex(/^hsg-(?:travel|visit)-\d+$/)).optional(),
  quote: EvidenceSchema.shape.quote.optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SubjectTypeSchema = z.enum(SUBJECT_TYPES);
export type SubjectType = z.infer<typeof SubjectTypeSchema>;

/** What an issue link or a discrepancy is about. */
export const SubjectSchema = z.strictObject({ type: SubjectTypeSchema, id: IdSchema });
export type Subject = z.infer<typeof SubjectSchema>;

/**
 * Marks a record derived by the official import from the records' remarks
 * rather than curated: the rule that derived it (scripts/historian/derive/)
 * and the official records whose remarks state it.
 */
export const DerivedBySchema = z.strictObject({
  rule: IdSchema,
  recordIds: z.array(z.string().regex(/^hsg-(?:travel|visit)-\d+$/)).min(1, { message: 'expected the official record ids the fact was derived from' }),
});
export type DerivedBy = z.infer<typeof DerivedBySchema>;
