import { UnknownIdError, isUnknownIdError } from '../../api.js';
import { issuesOf, type IssueOf } from '../../api.js';
import type { Dataset, Issue, IssueRelation } from '../records.js';
import { UsageError, str, type Command } from '../command.js';
import { render, type Column } from '../format.js';
import { LIST_OPTIONS, listRows } from '../list.js';
import { viaText } from './trips.js';
import { evidenceFor } from '../../api.js';

/** The quotes of a link, each with its source, as lines under its row. */
export function evidenceLines(ds: Dataset, i: IssueOf<Dataset>): string[] {
  return evidenceFor(ds, i.link.id).evidence.map((e) => {
    const source = e.source ? [e.source.title, e.source.publisher, e.source.published].filter(Boolean).join(', ') : e.sourceId;
    return `“${e.quote}” — ${source}`;
  });
}

const LINK_COLUMNS: Column<IssueOf>[] = [
  { header: 'relation', value: (i) => i.link.relation },
  { header: 'issue', value: (i) => i.issue.id, id: true },
  { header: 'via', value: (i) => viaText(i), id: true },
  { header: 'summary', value: (i) => i.link.summary, min: 20 },
  { header: 'label', value: (i) => i.issue.label, csvOnly: true },
  { header: 'link', value: (i) => i.link.id, csvOnly: true },
  { header: 'quotes', value: (i) => i.link.evidence.map((e) => e.quote), csvOnly: true },
];

export const issuesCommand: Command = {
  name: 'issues',
  summary: 'the issue vocabulary, or the issues on one trip, visit or event',
  usage: '[options]',
  description: 'With no option: the vocabulary (json: the issue records). With --trip, --visit or --event:\nthe issues linked to it, inherited ones included (json: the issue link records, each with `via`).',
  options: {
    trip: { type: 'string', value: 'id', description: "a trip's issues, with its visits' and events'" },
    visit: { type: 'string', value: 'id', description: "a visit's issues, with its trip's and events'" },
    event: { type: 'string', value: 'id', description: "an event's issues" },
    relation: { type: 'string', value: 'rel', description: 'agenda (discussed) or context (background)' },
    evidence: { type: 'boolean', description: 'table: the evidence quotes of each link, with their sources, under its row' },
    ...LIST_OPTIONS,
  },
  examples: ['diplomatic-visits issues', 'diplomatic-visits issues --trip blinken-antony-j-2021-03-15 --relation agenda --evidence'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const subjects = (['trip', 'visit', 'event'] as const).filter((t) => str(ctx, t) !== undefined);
    if (subjects.length > 1) throw new UsageError(`issues: give one of --trip, --visit or --event, not ${subjects.map((s) => `--${s}`).join(' and ')}`);
    const relation = str(ctx, 'relation') as IssueRelation | undefined;
    const type = subjects[0];
    if (type) {
      let rows: readonly IssueOf<Dataset>[];
      try {
        rows = issuesOf(ds, { type, id: str(ctx, type)! }, { relation });
      } catch (error) {
        // Name the flag the user typed, not the helper's argument.
        if (isUnknownIdError(error) && error.argument === 'subject.id') {
          throw new UnknownIdError(`--${type}`, error.kind, error.received, error.suggestions, error.expected);
        }
        throw error;
      }
      rows = listRows(ctx, rows, LINK_COLUMNS);
      const notes = ctx.values.evidence === true ? (i: IssueOf<Dataset>) => evidenceLines(ds, i) : undefined;
      ctx.out(render(ctx.format, rows, LINK_COLUMNS, rows.map((i) => ({ via: i.via, link: i.link })), notes));
      return;
    }
    if (relation !== undefined) throw new UsageError('issues: --relation needs --trip, --visit or --event');
    if (ctx.values.evidence === true) throw new UsageError('issues: --evidence needs --trip, --visit or --event');
    const linkCount = new Map<string, number>();
    for (const link of ds.issueLinks) linkCount.set(link.issueId, (linkCount.get(link.issueId) ?? 0) + 1);
    const columns: Column<Issue>[] = [
      { header: 'id', value: (i) => i.id, id: true },
      { header: 'label', value: (i) => i.label, min: 12 },
      { header: 'parent', value: (i) => i.parentId, id: true },
      { header: 'links', value: (i) => linkCount.get(i.id) ?? 0, align: 'right' },
      { header: 'aliases', value: (i) => i.aliases, min: 8 },
      { header: 'description', value: (i) => i.description, csvOnly: true },
    ];
    const rows = [...ds.issues].sort((a, b) => (a.id < b.id ? -1 : 1));
    ctx.out(render(ctx.format, listRows(ctx, rows, columns), columns));
  },
};
