import { discrepancies } from '../../api.js';
import { evidenceFor } from '../../api.js';
import { issuesOf } from '../../api.js';
import { itinerary, type ItineraryStop } from '../../api.js';
import type { IssueRelation } from '../records.js';
import { STATUS_OPTION, statusValue, str, type Command } from '../command.js';
import { dateLegend, markDate, renderCsv, renderJson, renderTable, tableWidth, wrap, type Column } from '../format.js';
import { viaText } from './trips.js';

const STOP_COLUMNS: Column<ItineraryStop>[] = [
  { header: 'start', value: (s) => s.visit.start, tableValue: (s) => markDate(s.visit.start, s.visit.dateQualifier), min: Infinity },
  { header: 'end', value: (s) => s.visit.end, tableValue: (s) => markDate(s.visit.end, s.visit.dateQualifier), min: Infinity },
  { header: 'nights', value: (s) => s.nights, align: 'right' },
  { header: 'country', value: (s) => `${s.country?.name ?? ''} (${s.visit.country})`, min: 8 },
  { header: 'locality', value: (s) => s.visit.locality, min: 8 },
  { header: 'events', value: (s) => s.events.map((e) => e.name), min: 8 },
  { header: 'visit', value: (s) => s.visit.id, id: true },
];

export const tripCommand: Command = {
  name: 'trip',
  summary: 'one trip in full: itinerary, events, issues with evidence quotes, discrepancies',
  usage: '<trip-id> [options]',
  positionals: { min: 1, max: 1, names: '<trip-id>' },
  options: {
    relation: { type: 'string', value: 'rel', description: 'only the issues of this relation: agenda (discussed) or context (background); default both' },
    status: STATUS_OPTION,
  },
  description: 'json prints { trip, visits, events, issueLinks, discrepancies } with the records as in dataset.json\n(each issue link with `via`: how it reaches the trip); csv prints the itinerary. The discrepancies are\nthose about the trip, its visits and events, the sources they cite and their issue links.',
  examples: ['diplomatic-visits trip blinken-antony-j-2021-03-15', 'diplomatic-visits trip blinken-antony-j-2021-03-15 --relation agenda'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const status = statusValue(ctx);
    const plan = itinerary(ds, ctx.positionals[0]!, { status });
    const { trip, stops } = plan;
    // Agenda first, then context; each as issuesOf orders them (direct links first).
    const relation = str(ctx, 'relation') as IssueRelation | undefined;
    const links = [...issuesOf(ds, { type: 'trip', id: trip.id }, { relation, status })].sort((a, b) => Number(a.link.relation !== 'agenda') - Number(b.link.relation !== 'agenda'));
    const events = [...new Map(stops.flatMap((s) => s.events).map((e) => [e.id, e])).values()];
    const problems = discrepancies(ds, { type: 'trip', id: trip.id });
    if (ctx.format === 'json') {
      ctx.out(renderJson({
        trip,
        visits: stops.map((s) => s.visit),
        events,
        issueLinks: links.map((i) => ({ via: i.via, link: i.link })),
        discrepancies: problems,
      }));
      return;
    }
    if (ctx.format === 'csv') {
      ctx.out(renderCsv(stops, STOP_COLUMNS));
      return;
    }
    const person = ds.people.find((p) => p.id === trip.personId);
    const out: string[] = [];
    out.push(...wrap(`${trip.title}  (${trip.id})`));
    // A trip that never happened may have no dates at all: say so rather than print a day as its length.
    const when = trip.dateQualifier === 'unknown' ? `dates unknown (reported by ${trip.end})` : `${trip.start} to ${trip.end}, ${plan.nights} night${plan.nights === 1 ? '' : 's'}`;
    out.push(`${person?.name ?? trip.personId}, ${when}, ${stops.length} stop${stops.length === 1 ? '' : 's'}; ${trip.derived ? 'grouped from official records' : 'curated'}${trip.status ? `; ${trip.status}, did not take place` : ''}`);
    // Why the importer drew the trip where it did (derived trips only).
    if (trip.grouping) out.push(...wrap(`grouping: ${trip.grouping.rule}; ${trip.grouping.note}`, 100, '', '  '));
    out.push('', 'Itinerary', renderTable(stops, STOP_COLUMNS).trimEnd(), ...dateLegend(stops.map((s) => s.visit)));
    if (events.length) {
      out.push('', 'Events');
      for (const e of events) out.push(...wrap(`${e.start}${e.end !== e.start ? `..${e.end}` : ''}  ${e.name} (${e.kind}${e.series ? `, ${e.series}` : ''}; ${e.id})`, tableWidth(), '  ', '    '));
    }
    out.push('', relation ? `Issues (${relation})` : 'Issues');
    if (links.length === 0) out.push(relation ? `  no ${relation} issue recorded` : '  none recorded');
    for (const i of links) {
      out.push(...wrap(`${i.link.relation}  ${i.issue.label} (${i.issue.id}) [${viaText(i)}]`, tableWidth(), '  ', '    '));
      out.push(...wrap(i.link.summary, tableWidth(), '    ', '    '));
      for (const e of evidenceFor(ds, i.link.id).evidence) {
        const source = e.source ? [e.source.title, e.source.publisher, e.source.published].filter(Boolean).join(', ') : e.sourceId;
        out.push(...wrap(`“${e.quote}” — ${source}`, tableWidth(), '    > ', '      '));
      }
    }
    if (problems.length) {
      out.push('', 'Discrepancies');
      for (const d of problems) {
        const about = d.subjects.map((s) => `${s.type} ${s.id}`).join(', ');
        out.push(...wrap(`${d.id} (about ${about}): ${d.description} (sources: ${d.sourceIds.join(', ')})`, tableWidth(), '  ', '    '));
        if (d.resolution) out.push(...wrap(`resolution: ${d.resolution}`, tableWidth(), '    ', '    '));
      }
    }
    ctx.out(`${out.join('\n')}\n`);
  },
};
