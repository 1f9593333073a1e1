// The closed vocabularies of the data model, as plain lists. zod-free, so the
// main entry (the query helpers' argument checks) uses them without loading
// zod; the schemas build their enums from them (`z.enum(VISIT_KINDS)`).

/** Visit kinds this version knows (who travels); a dataset may add its own (the query helpers accept them too). */
export const VISIT_KINDS = ['secretary-travel', 'president-travel', 'foreign-leader-visit', 'official-travel'] as const;
/** Event kinds this version knows; a dataset may add its own (the query helpers accept them too). */
export const EVENT_KINDS = ['summit', 'ministerial', 'dialogue', 'bilateral-meeting', 'call', 'conference', 'press-conference', 'ceremony'] as const;
/** How an issue link ties an issue to its subject. */
export const ISSUE_RELATIONS = ['agenda', 'context'] as const;
/** Kinds of source. */
export const SOURCE_KINDS = ['news-article', 'official-dataset', 'official-record', 'press-release', 'opinion'] as const;
/** How a source's publication date is known when it is not printed in it. */
export const PUBLISHED_QUALIFIERS = ['approximate', 'inferred', 'not-after'] as const;
/** How a date is known when no source gives it outright. */
export const DATE_QUALIFIERS = ['approximate', 'planned', 'undated', 'unknown'] as const;
/** Whether a visit or trip took place; a record without `status` is `completed`. */
export const TRAVEL_STATUSES = ['completed', 'postponed', 'cancelled'] as const;
/** What an issue link is about. */
export const SUBJECT_TYPES = ['trip', 'visit', 'event'] as const;
/** What a discrepancy is about. */
export const DISCREPANCY_SUBJECT_TYPES = ['trip', 'visit', 'event', 'source', 'person', 'issue-link'] as const;
/** Why a derived trip's visits were grouped together. */
export const TRIP_GROUPING_RULES = [
  'single-visit',
  'consecutive-days',
  'stated-journey',
  'president-journey',
  'en-route-stop',
  'returning-stop',
  'sea-voyage',
  'sea-era-gap',
  'same-region-short-gap',
] as const;
/** The matching rules that join the official records' name forms into one person. */
export const PERSON_MATCH_RULES = ['same-name', 'across-states', 'near-spelling', 'name-subset', 'surname-only', 'identity-table'] as const;
