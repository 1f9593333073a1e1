import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addManyLinks } from '../../../tests/fixtures/hostile-data.js';
import { references } from './references.js';

describe('references', () => {
  it('passes a dataset whose references all resolve', () => {
    expect(references.check(validContent())).toEqual([]);
  });
  const cases: [string, (d: ReturnType<typeof validContent>) => void, object, RegExp][] = [
    ['person', (d) => { d.visits[0]!.traveler.personId = 'blinken-antony'; }, { collection: 'visits', id: 'hsg-travel-1', field: 'traveler.personId' }, /"blinken-antony" is not in people/],
    ['counterpart', (d) => { d.visits[0]!.counterparts = [{ personId: 'motegi', quote: 'Foreign Minister Motegi', rule: 'met-with' }]; }, { collection: 'visits', id: 'hsg-travel-1', field: 'counterparts[0].personId' }, /"motegi" is not in people/],
    ['country', (d) => { d.visits[1]!.country = 'KP'; }, { collection: 'visits', id: 'hsg-travel-2', field: 'country' }, /"KP" is not in countries: expected an existing country code/],
    ['trip', (d) => { d.visits[0]!.tripId = 'no-such-trip'; }, { collection: 'visits', field: 'tripId' }, /not in trips/],
    ['event', (d) => { d.visits[0]!.eventIds = ['no-such-event']; }, { collection: 'visits', field: 'eventIds[0]' }, /not in events/],
    ['source', (d) => { d.events[0]!.provenance[0]!.sourceId = 'nowhere'; }, { collection: 'events', field: 'provenance[0].sourceId' }, /not in sources/],
    ['issue', (d) => { d.issueLinks[0]!.issueId = 'fentanil'; }, { collection: 'issueLinks', id: 'link-1', field: 'issueId' }, /"fentanil" is not in issues/],
    ['parent issue', (d) => { d.issues[1]!.parentId = 'no-parent'; }, { collection: 'issues', id: 'military-communication', field: 'parentId' }, /not in issues/],
    ['link subject', (d) => { d.issueLinks[0]!.subject = { type: 'event', id: 'blinken-antony-j-2021-03-15' }; }, { collection: 'issueLinks', field: 'subject.id' }, /not in events/],
    ['discrepancy subject', (d) => { d.discrepancies[0]!.subjects[0]!.id = 'hsg-travel-9'; }, { collection: 'discrepancies', field: 'subjects[0].id' }, /not in visits/],
  ];
  for (const [what, plant, where, message] of cases) {
    it(`reports an unresolved ${what}`, () => {
      const data = validContent();
      plant(data);
      const problems = references.check(data);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject(where);
      expect(problems[0]!.message).toMatch(message);
    });
  }
  // Large adversarial input: 50,000 links whose issue does not exist.
  it('reports each of 50,000 dangling references quickly', { timeout: 60_000 }, () => {
    const data = addManyLinks(validContent(), 50_000);
    for (const l of data.issueLinks) if (l.id.startsWith('busy-link-')) l.issueId = 'no-such-issue';
    const problems = references.check(data);
    expect(problems).toHaveLength(50_000);
    expect(problems[0]).toMatchObject({ collection: 'issueLinks', id: 'busy-link-0', field: 'issueId' });
  });
});
