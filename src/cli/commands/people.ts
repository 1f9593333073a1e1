import { indexOf } from '../../query/_lib/dataset-index.js';
import { normalizeText } from '../../query/_lib/text.js';
import type { Person } from '../../schemas/person.js';
import { str, type Command } from '../command.js';
import { render, type Column } from '../format.js';

export const peopleCommand: Command = {
  name: 'people',
  summary: 'the people: travellers and participants, with their roles',
  usage: '[name] [options]',
  positionals: { min: 0, max: 1, names: '[name]' },
  options: {
    name: { type: 'string', value: 'text', description: 'only people whose name or id contains this (any case or accents)' },
  },
  examples: ['diplomatic-visits people blinken', 'diplomatic-visits people --format json'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const index = indexOf(ds);
    const text = str(ctx, 'name') ?? ctx.positionals[0];
    const needle = text === undefined ? undefined : normalizeText(text);
    const rows = needle === undefined ? ds.people : ds.people.filter((p) => normalizeText(p.name).includes(needle) || p.id.includes(needle));
    const latest = (p: Person) => p.roles[p.roles.length - 1];
    const columns: Column<Person>[] = [
      { header: 'id', value: (p) => p.id, min: Infinity },
      { header: 'name', value: (p) => p.name, min: 12 },
      { header: 'role', value: (p) => latest(p)?.title, min: 10 },
      { header: 'of', value: (p) => latest(p)?.country },
      { header: 'roles', value: (p) => p.roles.map((r) => `${r.title} (${r.country}${r.start ? ` ${r.start}..${r.end ?? ''}` : ''})`), csvOnly: true },
      { header: 'visits', value: (p) => index.visitsOfPerson(p.id).length, align: 'right' },
      { header: 'trips', value: (p) => index.tripsOfPerson(p.id).length, align: 'right' },
    ];
    ctx.out(render(ctx.format, rows, columns));
  },
};
