import { search, SEARCH_TYPES, type SearchHit, type SearchType } from '../../api.js';
import { count, many, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { SORT_OPTIONS, listRows } from '../list.js';

const COLUMNS: Column<SearchHit>[] = [
  { header: 'type', value: (h) => h.type },
  { header: 'id', value: (h) => h.id, id: true },
  { header: 'field', value: (h) => h.field, min: 6 },
  { header: 'text', value: (h) => h.text, min: 20 },
];

export const searchCommand: Command = {
  name: 'search',
  summary: 'find names, titles, remarks, summaries and quotes (any case or accents)',
  usage: '<words...> [options]',
  positionals: { min: 1, max: Infinity, names: '<words...>' },
  description: 'json prints { type, id, field, record } for each hit, the record as in dataset.json.',
  options: {
    type: { type: 'string', multiple: true, value: 'type', description: `only these collections: ${SEARCH_TYPES.join(', ')} (repeatable, or a comma list)` },
    limit: { type: 'string', value: 'n', description: 'at most n hits' },
    ...SORT_OPTIONS,
  },
  examples: ['diplomatic-visits search erdogan', 'diplomatic-visits search security consultative --type visit'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const limit = count(ctx, 'limit', 1);
    const given = many<SearchType>(ctx, 'type');
    const types = given === undefined ? undefined : ([] as SearchType[]).concat(given);
    const hits = listRows(ctx, search(ds, ctx.positionals.join(' '), { types, limit }), COLUMNS);
    ctx.out(render(ctx.format, hits, COLUMNS, hits.map(({ type, id, field, record }) => ({ type, id, field, record }))));
  },
};
