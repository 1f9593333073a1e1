import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { events } from './index.js';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('events', () => {
  it('returns every event by start date', () => {
    expect(ids(events(ds))).toEqual(['us-japan-2plus2-2021-03-16', 'g7-foreign-ministers-2023-11-07', 'biden-xi-summit-2023-11-15', 'blinken-wang-2024-04-26']);
  });
  it('filters by participant, place, kind, series and dates', () => {
    expect(ids(events(ds, { person: 'wang-yi' }))).toEqual(['biden-xi-summit-2023-11-15', 'blinken-wang-2024-04-26']);
    expect(ids(events(ds, { person: 'blinken-antony-j', series: 'g7' }))).toEqual(['g7-foreign-ministers-2023-11-07']);
    expect(ids(events(ds, { country: 'JP', from: '2022-01-01' }))).toEqual(['g7-foreign-ministers-2023-11-07']);
    expect(ids(events(ds, { kind: ['summit', 'bilateral-meeting'] }))).toEqual(['biden-xi-summit-2023-11-15', 'blinken-wang-2024-04-26']);
    expect(ids(events(ds, { subregion: 'eastern asia', to: '2021-12-31' }))).toEqual(['us-japan-2plus2-2021-03-16']);
    expect(ids(events(ds, { region: 'Americas' }))).toEqual(['biden-xi-summit-2023-11-15']);
  });
  it('filters by issue (child issues included), trip and visit', () => {
    expect(ids(events(ds, { issue: 'us-china-communication' }))).toEqual(['biden-xi-summit-2023-11-15']);
    expect(ids(events(ds, { trip: 'blinken-antony-j-2023-11-03' }))).toEqual(['g7-foreign-ministers-2023-11-07']);
    expect(ids(events(ds, { visit: 'hsg-travel-4229' }))).toEqual(['blinken-wang-2024-04-26']);
  });
  it('keeps only derived or only curated events', () => {
    const withDerived = structuredClone(ds) as typeof ds & { events: { derivedBy?: unknown }[] };
    withDerived.events.find((e) => (e as { id: string }).id === 'g7-foreign-ministers-2023-11-07')!.derivedBy = { rule: 'attended-g7-foreign-ministers', recordIds: ['hsg-travel-4181'] };
    expect(ids(events(withDerived, { derived: true }))).toEqual(['g7-foreign-ministers-2023-11-07']);
    expect(ids(events(withDerived, { derived: false }))).toEqual(['us-japan-2plus2-2021-03-16', 'biden-xi-summit-2023-11-15', 'blinken-wang-2024-04-26']);
    expect(() => events(ds, { derived: 'yes' as never })).toThrow(/filter\.derived/);
  });
  it('refuses bad input', () => {
    expect(() => events(ds, { series: 'G8' })).toThrow(UnknownIdError);
    expect(() => events(ds, { series: 'G8' })).toThrow(/filter\.series: unknown event series "G8".*"G7"/);
    expect(() => events(ds, { kind: 'sumit' as never })).toThrow(InvalidArgumentError);
    expect(() => events(ds, { kind: 'sumit' as never })).toThrow(/did you mean "summit"/);
    expect(() => events(ds, { from: 'last week' })).toThrow(/filter\.from/);
  });
});
