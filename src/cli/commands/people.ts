import { indexOf } from '../../query/_lib/dataset-index.js';
import { normalizeText } from '../../query/_lib/text.js';
import type { Person } from '../../query/_lib/records.js';
import { UsageError, str, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { clip } from '../../util/terminal.js';

export const peopleCommand: Command = {
  name: 'people',
  summary: 'the people: travellers and participants, with their roles',
  usage: '[name words...] [options]',
  positionals: { min: 0, max: Infinity, names: '[name words...]' },
  description: 'The words, or --name, select the people whose name or id holds every word, in any order.',
  options: {
    name: { type: 'string', value: 'text', description: 'only people whose name or id holds every word of this (any case or accents)' },
  },
  examples: ['diplomatic-visits people blinken', 'diplomatic-visits people blinken antony', 'diplomatic-visits people --format json'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const index = indexOf(ds);
    if (str(ctx, 'name') !== undefined && ctx.positionals.length) {
      throw new UsageError(`people: unexpected argument "${clip(ctx.positionals[0]!)}": give the name as words or with --name, not both (quote a name of several words: --name "antony blinken")`);
    }
    const text = str(ctx, 'name') ?? (ctx.positionals.length ? ctx.positionals.join(' ') : undefined);
    const words = text === undefined ? undefined : normalizeText(text).split(/[\s,]+/).filter(Boolean);
    const matches = (p: Person) => {
      // A foreign leader is found by any spelling the records use ("chinnawat" finds Thaksin Shinawatra).
      const name = `${normalizeText([p.name, ...(p.derivation?.names ?? [])].join(' '))} ${p.id}`;
      return words!.every((w) => name.includes(w));
    };
    // Blank text would select everyone: a name that says nothing is a mistake, not "all".
    if (words !== undefined && words.length === 0) {
      throw new UsageError(`people: ${str(ctx, 'name') !== undefined ? '--name' : 'the name words'} ${JSON.stringify(clip(text!, 30))}: expected a word of a name or id, such as blinken`);
    }
    const rows = words === undefined ? ds.people : ds.people.filter(matches);
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
      { header: 'visits', value: (p) => index.visitsOfPerson(p.id).length, align: 'right' },
      { header: 'trips', value: (p) => index.tripsOfPerson(p.id).length, align: 'right' },
    ];
    ctx.out(render(ctx.format, rows, columns));
  },
};
