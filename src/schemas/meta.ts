import { z } from 'zod/v4';

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
});
export type Meta = z.infer<typeof MetaSchema>;
