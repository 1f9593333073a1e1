import { visits } from '../../api.js';
import type { Visit } from '../records.js';
import { FILTER_OPTIONS, filterValues, str, type Command } from '../command.js';
import { dateLegend, markDate, render, shortKind, type Column } from '../format.js';
import { COUNT_BY_OPTION, LIST_OPTIONS, listRows, printCounts } from '../list.js';

export const VISIT_COLUMNS: Column<Visit>[] = [
  { header: 'start', value: (v) => v.start, tableValue: (v) => markDate(v.start, v.dateQualifier), min: Infinity },
  { header: 'end', value: (v) => v.end, tableValue: (v) => markDate(v.end, v.dateQualifier), min: Infinity },
  { header: 'traveller', value: (v) => v.traveler.name, min: 20 },
  { header: 'person', value: (v) => v.traveler.personId, csvOnly: true },
  { header: 'title', value: (v) => v.traveler.title, csvOnly: true },
  { header: 'from', value: (v) => v.travelerCountry, csvOnly: true },
  // A foreign traveller's country and title at the time ("CN President"), country first so a squeezed cell keeps
  // it. US travellers' tables (most of them: Secretaries, Presidents) leave the column out; CSV has title and from.
  {
    header: 'as',
    value: (v) => (v.travelerCountry === 'US' ? undefined : [v.travelerCountry, v.traveler.title].filter(Boolean).join(' ')),
    tableOnly: true,
    omitWhenEmpty: true,
    min: 9,
  },
  { header: 'country', value: (v) => v.country, id: true },
  { header: 'locality', value: (v) => v.locality, min: 8 },
  { header: 'kind', value: (v) => v.kind, tableValue: (v) => shortKind(v.kind), min: 8 },
  { header: 'trip', value: (v) => v.tripId, csvOnly: true },
  { header: 'events', value: (v) => v.eventIds, csvOnly: true },
  { header: 'dateQualifier', value: (v) => v.dateQualifier, csvOnly: true },
  // Shown only when --status brings in visits that did not take place.
  { header: 'status', value: (v) => v.status, omitWhenEmpty: true, min: 9 },
  { header: 'id', value: (v) => v.id, id: true },
  { header: 'remarks', value: (v) => v.remarks, csvOnly: true },
];

export const visitsCommand: Command = {
  name: 'visits',
  summary: 'list visits: who went where, when (filters combine)',
  usage: '[options]',
  options: {
    ...FILTER_OPTIONS,
    trip: { type: 'string', value: 'id', description: "a trip's visits" },
    ...LIST_OPTIONS,
    ...COUNT_BY_OPTION,
  },
  examples: [
    'diplomatic-visits visits --person blinken-antony-j --from 2023-11-01 --to 2023-11-30',
    'diplomatic-visits visits --kind secretary-travel --country CN --format csv',
    'diplomatic-visits visits --issue middle-east --from 2023-10-07 --format json',
    'diplomatic-visits visits --person blinken-antony-j --count-by country --limit 5',
    'diplomatic-visits visits --kind secretary-travel --locality Beijing --to 2022 --reverse --limit 1',
  ],
  async run(ctx) {
    const ds = await ctx.dataset();
    const found = visits(ds, { ...filterValues(ctx), trip: str(ctx, 'trip') });
    if (printCounts(ctx, ds, found)) return;
    const rows = listRows(ctx, found, VISIT_COLUMNS);
    ctx.out(render(ctx.format, rows, VISIT_COLUMNS, rows, undefined, dateLegend(rows)));
  },
};
