import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { freshSmallDataset, smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import type { Discrepancy } from '../../schemas/discrepancy.js';
import { discrepancies } from './index.js';

describe('discrepancies', () => {
  it('lists all by id, or those about one subject and what it contains', () => {
    expect(discrepancies(ds).map((d) => d.id)).toEqual(['blinken-2021-03-brussels-end', 'g7-2023-dates']);
    expect(discrepancies(ds, 'hsg-travel-3994').map((d) => d.id)).toEqual(['blinken-2021-03-brussels-end']);
    // The trip's visit names the G7 event.
    expect(discrepancies(ds, { type: 'trip', id: 'blinken-antony-j-2023-11-03' }).map((d) => d.id)).toEqual(['g7-2023-dates']);
    expect(discrepancies(ds, { type: 'visit', id: 'hsg-travel-4181' }).map((d) => d.id)).toEqual(['g7-2023-dates']);
    expect(discrepancies(ds, { type: 'source', id: 'hsg-travels' })).toEqual([]);
  });
  it("includes those about a trip's, visit's or event's sources and issue links, and a trip's visits and events", () => {
    const withMore = freshSmallDataset();
    const more: Discrepancy[] = [
      // A source the April 2024 trip's provenance cites.
      { id: 'reuters-2024-04-26-tense', subjects: [{ type: 'source', id: 'reuters-2024-04-26' }], description: 'Past and future tense mixed.', sourceIds: ['reuters-2024-04-26'] },
      // An issue link of the Tokyo visit of November 2023.
      { id: 'japan-china-russia-link', subjects: [{ type: 'issue-link', id: 'link-2023-11-japan-china-russia' }], description: 'The link is a stretch.', sourceIds: ['reuters-2023-11-03'] },
      // A source only an issue link's evidence of the 2021 trip cites... and its provenance too.
      { id: 'reuters-2021-03-14-dates', subjects: [{ type: 'source', id: 'reuters-2021-03-14' }], description: 'Dates the trip a day early.', sourceIds: ['reuters-2021-03-14'] },
      // A person: not a part of any trip.
      { id: 'blinken-names', subjects: [{ type: 'person', id: 'blinken-antony-j' }], description: 'Name variants.', sourceIds: ['reuters-2021-03-14'] },
    ];
    withMore.discrepancies.push(...more);
    const ids = (subject: Parameters<typeof discrepancies>[1]) => discrepancies(withMore, subject).map((d) => d.id);
    expect(ids({ type: 'trip', id: 'blinken-antony-j-2024-04-24' })).toEqual(['reuters-2024-04-26-tense']);
    // The trip cites reuters-2023-11-03 (as do its G7 event and the Tokyo visit's link), and holds the Tokyo visit.
    expect(ids({ type: 'trip', id: 'blinken-antony-j-2023-11-03' })).toEqual(['g7-2023-dates', 'japan-china-russia-link']);
    expect(ids({ type: 'visit', id: 'hsg-travel-4181' })).toEqual(['g7-2023-dates', 'japan-china-russia-link']);
    expect(ids({ type: 'visit', id: 'hsg-travel-4177' })).toEqual([]);
    expect(ids({ type: 'trip', id: 'blinken-antony-j-2021-03-15' })).toEqual(['reuters-2021-03-14-dates']);
    expect(ids({ type: 'event', id: 'us-japan-2plus2-2021-03-16' })).toEqual(['reuters-2021-03-14-dates']);
    expect(ids({ type: 'source', id: 'reuters-2024-04-26' })).toEqual(['reuters-2024-04-26-tense']);
    // A dataset that is not deep-frozen is queried through a frozen copy: equal records, the caller's left as they were.
    const [found] = discrepancies(withMore, 'blinken-antony-j-2024-04-24');
    expect(found).toEqual(withMore.discrepancies.find((d) => d.id === 'reuters-2024-04-26-tense'));
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(withMore.discrepancies[0])).toBe(false);
  });
  it('refuses unknown subjects', () => {
    expect(() => discrepancies(ds, 'g7-foreign-ministers')).toThrow(UnknownIdError);
    expect(() => discrepancies(ds, { type: 'source', id: 'reuters' })).toThrow(UnknownIdError);
    expect(() => discrepancies(ds, { type: 'place' as never, id: 'x' })).toThrow(InvalidArgumentError);
  });
});
