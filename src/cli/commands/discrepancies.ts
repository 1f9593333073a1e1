import { UnknownIdError, isUnknownIdError } from '../../api.js';
import { discrepancies } from '../../api.js';
import type { Discrepancy, DiscrepancySubject } from '../records.js';
import { str, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { LIST_OPTIONS, listRows } from '../list.js';

const about = (d: Discrepancy) => d.subjects.map((s) => `${s.type} ${s.id}`);

const COLUMNS: Column<Discrepancy>[] = [
  { header: 'id', value: (d) => d.id, id: true },
  { header: 'about', value: about, id: true },
  { header: 'sources', value: (d) => d.sourceIds, csvOnly: true },
  { header: 'description', value: (d) => d.description, csvOnly: true },
  { header: 'resolution', value: (d) => d.resolution, csvOnly: true },
];

/** The filter flags, in the order they are applied, and the subject type each names. */
const FILTERS = [
  ['trip', 'trip'],
  ['visit', 'visit'],
  ['event', 'event'],
  ['source', 'source'],
  ['person', 'person'],
] as const;

export const discrepanciesCommand: Command = {
  name: 'discrepancies',
  summary: 'where sources disagree or an official record is incomplete: all, or those about one record',
  usage: '[options]',
  description: [
    'With no option: every discrepancy, by id. --trip, --visit or --event: those about it, about the',
    'sources it cites and its issue links, and (a trip) about its visits and their events. --source and',
    '--person: those that name that source or person. Several filters: the discrepancies all of them match.',
    'The table shows each description under its row; json prints the discrepancy records as in',
    'dataset.json; csv adds the description and resolution.',
  ].join('\n'),
  options: {
    trip: { type: 'string', value: 'id', description: 'about a trip, e.g. blinken-antony-j-2024-04-24' },
    visit: { type: 'string', value: 'id', description: 'about a visit, e.g. hsg-travel-4229' },
    event: { type: 'string', value: 'id', description: 'about an event' },
    source: { type: 'string', value: 'id', description: 'about a source, e.g. hsg-travels' },
    person: { type: 'string', value: 'id', description: 'about a person, e.g. blinken-antony-j' },
    ...LIST_OPTIONS,
  },
  examples: ['diplomatic-visits discrepancies', 'diplomatic-visits discrepancies --trip blinken-antony-j-2024-04-24', 'diplomatic-visits discrepancies --format csv'],
  async run(ctx) {
    const ds = await ctx.dataset();
    let rows: readonly Discrepancy[] | undefined;
    for (const [flag, type] of FILTERS) {
      const id = str(ctx, flag);
      if (id === undefined) continue;
      let found: readonly Discrepancy[];
      try {
        found = discrepancies(ds, { type, id } as DiscrepancySubject);
      } catch (error) {
        // Name the flag the user typed, not the helper's argument.
        if (isUnknownIdError(error) && error.argument.startsWith('subject')) {
          throw new UnknownIdError(`--${flag}`, error.kind, error.received, error.suggestions, error.expected);
        }
        throw error;
      }
      rows = rows === undefined ? found : rows.filter((d) => found.includes(d));
    }
    rows ??= discrepancies(ds);
    const notes = (d: Discrepancy) => [d.description, ...(d.resolution ? [`resolution: ${d.resolution}`] : []), `sources: ${d.sourceIds.join(', ')}`];
    rows = listRows(ctx, rows, COLUMNS);
    ctx.out(render(ctx.format, rows, COLUMNS, rows, notes));
  },
};
