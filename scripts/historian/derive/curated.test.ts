import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/schemas/event.js';
import type { IssueLink } from '../../../src/schemas/issue.js';
import { curatedEventFor, curatedLinkFor, type CuratedLayer } from './curated.js';

const event = (over: Partial<Event>): Event => ({
  id: 'apec-leaders-meeting-san-francisco-2023-11', name: 'APEC', kind: 'summit', series: 'APEC', start: '2023-11-12', end: '2023-11-17',
  country: 'US', participantIds: [], provenance: [{ sourceId: 'hsg-visits', recordIds: ['hsg-visit-3201'] }], ...over,
});
const link = (over: Partial<IssueLink>): IssueLink => ({
  id: 'l', issueId: 'iran', subject: { type: 'visit', id: 'hsg-travel-5' }, relation: 'agenda', summary: 's', evidence: [{ sourceId: 'a', quote: 'q' }], ...over,
});
const layer = (over: Partial<CuratedLayer>): CuratedLayer => ({
  events: [], trips: [], annotations: [], issueLinks: [],
  issues: [
    { id: 'middle-east', label: 'Middle East', description: 'd', aliases: [] },
    { id: 'iran', label: 'Iran', description: 'd', parentId: 'middle-east', aliases: [] },
    { id: 'taiwan', label: 'Taiwan', description: 'd', aliases: [] },
  ],
  ...over,
});

describe('curated facts win', () => {
  it('finds the curated event of the same series, country and dates, whatever its id', () => {
    const curated = layer({ events: [event({ id: 'apec-leaders-summit-san-francisco-2023-11', start: '2023-11-14', end: '2023-11-16' })] });
    expect(curatedEventFor(event({}), curated)?.id).toBe('apec-leaders-summit-san-francisco-2023-11');
    expect(curatedEventFor(event({ country: 'PE', start: '2024-11-14', end: '2024-11-16' }), curated)).toBeUndefined();
    expect(curatedEventFor(event({ series: 'G20' }), curated)).toBeUndefined();
    const { series: _s, ...bilateral } = event({ id: 'biden-xi-summit', start: '2023-11-15', end: '2023-11-15' });
    expect(curatedEventFor(event({}), layer({ events: [bilateral] }))).toBeUndefined();
  });
  it('finds a curated link on the visit, its curated trip or its annotated event, for the issue or one above or below it', () => {
    const onTrip = layer({ trips: [{ id: 't', personId: 'p', title: 't', start: '2020-01-01', end: '2020-01-02', visitIds: ['hsg-travel-5'], derived: false }], issueLinks: [link({ id: 'c1', subject: { type: 'trip', id: 't' }, issueId: 'middle-east' })] });
    expect(curatedLinkFor(link({}), onTrip)?.id).toBe('c1');
    expect(curatedLinkFor(link({ issueId: 'taiwan' }), onTrip)).toBeUndefined();
    const onEvent = layer({ annotations: [{ visitId: 'hsg-travel-5', eventIds: ['e'], evidence: [{ sourceId: 'a', quote: 'q' }] }], issueLinks: [link({ id: 'c2', subject: { type: 'event', id: 'e' } })] });
    expect(curatedLinkFor(link({}), onEvent)?.id).toBe('c2');
    expect(curatedLinkFor(link({ subject: { type: 'visit', id: 'hsg-travel-6' } }), onEvent)).toBeUndefined();
  });
});
