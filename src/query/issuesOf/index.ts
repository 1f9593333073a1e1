import type { AnyDataset, BundledDataset, IssueIn, IssueLinkIn, IssueRelation } from '../_lib/records.js';
import { indexOf, referenced } from '../_lib/dataset-index.js';
import { resolveSubject, type SubjectRef } from '../_lib/subject.js';
import { checkBoolean, checkEnum, checkOptions, ISSUE_RELATIONS } from '../_lib/validate.js';
import type { StatusFilter } from '../_lib/status.js';

export type { SubjectRef };

/** How a link reaches the subject asked about. */
export type LinkVia = 'direct' | 'trip' | 'visit' | 'event';

/** An issue on a subject's agenda, and the link that puts it there. */
export interface IssueOf<D extends AnyDataset = BundledDataset> {
  issue: IssueIn<D>;
  link: IssueLinkIn<D>;
  /**
   * `direct`: the link names the subject. `trip`: it names the visit's trip.
   * `visit`: it names one of the trip's visits. `event`: it names an event of the visit (or of one of the trip's visits).
   */
  via: LinkVia;
  /** The record the link names. */
  from: { type: 'trip' | 'visit' | 'event'; id: string };
}

/** Options of {@link issuesOf}. */
export interface IssuesOfOptions extends StatusFilter {
  /** Only links of this relation: `agenda` (discussed) or `context` (background). */
  relation?: IssueRelation;
  /** Include links inherited from the trip, its visits or events. Default true. */
  inherited?: boolean;
}

const VIA_ORDER: Record<LinkVia, number> = { direct: 0, trip: 1, visit: 2, event: 3 };

/**
 * The issues linked to a trip, visit or event, with how each is inherited.
 * A visit inherits its trip's links and its events' links; a trip gathers
 * its visits' links and their events' links; an event has its own links only.
 * Sorted: direct links first, then by how inherited, then by issue id.
 *
 * @param ds - the dataset
 * @param subject - `{ type, id }`, or an id that names one trip, visit or event
 * @param options - `relation`, `inherited`; `status` to reach a postponed or cancelled trip or visit (by
 *   default only travel that took place: such a subject is refused, naming its status)
 * @throws {UnknownIdError} an unknown id, with the nearest valid ones
 *
 * @example
 * import { getDataset, issuesOf } from 'diplomatic-visits';
 * issuesOf(getDataset(), { type: 'trip', id: 'blinken-antony-j-2021-03-15' })
 *   .map((i) => `${i.issue.label} (${i.link.relation}, via ${i.via})`)
 *   .slice(0, 3);
 * //=> ['Alliance burden-sharing (context, via direct)', 'US alliances in the Indo-Pacific (agenda, via direct)',
 * //    'Chinese coercion (context, via direct)']
 */
export function issuesOf<D extends AnyDataset = BundledDataset>(ds: D, subject: SubjectRef, options: IssuesOfOptions = {}): readonly IssueOf<D>[] {
  checkOptions('options', options, ['relation', 'inherited', 'status']);
  const index = indexOf(ds, options.status, 'options.status');
  const { type, id } = resolveSubject(index, 'subject', subject);
  const relation = options.relation === undefined ? undefined : checkEnum('options.relation', 'relation', options.relation, ISSUE_RELATIONS, new Set());
  const inherited = checkBoolean('options.inherited', options.inherited) ?? true;
  const out: IssueOf<AnyDataset>[] = [];
  const seen = new Set<string>();
  const add = (via: LinkVia, fromType: 'trip' | 'visit' | 'event', fromId: string) => {
    for (const link of index.linksOf(fromType, fromId)) {
      if (seen.has(link.id) || (relation && link.relation !== relation)) continue;
      seen.add(link.id);
      out.push({ issue: referenced(index.issues, link.issueId, 'issue', `issue link "${link.id}"`), link, via, from: { type: fromType, id: fromId } });
    }
  };
  add('direct', type, id);
  if (inherited && type === 'visit') {
    const visit = index.visitById.get(id)!;
    if (visit.tripId) add('trip', 'trip', visit.tripId);
    for (const e of visit.eventIds) add('event', 'event', e);
  } else if (inherited && type === 'trip') {
    const visits = index.visitsOfTrip(id);
    for (const v of visits) add('visit', 'visit', v.id);
    for (const v of visits) for (const e of v.eventIds) add('event', 'event', e);
  }
  return (out as unknown as IssueOf<D>[]).sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via] || (a.issue.id < b.issue.id ? -1 : a.issue.id > b.issue.id ? 1 : 0) || (a.link.id < b.link.id ? -1 : 1));
}
