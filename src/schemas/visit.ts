import { z } from "zod/v4";
import {
  CountryCodeSchema,
  DateQualifierSchema,
  EvidenceSchema,
  IdSchema,
  IsoDateSchema,
  ProvenanceSchema,
} from "./common.js";
import { VISIT_KINDS } from "./kinds.js";

export const VisitKindSchema = z.enum(VISIT_KINDS);
export type VisitKind = z.infer<typeof VisitKindSchema>;

export const TravelerSchema = z.strictObject({
  personId: IdSchema.optional(),
  name: z.string().min(1),
  title: z.string().min(1).optional(),
});
export type Traveler = z.infer<typeof TravelerSchema>;

/**
 * A person the official remark says the traveller met ("Met with Prime
 * Minister Prodi …"), derived in the import. Either `personId` and `quote`
 * (where exactly one person record fits the name, title, country and date) or
 * `name` and `title` (kept as the remarks write them); never both.
 */
export const CounterpartSchema = z.strictObject({
  personId: IdSchema.optional(),
  /** With `personId`: the words of the remarks that name the person, "Prime Minister Prodi". */
  quote: z.string().min(1).max(300).optional(),
  /** Without `personId`: the name as it stands in the remarks, "Dini". */
  name: z.string().min(1).optional(),
  /** Without `personId`: the title the remarks give, "Foreign Minister". */
  title: z.string().min(1).optional(),
  /** The rule that derived it: `met-with` (scripts/historian/derive/counterparts.ts). */
  rule: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case rule id' }),
});
export type Counterpart = z.infer<typeof CounterpartSchema>;

/** One traveller in one country over one inclusive date range. */
export const VisitSchema = z.strictObject({
  /** `hsg-travel-<id>` / `hsg-visit-<id>` for official records; `<surname>-<start>-<cc>` when curated. */
  id: IdSchema,
  traveler: TravelerSchema,
  travelerCountry: CountryCodeSchema,
  country: CountryCodeSchema,
  locality: z.string().min(1).optional(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  dateQualifier: DateQualifierSchema.optional(),
  /** How a qualified date is known, in the curator's words. */
  dateNote: z.string().min(1).optional(),
  kind: VisitKindSchema,
  tripId: IdSchema.optional(),
  eventIds: z.array(IdSchema),
  /** The official record's own text, kept as data. */
  remarks: z.string().min(1).optional(),
  /** People the remarks say were met, derived from them (each quote stands in `remarks`). */
  counterparts: z.array(CounterpartSchema).min(1).optional(),
  provenance: z
    .array(ProvenanceSchema)
    .min(1, { message: "expected at least one provenance entry" }),
});
export type Visit = z.infer<typeof VisitSchema>;

/**
 * A curated note on an official visit: the curated layer points at the
 * official record instead of repeating it, adding its trip, events and evidence.
 */
export const VisitAnnotationSchema = z.strictObject({
  visitId: z.string().regex(/^hsg-(?:travel|visit)-\d+$/, {
    message:
      "expected the id of an official visit, hsg-travel-<n> or hsg-visit-<n>",
  }),
  tripId: IdSchema.optional(),
  eventIds: z.array(IdSchema).optional(),
  evidence: z
    .array(EvidenceSchema)
    .min(1, { message: "expected at least one evidence quote" }),
});
export type VisitAnnotation = z.infer<typeof VisitAnnotationSchema>;
