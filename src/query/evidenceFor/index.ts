import type { AnyDataset, BundledDataset, EventIn, IssueIn, IssueLinkIn, Source, TripIn, VisitIn } from '../_lib/records.js';
import { indexOf, referenced } from '../_lib/dataset-index.js';
import { checkLink } from '../_lib/validate.js';

/** One quote and the source it comes from. */
export interface EvidenceQuote {
  quote: string;
  sourceId: string;
  source: Source | undefined;
}

/** An issue link with its issue, its subject and its evidence, sources resolved. */
export interface LinkEvidence<D extends AnyDataset = BundledDataset> {
  link: IssueLinkIn<D>;
  issue: IssueIn<D>;
  subject: { type: 'trip'; record: TripIn<D> } | { type: 'visit'; record: VisitIn<D> } | { type: 'event'; record: EventIn<D> };
  evidence: readonly EvidenceQuote[];
}

/**
 * The evidence behind an issue link: each verbatim quote with its source
 * (title, publisher, url), the issue and the trip, visit or event it is about.
 *
 * @param ds - the dataset
 * @param linkId - an issue link id
 * @throws {UnknownIdError} an unknown link id, with the nearest valid ones
 *
 * @example
 * import { getDataset, evidenceFor, issuesOf } from 'diplomatic-visits';
 * const ds = getDataset();
 * const [first] = issuesOf(ds, 'blinken-antony-j-2021-03-15');
 * if (first) for (const e of evidenceFor(ds, first.link.id).evidence) console.log(`"${e.quote}" (${e.source?.title})`);
 * //=> ['"after the Trump administration accused Japan of being a security freeloader and sought a five-fold increase from Seoul in the money it spends to host American military personnel" (Blinken starts his first overseas trip, to Japan and South Korea)']
 */
export function evidenceFor<D extends AnyDataset = BundledDataset>(ds: D, linkId: string): LinkEvidence<D> {
  // A link by id, whatever its subject's status: the evidence is data either way.
  const index = indexOf(ds, 'all');
  const link = index.linkById.get(checkLink(index, 'linkId', linkId))!;
  const { type, id } = link.subject;
  const from = `issue link "${link.id}"`;
  const subject = (
    type === 'trip' ? { type, record: referenced(index.tripById, id, 'trip', from) }
    : type === 'visit' ? { type, record: referenced(index.visitById, id, 'visit', from) }
    : { type, record: referenced(index.eventById, id, 'event', from) }
  ) as LinkEvidence['subject'];
  return {
    link,
    issue: referenced(index.issues, link.issueId, 'issue', from),
    subject,
    evidence: link.evidence.map((e) => ({ quote: e.quote, sourceId: e.sourceId, source: index.sources.get(e.sourceId) })),
  };
}
