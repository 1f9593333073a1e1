import type { AnyDataset, BundledDataset, Dataset, Visit } from './records.js';
import { indexOf } from './dataset-index.js';
import { overlapping } from './overlapping.js';
import { checkCountry, checkOptions, checkRange, TRAVEL_RANGE_KEYS, type TravelRange } from './validate.js';
import { statusIn } from './status.js';
import { compileVisitCriteria, parseVisitCriteria, type VisitCriteria } from './visit-match.js';

/** Whose visits: a person, a kind of visit (`secretary-travel`: any Secretary of State), or traveller name text. */
export type VisitorSelector<D extends AnyDataset = BundledDataset> = Pick<VisitCriteria<D>, 'person' | 'kind' | 'traveler'>;

/** The first or last (by start date, then id) of the visits `firstVisit` and `lastVisit` choose from. */
export function visitBy(ds: Dataset, by: VisitorSelector<AnyDataset>, country: string, range: TravelRange, which: 'first' | 'last'): Visit | undefined {
  checkOptions('by', by, ['person', 'kind', 'traveler']);
  checkOptions('range', range, TRAVEL_RANGE_KEYS);
  const index = indexOf(ds, statusIn(range), 'range.status');
  const code = checkCountry(index, 'country', country);
  const parsed = parseVisitCriteria(index, by ?? {}, 'by.');
  const { from, to } = checkRange('range.', range);
  const criteria = compileVisitCriteria(index, parsed);
  // The person's visits when a person is asked about (a shipped file then reads theirs alone), else the
  // country's; both in start order, cut to the range by binary search.
  const own = criteria.candidates !== undefined;
  const all = overlapping(own ? criteria.candidates! : index.visitsInCountry(code), from, to);
  const matches = (v: Visit) => (!own || v.country === code) && (!criteria.any || criteria.test(v));
  // Searched from the end asked for, not a pass over every visit.
  if (which === 'first') {
    for (let i = 0; i < all.length; i++) if (matches(all[i]!)) return all[i];
  } else {
    for (let i = all.length - 1; i >= 0; i--) if (matches(all[i]!)) return all[i];
  }
  return undefined;
}
