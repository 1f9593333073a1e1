import type { DatasetContent } from '../schemas/dataset.js';
import type { CollectionName } from '../schemas/meta.js';
import type { VisitAnnotation } from '../schemas/visit.js';

/** One thing wrong with the data, precise enough for a curator to fix it. */
export interface Problem {
  /** The rule that found it, e.g. `references`. */
  rule: string;
  collection: CollectionName;
  /** The id (or code) of the record at fault. */
  id: string;
  /** The field path inside the record, e.g. `traveler.personId`. */
  field: string;
  /** What was expected and what was found. */
  message: string;
  /** Set when the rule's fixer repairs this problem (`npm run fix:data`). */
  fixable?: true;
}

/**
 * `error`: the data breaks an invariant the library relies on; the build and
 * `loadDataset` refuse it. `warning`: a curation check the build prints and
 * counts, and builds anyway; only a warning rule admits exceptions.
 */
export type Severity = 'error' | 'warning';

/**
 * The records a fixer may edit, by collection, as read from the data files
 * (`npm run fix:data` passes those of data/curated). `visitAnnotations` are
 * the records of data/curated/visit-annotations.json.
 */
export type EditableRecords = { [C in CollectionName]?: DatasetContent[C] } & { visitAnnotations?: VisitAnnotation[] };

/** One change a fixer made: which record, which field, what it was and what it is now. */
export interface Fix {
  rule: string;
  collection: keyof EditableRecords;
  /** The record's id (an annotation's `visitId`). */
  id: string;
  field: string;
  before: unknown;
  after: unknown;
}

/** An integrity check across collections. Pure: it reads the data and returns every problem it finds. */
export interface Rule {
  name: string;
  description: string;
  severity: Severity;
  check(data: DatasetContent): Problem[];
  /**
   * The mechanical repair of (some of) what `check` reports: edits `records` in
   * place, reading `data` (the whole merged dataset, not edited) for context,
   * and returns every change made. Running it again changes nothing.
   */
  fix?(records: EditableRecords, data: DatasetContent): Fix[];
}

/** A reviewed exception (data/reference/lint-exceptions.json): a record a warning rule skips, and why. */
export interface LintException {
  rule: string;
  collection: CollectionName;
  id: string;
  reason: string;
}
