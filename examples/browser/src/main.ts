// A dashboard of the curated trips imports `diplomatic-visits/curated`: the curated layer and
// what it references, not the 7,500 official visits. The bundler picks its browser build
// (no fs), which brings that data along. No JSON import, no configuration.
import { getDataset, issuesOf, itinerary, trips, type Dataset, type Itinerary, type IssueOf } from 'diplomatic-visits/curated';
import './style.css';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
const range = (start: string, end: string) => (start === end ? day(start) : dateFormat.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)));

/** A new element with attributes and children; text goes in as text, never as HTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child != null) el.append(child);
  return el;
}

/** The distinct issues of a trip, agenda before context, each once. */
function tripIssues(links: readonly IssueOf[]): { id: string; label: string; relation: 'agenda' | 'context' }[] {
  const byId = new Map<string, { id: string; label: string; relation: 'agenda' | 'context' }>();
  for (const { issue, link } of links) {
    const known = byId.get(issue.id);
    if (!known) byId.set(issue.id, { id: issue.id, label: issue.label, relation: link.relation });
    else if (link.relation === 'agenda') known.relation = 'agenda';
  }
  return [...byId.values()].sort((a, b) => (a.relation === b.relation ? a.label.localeCompare(b.label) : a.relation === 'agenda' ? -1 : 1));
}

function renderTrip(ds: Dataset, { trip, stops }: Itinerary): HTMLElement {
  const person = ds.people.find((p) => p.id === trip.personId);
  const issues = tripIssues(issuesOf(ds, { type: 'trip', id: trip.id }));
  return h(
    'article',
    { class: 'trip', 'data-trip-id': trip.id, 'data-person-id': trip.personId, 'data-start': trip.start },
    h('p', { class: 'trip-dates' }, range(trip.start, trip.end), trip.dateQualifier ? h('span', { class: 'qualifier' }, ` (${trip.dateQualifier})`) : null),
    h('h3', { class: 'trip-title' }, trip.title),
    h('p', { class: 'traveler' }, person?.name ?? trip.personId),
    h(
      'ol',
      { class: 'stops' },
      ...stops.map(({ visit, country, events }) =>
        h(
          'li',
          { class: 'stop', 'data-visit-id': visit.id, 'data-country': visit.country },
          h('span', { class: 'place' }, visit.locality ? `${visit.locality}, ${country.name}` : country.name),
          h('span', { class: 'stop-dates' }, range(visit.start, visit.end), visit.dateQualifier ? ` (${visit.dateQualifier})` : ''),
          events.length ? h('span', { class: 'events' }, events.map((e) => e.name).join(' · ')) : null,
        ),
      ),
    ),
    issues.length
      ? h(
          'ul',
          { class: 'issues', 'aria-label': 'Issues' },
          ...issues.map((i) => h('li', { class: `issue ${i.relation}`, 'data-issue-id': i.id, title: i.relation === 'agenda' ? 'on the agenda' : 'context' }, i.label)),
        )
      : h('p', { class: 'no-issues' }, 'No issue linked yet.'),
  );
}

function render(): void {
  const main = document.getElementById('timeline')!;
  const ds = getDataset();
  const curated = trips(ds, { derived: false });
  document.getElementById('meta')!.textContent =
    `${curated.length} curated trips · diplomatic-visits/curated ${ds.meta.version} (schema ${ds.meta.schemaVersion}), ` +
    `${ds.meta.counts.visits.toLocaleString('en')} visits · sha256 ${ds.meta.sha256.slice(0, 12)}…`;

  const years = new Map<string, HTMLElement[]>();
  for (const trip of curated) {
    const year = trip.start.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), renderTrip(ds, itinerary(ds, trip.id))]);
  }
  main.replaceChildren(
    ...(curated.length
      ? [...years].map(([year, cards]) => h('section', { class: 'year', 'data-year': year }, h('h2', {}, year), ...cards))
      : [h('p', { class: 'empty' }, 'The dataset has no curated trips yet.')]),
  );
  main.removeAttribute('aria-busy');
  document.body.dataset.ready = 'true';
}

try {
  render();
} catch (error) {
  document.getElementById('timeline')!.replaceChildren(h('pre', { class: 'error' }, String((error as Error).stack ?? error)));
  document.body.dataset.ready = 'error';
  throw error;
}
