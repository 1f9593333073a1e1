import type { PersonId } from '../../api.js';
import { travelStats } from '../../api.js';
import { FILTER_OPTIONS, UsageError, str, type Command } from '../command.js';
import { render, type Column } from '../format.js';

type Row = [key: string, value: string | number];
const COLUMNS: Column<Row>[] = [
  { header: 'statistic', value: (r) => r[0], min: 12 },
  { header: 'value', value: (r) => String(r[1]), min: 12 },
];

export const statsCommand: Command = {
  name: 'stats',
  summary: "counts of the dataset (version, checksum, records), or of one person's travels",
  usage: '[options]',
  description: 'Without --person: the whole dataset. With --person: that person, within --from/--to when given\n(the range is shown in the output). json prints an object of the same statistics.',
  options: {
    person: { type: 'string', value: 'id', description: "one person's trips, visits, countries and days abroad" },
    from: { ...FILTER_OPTIONS.from, description: 'with --person: first day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY' },
    to: { ...FILTER_OPTIONS.to, description: 'with --person: last day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (its last day)' },
  },
  examples: ['diplomatic-visits stats', 'diplomatic-visits stats --person blinken-antony-j --from 2023-01-01 --to 2023-12-31'],
  async run(ctx) {
    const ds = await ctx.dataset();
    const person = str(ctx, 'person') as PersonId | undefined;
    const range = { from: str(ctx, 'from'), to: str(ctx, 'to') };
    let stats: Record<string, string | number>;
    if (person !== undefined) {
      const t = travelStats(ds, person, range);
      stats = {
        person,
        name: t.person.name,
        ...(range.from ? { from: range.from } : {}),
        ...(range.to ? { to: range.to } : {}),
        trips: t.trips,
        visits: t.visits,
        countries: t.countries,
        daysAbroad: t.daysAbroad,
        firstVisit: t.firstVisit?.start ?? '',
        lastVisit: t.lastVisit?.start ?? '',
      };
    } else {
      // The dataset's counts are of the whole file: a range would scope some rows and not others.
      if (range.from !== undefined || range.to !== undefined) throw new UsageError('stats: --from and --to need --person');
      const inRange = ds.visits;
      const byKind = new Map<string, number>();
      for (const v of inRange) byKind.set(v.kind, (byKind.get(v.kind) ?? 0) + 1);
      const starts = inRange.map((v) => v.start).sort();
      stats = {
        version: ds.meta.version,
        schemaVersion: ds.meta.schemaVersion,
        sha256: ds.meta.sha256,
        ...Object.fromEntries(Object.entries(ds.meta.counts)),
        ...Object.fromEntries([...byKind].sort().map(([k, n]) => [`visits: ${k}`, n])),
        firstVisit: starts[0] ?? '',
        lastVisit: starts[starts.length - 1] ?? '',
        officialSnapshots: [...new Set(ds.meta.official.snapshots.map((s) => `${s.repository}@${s.commit.slice(0, 12)}`))].join(', '),
      };
    }
    const rows = Object.entries(stats) as Row[];
    ctx.out(render(ctx.format, rows, COLUMNS, stats));
  },
};
