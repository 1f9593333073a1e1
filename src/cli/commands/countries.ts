import type { PersonId } from '../../api.js';
import { countriesVisited, type CountryVisited } from '../../api.js';
import { countries } from '../../api.js';
import type { Country } from '../records.js';
import { FILTER_OPTIONS, UsageError, str, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { LIST_OPTIONS, countsBy, listRows } from '../list.js';

const VISITED_COLUMNS: Column<CountryVisited>[] = [
  { header: 'code', value: (c) => c.country.code, id: true },
  { header: 'country', value: (c) => c.country.name, min: 12 },
  { header: 'visits', value: (c) => c.visits, align: 'right' },
  { header: 'days', value: (c) => c.days, align: 'right' },
  { header: 'first', value: (c) => c.first, min: 10 },
  { header: 'last', value: (c) => c.last, min: 10 },
  { header: 'visitIds', value: (c) => c.visitIds, csvOnly: true },
];

export const countriesCommand: Command = {
  name: 'countries',
  summary: 'the countries, or those a person visited with counts of visits and days',
  usage: '[options]',
  description: 'With --person: the countries visited (own country left out), in the order first visited;\njson: { country, visits, days, first, last, visitIds } each. Without: the country records.',
  options: {
    person: { type: 'string', value: 'id', description: 'countries this person visited' },
    from: FILTER_OPTIONS.from,
    to: FILTER_OPTIONS.to,
    region: FILTER_OPTIONS.region,
    subregion: FILTER_OPTIONS.subregion,
    ...LIST_OPTIONS,
  },
  examples: ['diplomatic-visits countries --person blinken-antony-j --from 2023-11 --to 2023-11', 'diplomatic-visits countries --person blinken-antony-j --sort visits --reverse --limit 5', 'diplomatic-visits countries --region Asia'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const inArea = countries(ds, { region: str(ctx, 'region'), subregion: str(ctx, 'subregion') });
    const area = new Set(inArea.map((c) => c.code));
    const person = str(ctx, 'person');
    if (person !== undefined) {
      const found = countriesVisited(ds, person as PersonId, { from: str(ctx, 'from'), to: str(ctx, 'to') }).filter((c) => area.has(c.country.code));
      const rows = listRows(ctx, found, VISITED_COLUMNS);
      ctx.out(render(ctx.format, rows, VISITED_COLUMNS));
      return;
    }
    if (str(ctx, 'from') !== undefined || str(ctx, 'to') !== undefined) throw new UsageError('countries: --from and --to need --person');
    const visitCount = countsBy(ds, ds.visits, 'country');
    const columns: Column<Country>[] = [
      { header: 'code', value: (c) => c.code, id: true },
      { header: 'name', value: (c) => c.name, min: 12 },
      { header: 'region', value: (c) => c.region, min: 6 },
      { header: 'subregion', value: (c) => c.subregion, min: 8 },
      { header: 'former', value: (c) => (c.former ? 'yes' : '') },
      { header: 'visits', value: (c) => visitCount(c.code), align: 'right' },
      { header: 'historianSlugs', value: (c) => c.historianSlugs, csvOnly: true },
    ];
    ctx.out(render(ctx.format, listRows(ctx, inArea, columns), columns));
  },
};
