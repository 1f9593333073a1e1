import { z } from 'zod/v4';
import { isIsoDate } from '../util/dates.js';
import { DATE_QUALIFIERS, SUBJECT_TYPES, TRAVEL_STATUSES } from './kinds.js';

export { isIsoDate };

/** Lowercase kebab-case: the shape of every id in the dataset. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .regex(KEBAB_CASE, { message: 'expected a lowercase kebab-case id such as "blinken-antony-j"' })
  .register(z.globalRegistry, { description: 'A lowercase kebab-case id, unique within its collection and stable across versions.' });

// Typed as the plain ZodString it is: the inferred type of `.refine()` spells zod
// internals that change between zod versions, and would leak into the declarations.
export const IsoDateSchema: z.ZodString = z.string().refine(isIsoDate, {
  message: 'expected a real calendar date written YYYY-MM-DD',
}).register(z.globalRegistry, { description: 'A calendar date written YYYY-MM-DD (inclusive when it ends a range).' });

/**
 * ISO 3166-1 alpha-2 (`JP`), ISO 3166-3 four-letter code for a former state
 * (`YUCS`), or a documented project code starting with X (`XHI`).
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^(?:[A-Z]{2}|[A-Z]{4}|X[A-Z0-9]{2,3})$/, {
    message: 'expected an ISO 3166-1 alpha-2 code, an ISO 3166-3 code or an X-prefixed project code',
  })
  .register(z.globalRegistry, { description: 'ISO 3166-1 alpha-2 (`JP`), ISO 3166-3 for a former state (`YUCS`), or a documented X-prefixed project code.' });

/**
 * How a date is known when no source gives it outright.
 * `planned`: announced, not confirmed by any source. `approximate`: inferred.
 * `undated`: a source names the stay but gives no date; start–end is the
 * window it falls in (a month, say), which `dateNote` explains, not its length.
 * `unknown`: no source gives the dates nor a window for them (a trip put off
 * before its dates were published); start = end is the day by which the
 * sources report it, never a guess at when it was to happen; `dateNote` says so.
 */
export const DateQualifierSchema = z.enum(DATE_QUALIFIERS).register(z.globalRegistry, {
  description:
    'How the dates are known when no source gives them outright: `approximate` (inferred), `planned` (announced, not confirmed by any source), `undated` (a source names it without a date: `start`–`end` is the window it falls in, such as a month, explained in `dateNote`), `unknown` (no source gives the dates nor a window for them, as for a trip postponed before its dates were published: `start` = `end` is the day by which a source reports it, not a date of the stay, and `dateNote` says so; only on a postponed or cancelled record).',
});
export type DateQualifier = z.infer<typeof DateQualifierSchema>;

/**
 * Whether a visit or trip took place. Absent means `completed`, as for every
 * official record (the files omit the default, to stay small). `postponed`:
 * announced, then put off, with no new date in the sources; `cancelled`:
 * called off. Such records are data, but the query helpers leave them out
 * unless a filter's `status` asks for them: they are not travel.
 */
export const TravelStatusSchema = z.enum(TRAVEL_STATUSES).register(z.globalRegistry, {
  description:
    'Whether it took place. **Absent means `completed`**, as for every official record (the files leave the default out). `postponed`: announced, then put off, with no new date in the sources; `cancelled`: called off. Such a record is data, not travel: every query helper leaves it out unless its `status` option asks for it (`status: \'all\'`, CLI `--status all`).',
});
export type TravelStatus = z.infer<typeof TravelStatusSchema>;

/** A verbatim quote from a source: the evidence for a curated fact. */
export const EvidenceSchema = z
  .strictObject({
    sourceId: IdSchema.meta({ description: 'The source quoted.' }),
    quote: z
      .string()
      .min(1, { message: 'expected a non-empty verbatim quote' })
      .max(300, { message: 'expected a quote of at most 300 characters' })
      .meta({ description: 'Verbatim text from the source, at most 300 characters.' }),
  })
  .register(z.globalRegistry, { description: 'A verbatim quote (at most 300 characters) from a source.' });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Where a record comes from: a source, the official record ids, and/or a quote. */
export const ProvenanceSchema = z
  .strictObject({
    sourceId: IdSchema.meta({ description: 'The source: `hsg-travels`, `hsg-visits`, or an article.' }),
    recordIds: z
      .array(z.string().regex(/^hsg-(?:travel|visit)-\d+$/))
      .optional()
      .meta({ description: 'The official records (`hsg-travel-<n>`, `hsg-visit-<n>`) this entry rests on: every record of the official data that holds the stay.' }),
    quote: EvidenceSchema.shape.quote.optional().meta({ description: 'A verbatim quote from the source, at most 300 characters.' }),
  })
  .register(z.globalRegistry, { description: 'Where a record comes from: a source, the official record ids (`hsg-travel-<n>`, `hsg-visit-<n>`), and/or a verbatim quote.' });
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SubjectTypeSchema = z.enum(SUBJECT_TYPES).register(z.globalRegistry, { description: 'The kind of record: trip, visit or event.' });
export type SubjectType = z.infer<typeof SubjectTypeSchema>;

/** What an issue link or a discrepancy is about. */
export const SubjectSchema = z
  .strictObject({
    type: SubjectTypeSchema,
    id: IdSchema.meta({ description: 'Its id in `trips[]`, `visits[]` or `events[]`, by `type`.' }),
  })
  .register(z.globalRegistry, { description: 'What an issue link is about: a trip, visit or event.' });
export type Subject = z.infer<typeof SubjectSchema>;

/**
 * Marks a record derived by the official import from the records' remarks
 * rather than curated: the rule that derived it (scripts/historian/derive/)
 * and the official records whose remarks state it.
 */
export const DerivedBySchema = z
  .strictObject({
    rule: IdSchema.meta({ description: 'The rule that derived it (scripts/historian/derive/): `attended-nato-summit`, `discussed-<issue id>`.' }),
    recordIds: z
      .array(z.string().regex(/^hsg-(?:travel|visit)-\d+$/))
      .min(1, { message: 'expected the official record ids the fact was derived from' })
      .meta({ description: 'The official records (`hsg-travel-<n>`, `hsg-visit-<n>`) whose remarks state it.' }),
  })
  .register(z.globalRegistry, { description: 'How a record was derived by the official import from the records\' remarks rather than curated: the rule and the records.' });
export type DerivedBy = z.infer<typeof DerivedBySchema>;
