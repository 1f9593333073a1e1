import { z } from 'zod/v4';
import { IsoDateSchema } from './common.js';

/** The schema version this library reads and writes. Bumped on a breaking change of the data contract. */
export const SCHEMA_VERSION = 1;

export { COLLECTIONS, type CollectionName } from './collections.js';

const count = z.number().int().nonnegative();

export const OfficialSnapshotSchema = z.strictObject({
  folder: z.string().min(1),
  repository: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  date: z.string().min(1),
});

/** The first and last date of one kind of official record in the snapshot. */
export const DateSpanSchema = z.strictObject({
  /** The earliest start date. */
  first: IsoDateSchema,
  /** The latest end date. */
  last: IsoDateSchema,
});

/** What the official layer covers: each official kind's first and last date in the snapshot it was built from. */
export const CoverageSchema = z.strictObject({
  secretaryTravel: DateSpanSchema,
  presidentTravel: DateSpanSchema,
  foreignLeaderVisit: DateSpanSchema,
});

export const MetaSchema = z.strictObject({
  name: z.literal('diplomatic-visits'),
  /** The package version that built this file. */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  schemaVersion: z.number().int().positive(),
  /** sha256 (hex) of the canonical JSON of the dataset without `meta.sha256`. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  counts: z.strictObject({
    countries: count,
    people: count,
    sources: count,
    visits: count,
    trips: count,
    events: count,
    issues: count,
    issueLinks: count,
    discrepancies: count,
  }),
  /** The Office of the Historian snapshots the official layer was imported from. */
  official: z.strictObject({
    snapshots: z.array(OfficialSnapshotSchema),
    /** Records read per collection, and how each was accounted for. */
    records: z.strictObject({
      travel: count,
      visit: count,
      visitsWritten: count,
      duplicatesMerged: count,
    }),
  }),
  /** Present only in a file that holds part of the dataset (`diplomatic-visits/curated`). */
  subset: z
    .strictObject({
      /** Which subset: `curated`. */
      name: z.string().min(1),
      /** What it holds and what it leaves out, in words. */
      note: z.string().min(1),
      /** `meta.sha256` of the whole dataset it was cut from. */
      of: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
  /**
   * What the data covers: the first and last date of each official kind in
   * this snapshot (a trip after `last` is not missing from the record, it is
   * newer than the snapshot). Optional so files built before it still load.
   */
  coverage: CoverageSchema.optional(),
});
export type Meta = z.infer<typeof MetaSchema>;
