import type { PersonId } from '../../api.js';
import { counterparts, type Counterpart } from '../../api.js';
import type { Dataset } from '../records.js';
import { FILTER_OPTIONS, UsageError, str, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { LIST_OPTIONS, listRows } from '../list.js';

const COLUMNS: Column<Counterpart<Dataset>>[] = [
  { header: 'person', value: (c) => c.person.id, id: true },
  { header: 'name', value: (c) => c.person.name, min: 12 },
  { header: 'events', value: (c) => c.events.length, align: 'right' },
  { header: 'visits', value: (c) => c.visits.length, align: 'right' },
  // derived: only the official remarks say so ("Met with …"); curated: a curated event lists both
  { header: 'source', value: (c) => (c.derived ? 'derived' : 'curated') },
  { header: 'eventIds', value: (c) => c.events.map((e) => e.id), csvOnly: true },
  { header: 'visitIds', value: (c) => c.visits.map((v) => v.id), csvOnly: true },
];

export const counterpartsCommand: Command = {
  name: 'counterparts',
  summary: 'the people a person met, and who met them, with the events and visits that say so',
  usage: '--person <id> [options]',
  description:
    'Who met --person, either way: on their own visits and events, and on other travellers\' visits whose remarks name them.\n' +
    'source: curated when a curated event lists both, derived when only the official remarks say so ("Met with …").\n' +
    'json: { person, events, visits, derived } each.',
  options: {
    person: { type: 'string', value: 'id', description: 'the person whose counterparts to list' },
    from: FILTER_OPTIONS.from,
    to: FILTER_OPTIONS.to,
    ...LIST_OPTIONS,
  },
  examples: ['diplomatic-visits counterparts --person blinken-antony-j', 'diplomatic-visits counterparts --person kissinger-henry-a --from 1973 --to 1974 --sort visits --reverse --limit 10'],
  async run(ctx) {
    const person = str(ctx, 'person');
    if (person === undefined) throw new UsageError('counterparts: give --person <id>');
    const ds = await ctx.dataset();
    const found = counterparts(ds, person as PersonId, { from: str(ctx, 'from'), to: str(ctx, 'to') });
    const rows = listRows(ctx, found, COLUMNS);
    ctx.out(render(ctx.format, rows, COLUMNS));
  },
};
