import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addIdenticalStays } from '../../../tests/fixtures/hostile-data.js';
import { visitEvents } from './visit-events.js';

describe('visit-events', () => {
  it('passes events held during the visits that list them', () => {
    expect(visitEvents.check(validContent())).toEqual([]);
  });
  it('is a warning', () => {
    expect(visitEvents.severity).toBe('warning');
  });
  it('reports an event outside the dates of the visit', () => {
    const data = validContent();
    Object.assign(data.events[0]!, { start: '2021-03-19', end: '2021-03-19' });
    expect(visitEvents.check(data)).toEqual([
      { rule: 'visit-events', collection: 'visits', id: 'hsg-travel-1', field: 'eventIds[0]', message: 'event "tokyo-2-plus-2" (2021-03-19..2021-03-19) does not overlap the visit (2021-03-15..2021-03-17): expected an event held during the stay, or a discrepancy and an exception' },
      { rule: 'visit-events', collection: 'visits', id: 'austin-2021-03-15-jp', field: 'eventIds[0]', message: 'event "tokyo-2-plus-2" (2021-03-19..2021-03-19) does not overlap the visit (2021-03-15..2021-03-17): expected an event held during the stay, or a discrepancy and an exception' },
    ]);
  });
  it('accepts an event that overlaps the visit only on its first or last day', () => {
    const data = validContent();
    Object.assign(data.events[0]!, { start: '2021-03-17', end: '2021-03-20' });
    expect(visitEvents.check(data)).toEqual([]);
  });
  it('reports an event in another country', () => {
    const data = validContent();
    data.visits[1]!.eventIds = ['tokyo-2-plus-2'];
    Object.assign(data.events[0]!, { end: '2021-03-17' });
    expect(visitEvents.check(data)).toMatchObject([{ id: 'hsg-travel-2', field: 'eventIds[0]', message: 'event "tokyo-2-plus-2" is in JP, the visit in KR: expected an event in the visit\'s country' }]);
  });
  it('reports a traveller who is not among the participants', () => {
    const data = validContent();
    data.events[0]!.participantIds = ['blinken-antony-j'];
    expect(visitEvents.check(data)).toMatchObject([{ id: 'austin-2021-03-15-jp', message: expect.stringMatching(/does not list austin-lloyd-j among its participantIds/) }]);
  });
  it('leaves an unknown event to the references rule', () => {
    const data = validContent();
    data.visits[0]!.eventIds = ['no-such-event'];
    expect(visitEvents.check(data)).toEqual([]);
  });
  // Large adversarial input: 100,000 visits each listing the same event, none overlapping it.
  it('checks 100,000 visits listing one event quickly', { timeout: 60_000 }, () => {
    const data = addIdenticalStays(validContent(), 50_000);
    for (const v of data.visits) if (v.id.startsWith('stay-') || v.id.startsWith('hsg-travel-9')) v.eventIds = ['tokyo-2-plus-2'];
    const problems = visitEvents.check(data);
    expect(problems.filter((p) => p.message.includes('does not overlap'))).toHaveLength(100_000);
  });
});
