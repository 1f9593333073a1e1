// Sorting, cutting and counting the rows of a list command: --sort, --reverse,
// --limit and --count-by, shared by every command that lists records.
import { InvalidArgumentError } from '../api.js';
import { COUNT_FIELDS, countBy, type Count, type CountField } from '../api.js';
import { suggest } from '../util/suggest.js';
import type { Dataset, Event, Trip, Visit } from './records.js';
import { compareIds } from '../util/canonical.js';
import { str, type CommandContext, type OptionSpec } from './command.js';
import { render, type Column } from './format.js';

export const SORT_OPTIONS = {
  sort: { type: 'string', value: 'field', description: 'order by this column (any column of the csv output, e.g. start, country, visits)' },
  reverse: { type: 'boolean', description: 'the other way round: descending with --sort, else the default order reversed' },
} satisfies Record<string, OptionSpec>;

export const LIMIT_OPTION = {
  limit: { type: 'string', value: 'n', description: 'at most n rows, after sorting (a whole number: digits only)' },
} satisfies Record<string, OptionSpec>;

/** --sort, --reverse and --limit. */
export const LIST_OPTIONS = { ...SORT_OPTIONS, ...LIMIT_OPTION };

/** The CLI's names of the count fields: kebab case. */
const CLI_COUNT_FIELDS = COUNT_FIELDS.map((f) => f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

export const COUNT_BY_OPTION = {
  'count-by': { type: 'string', value: 'field', description: `print how many match per ${CLI_COUNT_FIELDS.join(', ')} (most first; --sort, --reverse and --limit apply)` },
} satisfies Record<string, OptionSpec>;

/** How many of `records` have each value of `field`, by value: a column of counts (`countBy`, looked up by key). */
export function countsBy(ds: Dataset, records: readonly (Visit | Trip | Event)[], field: CountField): (key: string) => number {
  let counts: Map<string | null, number> | undefined;
  return (key) => (counts ??= new Map(countBy(ds, records, field).map((c) => [c.value, c.count]))).get(key) ?? 0;
}

/** --limit as a number: decimal digits only (`10`, not `1e1`, `0x10` or ` 10`). */
export function parseLimit(ctx: CommandContext): number | undefined {
  const text = str(ctx, 'limit');
  if (text === undefined) return undefined;
  if (!/^[0-9]+$/.test(text)) throw new InvalidArgumentError('--limit', 'a whole number written in decimal digits, such as 10', text);
  return Number(text);
}

type Cell = ReturnType<Column<unknown>['value']>;

/** Orders cell values: numbers by value, text naturally (`hsg-travel-9` before `hsg-travel-10`). */
function compareCells(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const text = (v: Cell) => (Array.isArray(v) ? v.join(', ') : String(v));
  return compareIds(text(a), text(b));
}
const empty = (v: Cell) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The rows in the order and number asked for: sorted by a column's value
 * (stable; rows without a value last, either way), reversed, cut to --limit.
 */
export function listRows<T>(ctx: CommandContext, rows: readonly T[], columns: readonly Column<T>[]): readonly T[] {
  const field = str(ctx, 'sort');
  const reverse = ctx.values.reverse === true;
  const limit = parseLimit(ctx);
  let out = [...rows];
  if (field !== undefined) {
    const headers = columns.map((c) => c.header);
    const column = columns.find((c) => c.header.toLowerCase() === field.toLowerCase());
    if (!column) throw new InvalidArgumentError('--sort', `a column: one of ${headers.join(', ')}`, field, suggest(field, headers.map((id) => ({ id }))));
    const keyed = out.map((row) => ({ row, key: column.value(row) }));
    keyed.sort((a, b) => {
      if (empty(a.key) || empty(b.key)) return Number(empty(a.key)) - Number(empty(b.key));
      const order = compareCells(a.key, b.key);
      return reverse ? -order : order;
    });
    out = keyed.map((k) => k.row);
  } else if (reverse) out.reverse();
  return limit === undefined ? out : out.slice(0, limit);
}

/**
 * With --count-by: prints the counts of the records (visits, trips or events)
 * and returns true; without, returns false and prints nothing.
 */
export function printCounts(ctx: CommandContext, ds: Dataset, records: readonly (Visit | Trip | Event)[]): boolean {
  const given = str(ctx, 'count-by');
  if (given === undefined) return false;
  const i = CLI_COUNT_FIELDS.indexOf(given);
  const field = (i >= 0 ? COUNT_FIELDS[i] : given) as CountField;
  if (!(COUNT_FIELDS as readonly string[]).includes(field)) {
    throw new InvalidArgumentError('--count-by', `one of ${CLI_COUNT_FIELDS.join(', ')}`, given, suggest(given, CLI_COUNT_FIELDS.map((id) => ({ id }))));
  }
  const columns: Column<Count>[] = [
    { header: CLI_COUNT_FIELDS[COUNT_FIELDS.indexOf(field)]!, value: (c) => c.value ?? '(none)', id: true },
    { header: 'count', value: (c) => c.count, align: 'right' },
  ];
  const rows = listRows(ctx, countBy(ds, records, field), columns);
  ctx.out(render(ctx.format, rows, columns, rows));
  return true;
}
