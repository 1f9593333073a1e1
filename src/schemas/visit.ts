import { z } from "zod/v4";
import {
  CountryCodeSchema,
  DateQualifierSchema,
  EvidenceSchema,
  IdSchema,
  IsoDateSchema,
  ProvenanceSchema,
  TravelStatusSchema,
} from "./common.js";
import { VISIT_KINDS } from "./kinds.js";

export const VisitKindSchema = z.enum(VISIT_KINDS);
export type VisitKind = z.infer<typeof VisitKindSchema>;

export const TravelerSchema = z
  .strictObject({
    personId: IdSchema.optional().meta({
      description: "The person, when they are in `people[]`. Absent for most foreign leaders of the official records, who are known by name only.",
    }),
    name: z.string().min(1).meta({ description: "The name as the record writes it." }),
    title: z.string().min(1).optional().meta({
      description: "The traveller's office at the time: `Secretary of State`, `Prime Minister`; `President-elect` for a President's trip between election and inauguration.",
    }),
  })
  .register(z.globalRegistry, { description: "Who travelled, as the record names them; `personId` when known." });
export type Traveler = z.infer<typeof TravelerSchema>;

/**
 * A person the official remark says the traveller met ("Met with Prime
 * Minister Prodi …"), derived in the import. Either `personId` and `quote`
 * (where exactly one person record fits the name, title, country and date) or
 * `name` and `title` (kept as the remarks write them); never both.
 */
export const CounterpartSchema = z
  .strictObject({
    personId: IdSchema.optional().meta({
      description:
        "The person met, where exactly one person record (a foreign leader, a Secretary, a President) fits the name, the title, the country (the visit's, or the one an adjective names: \"Soviet Foreign Minister …\") and the date (a US office's term; a foreign leader's record dates, 3 years either side).",
    }),
    quote: z.string().min(1).max(300).optional().meta({ description: "With `personId`: the words of the remarks that name the person, `Prime Minister Prodi`." }),
    name: z.string().min(1).optional().meta({
      description: "Without `personId`: the name as it stands in the remarks (`Dini`, `Sergei Lavrov`), where no person record was matched: none fits, or several do.",
    }),
    title: z.string().min(1).optional().meta({ description: "With `name`: the title the remarks give, `Foreign Minister`, `King`, `Crown Prince`." }),
    rule: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "expected a kebab-case rule id" })
      .meta({ description: "The rule that derived it: `met-with` (scripts/historian/derive/counterparts.ts)." }),
  })
  .register(z.globalRegistry, {
    description:
      "A person the remarks say was met, derived from them: `personId` when one person record fits, else `name`; `quote` stands in the remarks.",
  });
export type Counterpart = z.infer<typeof CounterpartSchema>;

/** One traveller in one country over one inclusive date range. */
export const VisitSchema = z
  .strictObject({
    id: IdSchema.meta({
      description: "`hsg-travel-<n>` (a Secretary's or President's trip abroad) or `hsg-visit-<n>` (a foreign leader's visit to the US) for official records, the smallest record number of a merged group; `<surname>-<start>-<cc>` when curated.",
    }),
    traveler: TravelerSchema.meta({ description: "Who travels, as the record names them." }),
    travelerCountry: CountryCodeSchema.meta({ description: "The country the traveller represents." }),
    country: CountryCodeSchema.meta({ description: "The country visited. Equal to `travelerCountry` for a domestic stop." }),
    locality: z.string().min(1).optional().meta({ description: "Where in the country, at the precision the source gives (`Tokyo`, `Alaska`, `Tel Aviv, Jerusalem`)." }),
    start: IsoDateSchema.meta({ description: "First day in the country." }),
    end: IsoDateSchema.meta({ description: "Last day in the country, inclusive; equal to `start` for a day visit." }),
    dateQualifier: DateQualifierSchema.optional(),
    dateNote: z.string().min(1).optional().meta({ description: "How a qualified date is known, in the curator's words." }),
    status: TravelStatusSchema.optional(),
    kind: VisitKindSchema.meta({
      description: "Who travels: the Secretary of State, the President, a foreign leader to the US, another official (e.g. the Secretary of Defense).",
    }),
    tripId: IdSchema.optional().meta({ description: "The trip that lists this visit. **Set by the build** from `trips[].visitIds`; never written in the data files." }),
    eventIds: z.array(IdSchema).meta({ description: "The events held during this visit." }),
    remarks: z.string().min(1).optional().meta({ description: "The official record's own text, kept as data (official visits only)." }),
    counterparts: z
      .array(CounterpartSchema)
      .min(1)
      .optional()
      .meta({
        description:
          "The people the remarks say the traveller met (\"Met with Prime Minister Prodi and Foreign Minister Dini.\"), **derived in the import** (scripts/historian/derive/counterparts.ts), never curated; in the order of the remarks. Absent where the remarks name no one by title and name. A person a curated event of the visit already lists is not repeated here. Each is either `personId` + `quote` or `name` + `title`: frugal, as the name and title of a resolved person are in its quote and person record.",
      }),
    provenance: z
      .array(ProvenanceSchema)
      .min(1, { message: "expected at least one provenance entry" })
      .meta({
        description: "Where the visit comes from. Official visits list every Office of the Historian record of the stay, duplicates included; curated ones give quotes.",
      }),
  })
  .register(z.globalRegistry, { description: "One traveller in one country over one inclusive date range." });
export type Visit = z.infer<typeof VisitSchema>;

/**
 * A curated note on an official visit: the curated layer points at the
 * official record instead of repeating it, adding its trip, events and evidence.
 */
export const VisitAnnotationSchema = z
  .strictObject({
    visitId: z
      .string()
      .regex(/^hsg-(?:travel|visit)-\d+$/, {
        message: "expected the id of an official visit, hsg-travel-<n> or hsg-visit-<n>",
      })
      .meta({ description: "The official visit annotated: the id in `data/official/visits.json` (for a merged group, the smallest record number)." }),
    tripId: IdSchema.optional().meta({
      description: "Accepted by the schema but not used by the build: a visit's trip is whichever trip lists it in `visitIds`. Leave it out.",
    }),
    eventIds: z.array(IdSchema).optional().meta({ description: "Events held during the visit; added to the visit's `eventIds`." }),
    evidence: z
      .array(EvidenceSchema)
      .min(1, { message: "expected at least one evidence quote" })
      .meta({ description: "Quotes that tie the visit to the curated story; each becomes a provenance entry." }),
  })
  .register(z.globalRegistry, { description: "A curated note on an official visit, adding its events and evidence." });
export type VisitAnnotation = z.infer<typeof VisitAnnotationSchema>;
