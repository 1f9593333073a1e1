import type { CountryCode, IssueId, PersonId } from '../../api.js';
import { events } from '../../api.js';
import type { Event, EventKind } from '../records.js';
import { FILTER_OPTIONS, UsageError, many, str, type Command } from '../command.js';
import { dateLegend, markDate, render, shortKind, type Column } from '../format.js';
import { COUNT_BY_OPTION, LIST_OPTIONS, listRows, printCounts } from '../list.js';

export const EVENT_COLUMNS: Column<Event>[] = [
  { header: 'start', value: (e) => e.start, tableValue: (e) => markDate(e.start, e.dateQualifier), min: Infinity },
  { header: 'end', value: (e) => e.end, csvOnly: true },
  { header: 'kind', value: (e) => e.kind, tableValue: (e) => shortKind(e.kind), min: 8 },
  { header: 'series', value: (e) => e.series, csvOnly: true },
  { header: 'country', value: (e) => e.country, id: true },
  { header: 'locality', value: (e) => e.locality, csvOnly: true },
  { header: 'name', value: (e) => e.name, min: 12 },
  { header: 'participants', value: (e) => e.participantIds, csvOnly: true },
  { header: 'derived_by', value: (e) => e.derivedBy?.rule, csvOnly: true },
  { header: 'id', value: (e) => e.id, id: true },
];

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list summits, ministerials, dialogues, meetings and calls',
  usage: '[options]',
  options: {
    person: { type: 'string', value: 'id', description: 'a participant, e.g. blinken-antony-j' },
    country: FILTER_OPTIONS.country,
    region: FILTER_OPTIONS.region,
    subregion: FILTER_OPTIONS.subregion,
    from: FILTER_OPTIONS.from,
    to: FILTER_OPTIONS.to,
    kind: { type: 'string', multiple: true, value: 'kind', description: 'summit, ministerial, dialogue, bilateral-meeting, call, conference, press-conference, ceremony (repeatable, or a comma list)' },
    series: { type: 'string', value: 'name', description: 'G7, G20, APEC, Quad, C5+1, 2+2, ...' },
    issue: { type: 'string', value: 'id', description: 'issue linked to the event, child issues included' },
    trip: { type: 'string', value: 'id', description: "the events of a trip's visits" },
    visit: { type: 'string', value: 'id', description: 'the events of a visit' },
    derived: { type: 'boolean', description: 'only events derived from the official remarks ("Attended …")' },
    curated: { type: 'boolean', description: 'only curated events' },
    ...LIST_OPTIONS,
    ...COUNT_BY_OPTION,
  },
  examples: ['diplomatic-visits events --person blinken-antony-j --series G20', 'diplomatic-visits events --series NATO --kind summit --derived'],
  async run(ctx) {
    if (ctx.values.derived === true && ctx.values.curated === true) throw new UsageError('events: give --derived or --curated, not both');
    const ds = await ctx.dataset();
    const found = events(ds, {
      person: str(ctx, 'person') as PersonId | undefined,
      country: many<CountryCode>(ctx, 'country'),
      region: str(ctx, 'region'),
      subregion: str(ctx, 'subregion'),
      from: str(ctx, 'from'),
      to: str(ctx, 'to'),
      kind: many<EventKind>(ctx, 'kind'),
      series: str(ctx, 'series'),
      issue: str(ctx, 'issue') as IssueId | undefined,
      trip: str(ctx, 'trip'),
      visit: str(ctx, 'visit'),
      derived: ctx.values.derived === true ? true : ctx.values.curated === true ? false : undefined,
    });
    if (printCounts(ctx, ds, found)) return;
    const rows = listRows(ctx, found, EVENT_COLUMNS);
    ctx.out(render(ctx.format, rows, EVENT_COLUMNS, rows, undefined, dateLegend(rows)));
  },
};
