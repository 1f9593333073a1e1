// zod-free, so the main entry (diffs, helpers) can use it without loading zod.

/** The collections of the dataset, in the order of the file. */
export const COLLECTIONS = [
  'countries',
  'people',
  'sources',
  'visits',
  'trips',
  'events',
  'issues',
  'issueLinks',
  'discrepancies',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
