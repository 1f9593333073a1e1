/**
 * Curated facts win: a derived event or issue link that the curated layer
 * already states (data/curated/*.json) is not written, so the two layers
 * never say the same thing twice or disagree. The import report lists what
 * was left to the curated layer.
 */
import type { Event } from '../../../src/schemas/event.js';
import type { Issue, IssueLink } from '../../../src/schemas/issue.js';
import type { Trip } from '../../../src/schemas/trip.js';
import type { VisitAnnotation } from '../../../src/schemas/visit.js';
import { daysBetween } from '../text.js';

export interface CuratedLayer {
  events: readonly Event[];
  issues: readonly Issue[];
  issueLinks: readonly IssueLink[];
  trips: readonly Trip[];
  annotations: readonly VisitAnnotation[];
}

/** Days two meetings may lie apart and still be the same one (the records date the visits, not the meeting). */
const SLACK_DAYS = 3;

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }): boolean =>
  daysBetween(a.end, b.start) <= SLACK_DAYS && daysBetween(b.end, a.start) <= SLACK_DAYS;

/** The curated event that holds the same meeting as a derived one, if any. */
export function curatedEventFor(event: Event, curated: CuratedLayer): Event | undefined {
  return curated.events.find(
    (c) =>
      c.id === event.id ||
      (c.country === event.country &&
        overlaps(c, event) &&
        // A bilateral summit on the margins (Biden–Xi at Bali) is not the G20 summit itself.
        (c.series !== undefined || event.series !== undefined ? c.series === event.series : c.kind === event.kind)),
  );
}

/** Issue ids equal to `id` or above or below it in the vocabulary's hierarchy. */
function relatedIssues(id: string, issues: readonly Issue[]): Set<string> {
  const parent = new Map(issues.filter((i) => i.parentId).map((i) => [i.id, i.parentId!]));
  const ancestors = (x: string): string[] => {
    const out: string[] = [];
    for (let p = parent.get(x); p !== undefined && !out.includes(p); p = parent.get(p)) out.push(p);
    return out;
  };
  const related = new Set([id, ...ancestors(id)]);
  for (const i of issues) if (ancestors(i.id).includes(id)) related.add(i.id);
  return related;
}

/**
 * The curated link that already ties the visit (directly, through a curated
 * trip that lists it, or through a curated event it is annotated with) to the
 * same issue, or to one above or below it.
 */
export function curatedLinkFor(link: IssueLink, curated: CuratedLayer): IssueLink | undefined {
  const visitId = link.subject.id;
  const subjects = new Set<string>([`visit|${visitId}`]);
  for (const t of curated.trips) if (t.visitIds.includes(visitId)) subjects.add(`trip|${t.id}`);
  for (const a of curated.annotations) if (a.visitId === visitId) for (const e of a.eventIds ?? []) subjects.add(`event|${e}`);
  const related = relatedIssues(link.issueId, curated.issues);
  return curated.issueLinks.find((c) => subjects.has(`${c.subject.type}|${c.subject.id}`) && related.has(c.issueId));
}
