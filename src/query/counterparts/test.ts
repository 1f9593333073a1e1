import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { freshSmallDataset, smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { counterparts } from './index.js';

describe('counterparts', () => {
  it('lists the people met at events, most events first', () => {
    expect(counterparts(ds, 'blinken-antony-j').map((c) => [c.person.id, c.events.map((e) => e.id)])).toEqual([
      ['wang-yi', ['biden-xi-summit-2023-11-15', 'blinken-wang-2024-04-26']],
      ['austin-lloyd-j', ['us-japan-2plus2-2021-03-16']],
      ['biden-joseph-r', ['biden-xi-summit-2023-11-15']],
      ['motegi-toshimitsu', ['us-japan-2plus2-2021-03-16']],
      ['xi-jinping', ['biden-xi-summit-2023-11-15']],
    ]);
  });
  it('says the event counterparts rest on curated events', () => {
    expect(counterparts(ds, 'blinken-antony-j').every((c) => !c.derived && c.visits.length === 0)).toBe(true);
  });
  it('adds the people the remarks say were met, both ways, and says they are derived', () => {
    const withMet = freshSmallDataset();
    const visit = (id: string) => withMet.visits.find((v) => v.id === id)!;
    visit('hsg-travel-4182').counterparts = [{ personId: 'tito-josip-broz', quote: 'President Yoon Suk Yeol', rule: 'met-with' }];
    visit('hsg-travel-4229').counterparts = [
      { personId: 'xi-jinping', quote: 'President Xi Jinping', rule: 'met-with' },
      { name: 'Wang Yi', title: 'Foreign Minister', rule: 'met-with' },
    ];
    // Erdoğan's visit names Blinken: Blinken met him, seen from Blinken's side too.
    visit('hsg-visit-900').counterparts = [{ personId: 'blinken-antony-j', quote: 'the President', rule: 'met-with' }];
    const mine = counterparts(withMet, 'blinken-antony-j');
    const row = (id: string) => mine.find((c) => c.person.id === id);
    expect(row('xi-jinping')).toMatchObject({ derived: false, events: [{ id: 'biden-xi-summit-2023-11-15' }], visits: [{ id: 'hsg-travel-4229' }] });
    expect(row('tito-josip-broz')).toMatchObject({ derived: true, events: [], visits: [{ id: 'hsg-travel-4182' }] });
    expect(row('erdogan-recep-tayyip')).toMatchObject({ derived: true, events: [], visits: [{ id: 'hsg-visit-900' }] });
    // Most meetings first: Xi (an event and a visit) and Wang Yi (two events) lead.
    expect(mine.slice(0, 2).map((c) => c.person.id)).toEqual(['wang-yi', 'xi-jinping']);
    // Who met Xi: Blinken, by the remarks of Blinken's visit.
    expect(counterparts(withMet, 'xi-jinping').find((c) => c.person.id === 'blinken-antony-j')).toMatchObject({ visits: [{ id: 'hsg-travel-4229' }] });
    expect(counterparts(withMet, 'blinken-antony-j', { from: '2024-01-01' }).map((c) => c.person.id)).toEqual(['wang-yi', 'xi-jinping']);
  });
  it('keeps to the range', () => {
    expect(counterparts(ds, 'blinken-antony-j', { from: '2024-01-01' }).map((c) => c.person.id)).toEqual(['wang-yi']);
  });
  it('refuses an unknown person and a reversed range', () => {
    expect(() => counterparts(ds, 'wang')).toThrow(UnknownIdError);
    expect(() => counterparts(ds, 'wang')).toThrow(/personId: .*"wang-yi"/);
    expect(() => counterparts(ds, 'wang-yi', { from: '2024-01-02', to: '2024-01-01' })).toThrow(/range\.to: .*reversed/);
  });
});
