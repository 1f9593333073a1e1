import { people } from '../../api.js';
import type { Person } from '../records.js';
import { UsageError, str, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { clip } from '../../util/terminal.js';
import { LIST_OPTIONS, countsBy, listRows } from '../list.js';

export const peopleCommand: Command = {
  name: 'people',
  summary: 'the people: travellers and participants, with their roles',
  usage: '[name words...] [options]',
  positionals: { min: 0, max: Infinity, names: '[name words...]' },
  description: 'The words, or --name, select the people whose name or id holds every word, in any order.',
  options: {
    name: { type: 'string', value: 'text', description: 'only people whose name or id holds every word of this (any case or accents)' },
    ...LIST_OPTIONS,
  },
  examples: ['diplomatic-visits people blinken', 'diplomatic-visits people blinken antony', 'diplomatic-visits people --format json'],
  async run(ctx) {
    const ds = await ctx.dataset();
    if (str(ctx, 'name') !== undefined && ctx.positionals.length) {
      throw new UsageError(`people: unexpected argument "${clip(ctx.positionals[0]!)}": give the name as words or with --name, not both (quote a name of several words: --name "antony blinken")`);
    }
    const text = str(ctx, 'name') ?? (ctx.positionals.length ? ctx.positionals.join(' ') : undefined);
    // Blank text would select everyone: a name that says nothing is a mistake, not "all".
    if (text !== undefined && !/[^\s,]/.test(text)) {
      throw new UsageError(`people: ${str(ctx, 'name') !== undefined ? '--name' : 'the name words'} ${JSON.stringify(clip(text, 30))}: expected a word of a name or id, such as blinken`);
    }
    const rows = people(ds, { name: text });
    const visitCount = countsBy(ds, ds.visits, 'person');
    const tripCount = countsBy(ds, ds.trips, 'person');
    const latest = (p: Person) => p.roles[p.roles.length - 1];
    const columns: Column<Person>[] = [
      { header: 'id', value: (p) => p.id, id: true },
      { header: 'name', value: (p) => p.name, min: 12 },
      { header: 'role', value: (p) => latest(p)?.title, min: 10 },
      { header: 'of', value: (p) => latest(p)?.country, id: true },
      {
        header: 'roles',
        // A foreign leader's role has the dates of its records, marked "seen", not a term.
        value: (p) => p.roles.map((r) => `${r.title} (${r.country}${r.start ? ` ${r.start}..${r.end ?? ''}` : r.firstSeen ? ` seen ${r.firstSeen}..${r.lastSeen ?? ''}` : ''})`),
        csvOnly: true,
      },
      { header: 'visits', value: (p) => visitCount(p.id), align: 'right' },
      { header: 'trips', value: (p) => tripCount(p.id), align: 'right' },
    ];
    ctx.out(render(ctx.format, listRows(ctx, rows, columns), columns));
  },
};
