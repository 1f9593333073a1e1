import { z } from 'zod/v4';
import { IsoDateSchema } from './common.js';

/** The schema version this library reads and writes. Bumped on a breaking change of the data contract. */
export const SCHEMA_VERSION = 1;

export { COLLECTIONS, type CollectionName } from './collections.js';

const count = z.number().int().nonnegative();
const countOf = (collection: string) => count.meta({ description: `\`${collection}.length\`.` });

export const OfficialSnapshotSchema = z.strictObject({
  folder: z.string().min(1).meta({ description: 'The folder or file read, e.g. `travels/secretary-travels/*.xml`.' }),
  repository: z.string().min(1).meta({ description: '`HistoryAtState/travels`, `HistoryAtState/visits`, `HistoryAtState/pocom`.' }),
  commit: z.string().regex(/^[0-9a-f]{40}$/).meta({ description: 'The commit of the snapshot.' }),
  date: z.string().min(1).meta({ description: "The snapshot's date." }),
});

/** The first and last date of one kind of official record in the snapshot. */
export const DateSpanSchema = z.strictObject({
  first: IsoDateSchema.meta({ description: 'The earliest start date of an official visit of this kind.' }),
  last: IsoDateSchema.meta({ description: 'The latest end date of an official visit of this kind.' }),
});

/** What the official layer covers: each official kind's first and last date in the snapshot it was built from. */
export const CoverageSchema = z.strictObject({
  secretaryTravel: DateSpanSchema.meta({ description: "Secretaries of State's travel abroad (`secretary-travel`)." }),
  presidentTravel: DateSpanSchema.meta({ description: "Presidents' travel abroad (`president-travel`)." }),
  foreignLeaderVisit: DateSpanSchema.meta({ description: "Foreign leaders' visits to the US (`foreign-leader-visit`)." }),
});

export const MetaSchema = z
  .strictObject({
    name: z.literal('diplomatic-visits').meta({ description: 'Always the package name.' }),
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/).meta({ description: 'The package version that built this file.' }),
    schemaVersion: z.number().int().positive().meta({ description: 'The version of this data contract; `loadDataset` refuses a file newer than it reads.' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'sha256 (hex) of the canonical JSON of the dataset without `meta.sha256`.' }),
    counts: z
      .strictObject({
        countries: countOf('countries'),
        people: countOf('people'),
        sources: countOf('sources'),
        visits: countOf('visits'),
        trips: countOf('trips'),
        events: countOf('events'),
        issues: countOf('issues'),
        issueLinks: countOf('issueLinks'),
        discrepancies: countOf('discrepancies'),
      })
      .meta({ description: 'The number of records in each collection.' }),
    official: z
      .strictObject({
        snapshots: z.array(OfficialSnapshotSchema).meta({ description: 'One entry per folder of records read.' }),
        records: z
          .strictObject({
            travel: count.meta({ description: "Travel records read (Secretaries' and Presidents' trips abroad)." }),
            visit: count.meta({ description: "Visit records read (foreign leaders' visits to the US)." }),
            visitsWritten: count.meta({ description: 'Official visits written after merging.' }),
            duplicatesMerged: count.meta({ description: "Records merged into another record's visit (all still listed in its `provenance[].recordIds`)." }),
          })
          .meta({ description: 'How the records read were accounted for.' }),
      })
      .meta({ description: 'The Office of the Historian snapshots the official layer was imported from, from `data/official/import-report.json`.' }),
    subset: z
      .strictObject({
        name: z.string().min(1).meta({ description: 'Which subset: `curated`.' }),
        note: z.string().min(1).meta({ description: 'What the subset holds and leaves out, in words.' }),
        of: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'The `meta.sha256` of the whole dataset it was cut from.' }),
      })
      .optional()
      .meta({
        description:
          'Only in a file that holds part of the dataset: `curated.json` (`diplomatic-visits/curated`), the curated layer and every record it references. Absent from `dataset.json`.',
      }),
    coverage: CoverageSchema.optional().meta({
      description:
        'What the data covers: the first and last date of each kind of official record in the snapshot the official layer was built from (from `data/official/import-report.json`). A journey after `last` is not missing from the records: it is newer than the snapshot. Written by every build; optional so files built before it still load.',
    }),
  })
  .register(z.globalRegistry, {
    description:
      'Which dataset this is: package version, schemaVersion, sha256 of the canonical content without meta.sha256, counts, and the official snapshots it was built from.',
  });
export type Meta = z.infer<typeof MetaSchema>;
