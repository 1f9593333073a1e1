import { describe, expect, it } from 'vitest';
import { deriveEvents } from './events.js';
import { visit } from './test-visit.js';

describe('deriveEvents', () => {
  const secretary = visit('hsg-travel-10', 'Attended the NATO Summit Meeting. Met with Prime Minister May.', { locality: 'Brussels', start: '2018-07-10', end: '2018-07-12' });
  const president = visit('hsg-travel-11', 'Attended the NATO Summit Meeting.', {
    kind: 'president-travel', traveler: { personId: 'trump-donald-j', name: 'Donald J. Trump' }, locality: 'Brussels', start: '2018-07-11', end: '2018-07-12',
  });
  const later = visit('hsg-travel-12', 'Attended the NATO Summit Meeting.', { locality: 'Brussels', start: '2018-12-04', end: '2018-12-05' });

  it('makes one event of the visits that attended the same meeting, with a readable stable id', () => {
    const { events, eventIdsByVisit } = deriveEvents([later, president, secretary], (c) => (c === 'BE' ? 'Belgium' : c));
    expect(events.map((e) => e.id)).toEqual(['nato-summit-brussels-2018-07', 'nato-summit-brussels-2018-12']);
    const [july] = events;
    expect(july).toMatchObject({
      name: 'NATO Summit, Brussels 2018', kind: 'summit', series: 'NATO', start: '2018-07-10', end: '2018-07-12', country: 'BE', locality: 'Brussels',
      dateQualifier: 'approximate', participantIds: ['pompeo-michael-r', 'trump-donald-j'],
      derivedBy: { rule: 'attended-nato-summit', recordIds: ['hsg-travel-10', 'hsg-travel-11'] },
    });
    // Each visit's evidence is the sentence of its own remark.
    expect(july!.provenance).toEqual([
      { sourceId: 'hsg-travels', recordIds: ['hsg-travel-10'], quote: 'Attended the NATO Summit Meeting.' },
      { sourceId: 'hsg-travels', recordIds: ['hsg-travel-11'], quote: 'Attended the NATO Summit Meeting.' },
    ]);
    expect(eventIdsByVisit.get('hsg-travel-11')).toEqual(['nato-summit-brussels-2018-07']);
  });

  it('is independent of the order of the visits', () => {
    const a = deriveEvents([secretary, president, later]);
    const b = deriveEvents([later, secretary, president]);
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
  });

  it('gathers foreign leaders at a summit held in the US, placed by the remark where the records give no locality', () => {
    const leaders = ['hsg-visit-1', 'hsg-visit-2'].map((id) => visit(id, 'Attended the NATO Summit Meeting in Chicago.', { start: '2012-05-20', end: '2012-05-21' }));
    const { events } = deriveEvents(leaders, () => 'United States');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: 'nato-summit-chicago-2012-05', country: 'US', locality: 'Chicago', participantIds: [] });
  });

  it('keeps meetings in different countries apart, and gives two of one place and month the day', () => {
    const a = visit('hsg-travel-20', 'Attended a NATO Ministerial Meeting.', { locality: 'Brussels', start: '1995-12-01', end: '1995-12-01' });
    const b = visit('hsg-travel-21', 'Attended a NATO Ministerial Meeting.', { locality: 'Brussels', start: '1995-12-20', end: '1995-12-20' });
    const c = visit('hsg-travel-22', 'Attended a NATO Ministerial Meeting.', { locality: 'Oslo', country: 'NO', start: '1995-06-01', end: '1995-06-01' });
    expect(deriveEvents([a, b, c]).events.map((e) => e.id)).toEqual(['nato-ministerial-brussels-1995-12-01', 'nato-ministerial-brussels-1995-12-20', 'nato-ministerial-oslo-1995-06']);
  });

  it('makes no event of a record that places a meeting where more visits say it was not held, and reports it', () => {
    const santiago = ['hsg-travel-1428', 'hsg-travel-1429'].map((id) => visit(id, 'Attended APEC Summit meeting.', { locality: 'Santiago', country: 'CL', start: '2004-11-19', end: '2004-11-21' }));
    const jerusalem = visit('hsg-travel-1430', 'Attended APEC Summit meeting. Met with Prime Minister Sharon.', { locality: 'Jerusalem', country: 'IL', start: '2004-11-21', end: '2004-11-22' });
    const r = deriveEvents([jerusalem, ...santiago]);
    expect(r.events.map((e) => e.id)).toEqual(['apec-leaders-meeting-santiago-2004-11']);
    expect(r.eventIdsByVisit.has('hsg-travel-1430')).toBe(false);
    expect(r.contradicted).toEqual([{ rule: 'attended-apec-leaders', visitIds: ['hsg-travel-1430'], country: 'IL', heldIn: 'CL' }]);
  });

  it('drops an event the caller says the curated layer holds, and the visits do not point at it', () => {
    const { events, eventIdsByVisit } = deriveEvents([secretary, president], undefined, () => false);
    expect(events).toEqual([]);
    expect(eventIdsByVisit.size).toBe(0);
  });
});
