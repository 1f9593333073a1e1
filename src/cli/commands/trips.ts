import { issuesOf, type IssueOf } from '../../api.js';
import { trips } from '../../api.js';
import type { Dataset } from '../records.js';
import type { Trip } from '../records.js';
import { FILTER_OPTIONS, UsageError, filterValues, type Command } from '../command.js';
import { daysBetween } from '../../util/dates.js';
import { dateLegend, markDate, render, type Column } from '../format.js';
import { COUNT_BY_OPTION, LIST_OPTIONS, listRows, printCounts } from '../list.js';

/** Where an inherited link comes from, in a few words. */
export function viaText(i: IssueOf<Dataset>): string {
  return i.via === 'direct' ? i.from.type : `${i.via} ${i.from.id}`;
}

// The trips listed were chosen with --status already: look each one up whatever its status.
function agenda(ds: Dataset, tripId: string): readonly IssueOf<Dataset>[] {
  return issuesOf(ds, { type: 'trip', id: tripId }, { status: 'all' });
}

// The visits by id, made once per dataset when the stops column is first asked for.
const visitsById = new WeakMap<Dataset, ReadonlyMap<string, Dataset['visits'][number]>>();

function stops(ds: Dataset, trip: Trip): string[] {
  let byId = visitsById.get(ds);
  if (!byId) visitsById.set(ds, (byId = new Map(ds.visits.map((v) => [v.id, v]))));
  return trip.visitIds.map((id) => byId.get(id)?.country ?? '?');
}

export const tripsCommand: Command = {
  name: 'trips',
  summary: 'list trips: each with its dates and stops, and with --with-issues its agenda',
  usage: '[options]',
  description: [
    'A trip matches --country, --region, --kind, --event or --traveler when one of its visits does,',
    'and --from/--to when its dates overlap the range. --issue matches trips linked to the issue',
    'directly or through their visits and events. See `trip <id>` for one trip in full.',
  ].join('\n'),
  options: {
    ...FILTER_OPTIONS,
    derived: { type: 'boolean', description: 'only trips grouped from consecutive official records' },
    curated: { type: 'boolean', description: 'only curated trips' },
    'with-issues': { type: 'boolean', description: 'show the issues on each trip (agenda and context, with where each link sits)' },
    ...LIST_OPTIONS,
    ...COUNT_BY_OPTION,
  },
  examples: [
    'diplomatic-visits trips --person blinken-antony-j --from 2023-11-01 --to 2023-11-30 --with-issues',
    'diplomatic-visits trips --issue taiwan',
  ],
  async run(ctx) {
    const ds = await ctx.dataset();
    if (ctx.values.derived === true && ctx.values.curated === true) throw new UsageError('trips: give --derived or --curated, not both');
    const derived = ctx.values.derived === true ? true : ctx.values.curated === true ? false : undefined;
    const found = trips(ds, { ...filterValues(ctx), derived });
    if (printCounts(ctx, ds, found)) return;
    const withIssues = ctx.values['with-issues'] === true;
    // Each trip's issues, found when first asked for (the rows are sorted and cut after the columns are made).
    const cache = new Map<string, readonly IssueOf<Dataset>[]>();
    const issues = { get: (id: string) => cache.get(id) ?? cache.set(id, agenda(ds, id)).get(id) };
    const ids = (t: Trip, relation: string) => [...new Set(issues.get(t.id)!.filter((i) => i.link.relation === relation).map((i) => i.issue.id))];
    const columns: Column<Trip>[] = [
      { header: 'id', value: (t) => t.id, id: true },
      { header: 'start', value: (t) => t.start, tableValue: (t) => markDate(t.start, t.dateQualifier), min: Infinity },
      // The table shows the length (the id holds the start date); CSV gives the end date.
      { header: 'end', value: (t) => t.end, csvOnly: true },
      { header: 'days', value: (t) => daysBetween(t.start, t.end) + 1, align: 'right', tableOnly: true },
      { header: 'title', value: (t) => t.title, min: 30 },
      // The country codes of the stops, in CSV (the titles name the countries; `trip <id>` lists them).
      { header: 'stops', value: (t) => stops(ds, t).join(' '), csvOnly: true },
      { header: 'person', value: (t) => t.personId, csvOnly: true },
      { header: 'visits', value: (t) => t.visitIds, csvOnly: true },
      { header: 'derived', value: (t) => t.derived, csvOnly: true },
      { header: 'status', value: (t) => t.status, omitWhenEmpty: true, min: 9 },
      ...(withIssues
        ? [
            { header: 'agenda', value: (t: Trip) => ids(t, 'agenda'), csvOnly: true },
            { header: 'context', value: (t: Trip) => ids(t, 'context'), csvOnly: true },
          ]
        : []),
    ];
    const rows = listRows(ctx, found, columns);
    const notes = withIssues
      ? (t: Trip) => {
          const list = issues.get(t.id)!;
          if (list.length === 0) return ['issues: none recorded'];
          // One line per relation and place the links sit: `agenda (event g7-…): a, b`.
          const groups = new Map<string, string[]>();
          for (const i of list) {
            const key = `${i.link.relation} (${viaText(i)})`;
            groups.set(key, [...(groups.get(key) ?? []), i.issue.id]);
          }
          return [...groups].sort(([a], [b]) => Number(a.startsWith('context')) - Number(b.startsWith('context'))).map(([key, ids]) => `${key}: ${[...new Set(ids)].join(', ')}`);
        }
      : undefined;
    const json = withIssues
      ? rows.map((trip) => ({
          trip,
          issues: issues.get(trip.id)!.map((i) => ({ issueId: i.issue.id, relation: i.link.relation, via: i.via, from: i.from, linkId: i.link.id })),
        }))
      : rows;
    ctx.out(render(ctx.format, rows, columns, json, notes, dateLegend(rows)));
  },
};
