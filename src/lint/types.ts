import type { DatasetContent } from '../schemas/dataset.js';
import type { CollectionName } from '../schemas/meta.js';

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
}

/** An integrity check across collections. Pure: it reads the data and returns every problem it finds. */
export interface Rule {
  name: string;
  description: string;
  check(data: DatasetContent): Problem[];
}
