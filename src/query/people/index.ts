import { InvalidArgumentError } from '../../errors.js';
import type { AnyDataset, BundledDataset, PersonIn } from '../_lib/records.js';
import { indexOf } from '../_lib/dataset-index.js';
import { normalizeText } from '../../util/text.js';
import { checkOptions } from '../_lib/validate.js';

/** Which people {@link people} returns. */
export interface PeopleFilter {
  /**
   * Words of a name or id, in any order, any case, with or without accents:
   * a person matches when their name, any spelling of it the official records
   * use, or their id holds every word (`'blinken antony'`, `'erdogan'`).
   */
  name?: string;
}

/**
 * The people of the dataset (travellers and participants), in id order, or
 * those whose name or id holds every word of `filter.name`.
 *
 * @param ds - the dataset
 * @param filter - `{ name }`; omit for everyone
 * @returns a new array of the dataset's own (frozen) person records; empty when no one matches
 * @throws {InvalidArgumentError} an unknown filter key, or a name that is not a string or holds no word
 *
 * @example
 * import { getDataset, people } from 'diplomatic-visits';
 * people(getDataset(), { name: 'blinken' }).map((p) => p.id);
 * //=> ['blinken-antony-j']
 */
export function people<D extends AnyDataset = BundledDataset>(ds: D, filter: PeopleFilter = {}): readonly PersonIn<D>[] {
  checkOptions('filter', filter, ['name']);
  const index = indexOf(ds);
  if (filter.name === undefined) return index.ds.people.slice() as readonly PersonIn<D>[];
  const what = 'a word of a name or id, such as "blinken"';
  if (typeof filter.name !== 'string') throw new InvalidArgumentError('filter.name', what, filter.name);
  const words = normalizeText(filter.name).split(/[\s,]+/).filter(Boolean);
  // Blank text would select everyone: a name that says nothing is a mistake, not "all".
  if (words.length === 0) throw new InvalidArgumentError('filter.name', what, filter.name);
  // A foreign leader is found by any spelling the records use ("chinnawat" finds Thaksin Shinawatra): the index
  // normalizes every person's names once, not on every call.
  const out: PersonIn<D>[] = [];
  for (const [person, names] of index.peopleNames) if (words.every((w) => names.includes(w))) out.push(person as PersonIn<D>);
  return out;
}
