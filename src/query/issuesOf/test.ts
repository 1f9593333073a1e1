import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { issuesOf } from './index.js';

const rows = (list: ReturnType<typeof issuesOf>) => list.map((i) => [i.issue.id, i.link.relation, i.via, `${i.from.type}:${i.from.id}`]);

describe('issuesOf', () => {
  it("gives a visit its own links, then its trip's and its events'", () => {
    expect(rows(issuesOf(ds, { type: 'visit', id: 'hsg-travel-4181' }))).toEqual([
      ['china-support-for-russia', 'context', 'direct', 'visit:hsg-travel-4181'],
      ['israel-hamas-war', 'agenda', 'trip', 'trip:blinken-antony-j-2023-11-03'],
      ['russia-ukraine-war', 'agenda', 'event', 'event:g7-foreign-ministers-2023-11-07'],
    ]);
  });
  it("gathers a trip's links from its visits and their events", () => {
    expect(rows(issuesOf(ds, 'blinken-antony-j-2023-11-03'))).toEqual([
      ['israel-hamas-war', 'agenda', 'direct', 'trip:blinken-antony-j-2023-11-03'],
      ['china-support-for-russia', 'context', 'visit', 'visit:hsg-travel-4181'],
      ['russia-ukraine-war', 'agenda', 'event', 'event:g7-foreign-ministers-2023-11-07'],
    ]);
  });
  it('filters by relation, and can leave inherited links out', () => {
    expect(rows(issuesOf(ds, 'hsg-travel-4181', { relation: 'agenda' })).map((r) => r[0])).toEqual(['israel-hamas-war', 'russia-ukraine-war']);
    expect(rows(issuesOf(ds, 'hsg-travel-4181', { inherited: false })).map((r) => r[0])).toEqual(['china-support-for-russia']);
    expect(issuesOf(ds, 'hsg-travel-3994')).toEqual([]);
  });
  it('accepts an event', () => {
    expect(rows(issuesOf(ds, { type: 'event', id: 'biden-xi-summit-2023-11-15' }))).toEqual([
      ['military-communication', 'agenda', 'direct', 'event:biden-xi-summit-2023-11-15'],
    ]);
  });
  it('refuses an unknown subject', () => {
    expect(() => issuesOf(ds, 'hsg-travel-9')).toThrow(UnknownIdError);
    expect(() => issuesOf(ds, { type: 'trip', id: 'nope' })).toThrow(/subject\.id: unknown trip "nope"/);
    expect(() => issuesOf(ds, { type: 'tirp' as never, id: 'x' })).toThrow(InvalidArgumentError);
    expect(() => issuesOf(ds, 'hsg-travel-4181', { relation: 'agneda' as never })).toThrow(/options\.relation: .*did you mean "agenda"/);
  });
});
