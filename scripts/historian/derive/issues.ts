/**
 * Agenda issue links from "Discussed …" remarks: each topic a remark says was
 * discussed (scripts/historian/derive/issue-rules.ts) becomes an `agenda` link
 * from the visit to the issue, citing the sentence and the records. A remark
 * that only says whom the traveller met ("Met with King Abdullah", "State
 * visit.") gets none: no issue is inferred from a country or a person.
 */
import type { IssueLink } from '../../../src/schemas/issue.js';
import type { Visit } from '../../../src/schemas/visit.js';
import { compareIds } from '../../../src/util/canonical.js';
import { compareStrings } from '../text.js';
import { ISSUE_RULES, type IssueRule } from './issue-rules.js';
import { clauses } from './remarks.js';
import { recordIdsOf, sourceOf } from './util.js';

/** "discussed", "Discussed", "discussions on/of/about …". */
const DISCUSSED = /\b[Dd]iscuss(?:ed|ing)\b|\b[Dd]iscussions? (?:on|of|about|concerning|regarding)\b/;
/** Where the topic ends: the people it was discussed with, or the next thing done. */
const TOPIC_END = / with | during |,? and (?:met|attended|signed|visited|addressed|held|delivered|toured|accompanied|conferred)\b/;

export interface Discussion {
  rule: IssueRule;
  /** The sentence that says it was discussed. */
  quote: string;
  topic: string;
}

/** Every issue a visit's remark says was discussed, one per issue, in rule order. */
export function discussionsOf(visit: Visit): Discussion[] {
  if (!visit.remarks) return [];
  const out: Discussion[] = [];
  for (const c of clauses(visit.remarks, DISCUSSED, TOPIC_END)) {
    for (const rule of ISSUE_RULES) {
      if (out.some((d) => d.rule.issueId === rule.issueId)) continue;
      if (rule.from && visit.start < rule.from) continue;
      if (rule.until && visit.start > rule.until) continue;
      if (!rule.pattern.test(c.clause) || rule.unless?.test(c.clause)) continue;
      out.push({ rule, quote: c.sentence, topic: c.clause });
    }
  }
  return out;
}

export interface DerivedIssueLinks {
  links: IssueLink[];
  byRule: Record<string, number>;
}

/**
 * One `agenda` link per visit and issue discussed. `keep(link)` lets the
 * caller drop a link the curated layer already makes.
 */
export function deriveIssueLinks(
  visits: readonly Visit[],
  labelOf: (issueId: string) => string,
  keep: (link: IssueLink) => boolean = () => true,
): DerivedIssueLinks {
  const links: IssueLink[] = [];
  const byRule: Record<string, number> = {};
  for (const rule of ISSUE_RULES) byRule[rule.id] = 0;
  for (const visit of visits) {
    for (const d of discussionsOf(visit)) {
      const link: IssueLink = {
        id: `${visit.id}-${d.rule.issueId}`,
        issueId: d.rule.issueId,
        subject: { type: 'visit', id: visit.id },
        relation: 'agenda',
        summary: `Discussed, as the official record states: ${d.topic}. Read as ${labelOf(d.rule.issueId)}.`,
        evidence: [{ sourceId: sourceOf(visit), quote: d.quote }],
        derivedBy: { rule: d.rule.id, recordIds: recordIdsOf(visit) },
      };
      if (!keep(link)) continue;
      links.push(link);
      byRule[d.rule.id]!++;
    }
  }
  links.sort((a, b) => compareIds(a.id, b.id));
  return { links, byRule };
}
