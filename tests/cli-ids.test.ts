// Tables never cut an id a user would copy: other text is shortened to fit,
// ids are printed whole. Checked on renderTable, and on every table command of
// the CLI over the real bundled dataset (whose ids are the long ones), against
// the same command's CSV, which has every cell in full.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderTable, type Column } from '../src/cli/format.js';
import type { Dataset } from '../src/schemas/types.js';
import { runCli } from './helpers/cli.js';

// In-process through run(argv, io); the bundled dataset is the built one.
vi.mock('../src/dataset/bundled-node.js', async () => (await import('./helpers/bundled-from-dist.js')).bundledFromDist());

const root = path.resolve(import.meta.dirname, '..');
const cliFile = path.join(root, 'dist', 'cli.js');
const datasetFile = path.join(root, 'dist', 'dataset.json');

describe('renderTable', () => {
  interface Row { id: string; ids: string[]; text: string }
  const columns: Column<Row>[] = [
    { header: 'id', value: (r) => r.id, id: true, max: 5 },
    { header: 'text', value: (r) => r.text },
    { header: 'refs', value: (r) => r.ids, id: true },
  ];
  const rows: Row[] = [
    { id: 'blinken-2021-03-18-us', ids: ['hsg-travel-3992', 'us-japan-security-consultative-committee-2021-03'], text: 'A long text that may be shortened to fit the width' },
    { id: 'hsg-travel-4229', ids: [], text: 'Shanghai, Beijing' },
  ];

  it('prints id cells whole at any width, shortening the other cells (and ignoring max)', () => {
    for (const maxWidth of [20, 60, 100, 140]) {
      const lines = renderTable(rows, columns, { maxWidth }).trimEnd().split('\n');
      expect(lines[2]).toMatch(/^blinken-2021-03-18-us {2}\S.* {2}hsg-travel-3992, us-japan-security-consultative-committee-2021-03$/);
      expect(lines[3]).toMatch(/^hsg-travel-4229 {8}\S/);
    }
    // The text column alone gives way: whole at 140 columns, down to its minimum at 60.
    expect(renderTable(rows, columns, { maxWidth: 140 }).split('\n')[2]).toContain(rows[0]!.text);
    expect(renderTable(rows, columns, { maxWidth: 60 }).split('\n')[2]).toContain('  A l…  ');
  });

  it('still fits the width when the id columns leave room', () => {
    const short = [{ id: 'a', ids: ['b'], text: 'x'.repeat(200) }];
    const lines = renderTable(short, columns, { maxWidth: 50 }).trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    expect(lines[2]).toMatch(/^a {3}x+… {2}b$/);
  });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

/** The words that name a record's type before its id (`event g7-…`, `visit hsg-travel-3994`). */
const TYPES = new Set(['visit', 'trip', 'event', 'person', 'source', 'issue', 'link', 'country']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('CLI tables on the real dataset', () => {
  if (!existsSync(cliFile) || !existsSync(datasetFile)) throw new Error('dist/ is missing: run npm run build first (npm test does)');
  const ds = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
  const ids = new Set<string>([
    ...ds.visits, ...ds.trips, ...ds.events, ...ds.people, ...ds.issues, ...ds.issueLinks, ...ds.discrepancies, ...ds.sources,
  ].map((r) => r.id));
  for (const c of ds.countries) ids.add(c.code);

  const run = async (args: string[]) => {
    const r = await runCli(args);
    expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout;
  };

  const commands = [
    ['trip', 'blinken-antony-j-2021-03-15'], // npm start
    ['trip', 'blinken-antony-j-2023-11-03'],
    ['visits', '--person', 'blinken-antony-j', '--from', '2021-03-01', '--to', '2021-03-31'],
    ['visits', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30'],
    ['trips', '--person', 'blinken-antony-j'],
    ['events'],
    ['issues'],
    ['issues', '--trip', 'blinken-antony-j-2023-11-03'],
    ['issues', '--trip', 'blinken-antony-j-2021-03-15'],
    ['discrepancies'],
    ['people'],
    ['countries'],
    ['countries', '--person', 'blinken-antony-j'],
    ['search', 'Seoul'],
  ];
  it.each(commands.map((args) => [args.join(' '), args] as const))('%s: every id of a shown column is printed whole', async (_, args) => {
    const table = (await run(args)).split('\n');
    const [header, ...csvRows] = parseCsv(await run([...args, '--format', 'csv']));
    // The table: its header line (under "Itinerary" for `trip`), the dashes, then one line per row (notes indented).
    const at = args[0] === 'trip' ? table.indexOf('Itinerary') + 1 : 0;
    expect(table[at + 1], 'dashes under the header').toMatch(/^-+( +-+)*$/);
    const shown = new Set(table[at]!.split(/\s+/));
    const lines = table.slice(at + 2).filter((l) => !l.startsWith('    ')).slice(0, csvRows.length);
    expect(lines).toHaveLength(csvRows.length);
    // An id column: every cell is empty or ids only (one, a list joined with ;, or "type id" pairs).
    const tokens = (cell: string) => cell.split(/[;\s]+/).filter(Boolean);
    const idColumns = header!.flatMap((column, c) => {
      const all = csvRows.flatMap((cells) => tokens(cells[c]!));
      return shown.has(column) && all.some((t) => ids.has(t)) && all.every((t) => ids.has(t) || TYPES.has(t)) ? [c] : [];
    });
    expect(idColumns.length).toBeGreaterThan(0);
    csvRows.forEach((cells, r) => {
      for (const c of idColumns) {
        for (const token of tokens(cells[c]!).filter((t) => ids.has(t))) {
          expect(lines[r], `${header![c]} ${token}`).toMatch(new RegExp(`(^|[\\s(,])${escape(token)}($|[\\s),])`));
        }
      }
    });
  });
});
