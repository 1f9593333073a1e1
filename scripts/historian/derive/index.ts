/**
 * Facts derived from the official remarks during the import: events from
 * "Attended …" (events.ts) and agenda issue links from "Discussed …"
 * (issues.ts), with the curated layer winning (curated.ts). Pure: the same
 * visits and curated files give the same output, byte for byte.
 */
import type { Event } from '../../../src/schemas/event.js';
import type { IssueLink } from '../../../src/schemas/issue.js';
import type { Visit } from '../../../src/schemas/visit.js';
import { compareStrings } from '../text.js';
import { curatedEventFor, curatedLinkFor, type CuratedLayer } from './curated.js';
import { EVENT_RULES } from './event-rules.js';
import { deriveEvents, type Contradicted } from './events.js';
import { ISSUE_RULES } from './issue-rules.js';
import { deriveIssueLinks } from './issues.js';

export type { CuratedLayer } from './curated.js';

export interface DerivedRuleUse {
  rule: string;
  /** What the rule derives. */
  derives: 'event' | 'issue-link';
  /** Events or issue links written. */
  records: number;
  /** Visits that gained one. */
  visits: number;
}

export interface DerivedReport {
  rules: DerivedRuleUse[];
  events: number;
  issueLinks: number;
  visitsWithEvent: number;
  visitsWithIssue: number;
  /** Visits whose remark names a meeting that visits in another country hold on the same dates (a record error): no event made. */
  contradicted: Contradicted[];
  /** Derived facts not written because the curated layer holds them: derived id -> curated id. */
  yieldedToCurated: { derived: string; curated: string }[];
}

export interface Derived {
  /** The visits, with the derived events added to `eventIds`. */
  visits: Visit[];
  events: Event[];
  issueLinks: IssueLink[];
  report: DerivedReport;
}

export function deriveFromRemarks(visits: readonly Visit[], curated: CuratedLayer, countryName: (code: string) => string): Derived {
  const yielded: DerivedReport['yieldedToCurated'] = [];
  const unknownIssues = ISSUE_RULES.filter((r) => !curated.issues.some((i) => i.id === r.issueId)).map((r) => r.issueId);
  if (unknownIssues.length) {
    throw new Error(`import-historian: issue rules name issues missing from data/curated/issues.json: ${unknownIssues.join(', ')}`);
  }

  const ev = deriveEvents(visits, countryName, (event) => {
    const c = curatedEventFor(event, curated);
    if (c) yielded.push({ derived: event.id, curated: c.id });
    return !c;
  });
  const labelOf = (id: string) => curated.issues.find((i) => i.id === id)!.label;
  const il = deriveIssueLinks(visits, labelOf, (link) => {
    const c = curatedLinkFor(link, curated);
    if (c) yielded.push({ derived: link.id, curated: c.id });
    return !c;
  });

  const out = visits.map((v) => {
    const add = ev.eventIdsByVisit.get(v.id);
    return add ? { ...v, eventIds: [...new Set([...v.eventIds, ...add])].sort(compareStrings) } : v;
  });

  const linkVisits = (rule: string) => new Set(il.links.filter((l) => l.derivedBy?.rule === rule).map((l) => l.subject.id)).size;
  const rules: DerivedRuleUse[] = [
    ...EVENT_RULES.map((r) => ({ rule: r.id, derives: 'event' as const, records: ev.byRule[r.id]!.events, visits: ev.byRule[r.id]!.visits })),
    ...ISSUE_RULES.map((r) => ({ rule: r.id, derives: 'issue-link' as const, records: il.byRule[r.id]!, visits: linkVisits(r.id) })),
  ];
  return {
    visits: out,
    events: ev.events,
    issueLinks: il.links,
    report: {
      rules,
      events: ev.events.length,
      issueLinks: il.links.length,
      visitsWithEvent: ev.eventIdsByVisit.size,
      visitsWithIssue: new Set(il.links.map((l) => l.subject.id)).size,
      contradicted: ev.contradicted,
      yieldedToCurated: yielded.sort((a, b) => compareStrings(a.derived, b.derived)),
    },
  };
}
