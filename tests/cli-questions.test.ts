// Questions in one line (issue 14): dates as people write them, comma lists,
// sorting, cutting and counting, tables that fit the terminal, trip and issue
// views, run in-process through run(argv, io) (the seam dist/cli.js uses) on
// the hand-made fixture.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { displayWidth, renderTable, truncate, type Column } from '../src/cli/format.js';
import { countBy, visits } from '../src/query/index.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { runCli } from './helpers/cli.js';

const root = path.resolve(import.meta.dirname, '..');
let work: string;
let pinned: string;

const cli = (...args: string[]) => runCli(args);
const fx = (...args: string[]) => runCli([...args, '--dataset', pinned]);
const jsonIds = (out: { stdout: string }) => (JSON.parse(out.stdout) as { id: string }[]).map((r) => r.id);

/** Runs the CLI in this process, as a terminal of `columns` would. */
async function inTerminal(columns: number | undefined, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run([...args, '--dataset', pinned], { out: (t) => void (stdout += t), err: (t) => void (stderr += t), interactive: true, columns });
  return { status, stdout, stderr };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dv-cli-q-'));
  pinned = path.join(work, 'small-dataset.json');
  writeFileSync(pinned, JSON.stringify(smallDataset));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dates as people write them', () => {
  it('takes a month as the whole month and a year as the whole year, everywhere a date is taken', async () => {
    const month = jsonIds((await fx('visits', '--person', 'blinken-antony-j', '--from', '2023-11', '--to', '2023-11', '--format', 'json')));
    expect(month).toEqual(jsonIds((await fx('visits', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30', '--format', 'json'))));
    expect(month).toContain('hsg-travel-4184'); // 28-29 November: the month's last days are in
    expect(jsonIds((await fx('trips', '--from', '2021', '--to', '2021', '--format', 'json')))).toEqual(['austin-lloyd-j-2021-03-15', 'blinken-antony-j-2021-03-15']);
    expect(jsonIds((await fx('events', '--from', '2024', '--format', 'json')))).toEqual(['blinken-wang-2024-04-26']);
    const countries = JSON.parse((await fx('countries', '--person', 'blinken-antony-j', '--from', '2021-03', '--to', '2021-03', '--format', 'json')).stdout) as { country: { code: string } }[];
    expect(countries.map((c) => c.country.code)).toEqual(['JP', 'KR', 'BE']);
    const stats = JSON.parse((await fx('stats', '--person', 'blinken-antony-j', '--from', '2023-11', '--to', '2023-11', '--format', 'json')).stdout) as { visits: number };
    expect(stats.visits).toBe(month.length);
  });
  it('refuses anything else with the same clear error, exit 2', async () => {
    for (const bad of ['2023-13', 'Nov-2023', '2023-11-31', '23']) {
      const out = (await fx('visits', '--from', bad));
      expect(out.status, bad).toBe(2);
      expect(out.stderr).toContain(`--from: expected a real calendar date: a day YYYY-MM-DD (2023-11-01), a month YYYY-MM (2023-11), a year YYYY (2023)`);
    }
    const reversed = (await fx('visits', '--from', '2023-12', '--to', '2023-11'));
    expect(reversed.status).toBe(2);
    expect(reversed.stderr).toMatch(/--to 2023-11 is before --from 2023-12/);
  });
});

describe('comma lists', () => {
  it('takes --country CN,JP as --country CN --country JP, wherever a filter takes several values', async () => {
    expect(jsonIds((await fx('visits', '--country', 'CN,JP', '--format', 'json')))).toEqual(jsonIds((await fx('visits', '--country', 'CN', '--country', 'JP', '--format', 'json'))));
    const listed = jsonIds((await fx('visits', '--country', 'CN, jp', '--kind', 'secretary-travel,official-travel', '--format', 'json')));
    expect(listed).toEqual(jsonIds((await fx('visits', '--country', 'CN', '--country', 'JP', '--kind', 'secretary-travel', '--kind', 'official-travel', '--format', 'json'))));
    expect(listed).toEqual(['austin-2021-03-15-jp', 'hsg-travel-3992', 'hsg-travel-4181', 'hsg-travel-4229']);
    expect(jsonIds((await fx('events', '--kind', 'summit,ministerial', '--format', 'json')))).toEqual(['g7-foreign-ministers-2023-11-07', 'biden-xi-summit-2023-11-15']);
    expect(jsonIds((await fx('visits', '--person', 'austin-lloyd-j,biden-joseph-r', '--format', 'json')))).toHaveLength(3);
  });
  it('refuses an empty or unknown item by name, not the whole list', async () => {
    const out = (await fx('visits', '--country', 'CN,XX'));
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--country: unknown country "XX"/);
    expect((await fx('visits', '--country', 'CN,,JP')).status).toBe(2);
  });
});

describe('sorting, limiting, counting', () => {
  it('answers "the last Secretary of State in Beijing before 2023" in one command', async () => {
    // The fixture's only Beijing visit is in 2024: before 2025, it is the answer; before 2023, none.
    const out = (await fx('visits', '--kind', 'secretary-travel', '--locality', 'Beijing', '--to', '2024', '--reverse', '--limit', '1', '--format', 'json'));
    expect(jsonIds(out)).toEqual(['hsg-travel-4229']);
    expect(jsonIds((await fx('visits', '--kind', 'secretary-travel', '--locality', 'Beijing', '--to', '2022', '--reverse', '--limit', '1', '--format', 'json')))).toEqual([]);
    expect(jsonIds((await fx('visits', '--kind', 'secretary-travel', '--to', '2023', '--reverse', '--limit', '2', '--format', 'json')))).toEqual(['hsg-travel-4184', 'hsg-travel-4183']);
  });
  it('answers "which countries did Blinken visit most" in one command, with the library\'s counts', async () => {
    const out = (await fx('visits', '--person', 'blinken-antony-j', '--count-by', 'country', '--format', 'json'));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(countBy(smallDataset, visits(smallDataset, { person: 'blinken-antony-j' }), 'country'));
    const table = (await fx('visits', '--person', 'blinken-antony-j', '--count-by', 'country', '--limit', '2')).stdout.split('\n');
    expect(table[0]).toMatch(/^country\s+count$/);
    expect(table.slice(2, 4).map((l) => l.replace(/\s+/g, ' '))).toEqual(['BE 2', 'JP 2']);
    expect(table).toHaveLength(5);
    const csv = (await fx('trips', '--count-by', 'year', '--sort', 'year', '--format', 'csv')).stdout;
    expect(csv).toBe('year,count\r\n2021,2\r\n2023,2\r\n2024,1\r\n');
    expect((await fx('events', '--count-by', 'series', '--format', 'json')).stdout).toContain('"value": "G7"');
    expect((await fx('visits', '--count-by', 'traveler-country', '--format', 'json')).stdout).toContain('"value": "TR"');
    const bad = (await fx('visits', '--count-by', 'contry'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--count-by: expected one of country, .*did you mean "country"/);
  });
  it('sorts by any column, numbers as numbers, and --reverse sorts descending', async () => {
    const countries = async (...args: string[]) => (JSON.parse((await fx('countries', '--person', 'blinken-antony-j', ...args, '--format', 'json')).stdout) as { country: { code: string }; days: number }[]);
    const byDays = await countries('--sort', 'days', '--reverse');
    for (let i = 1; i < byDays.length; i++) expect(byDays[i - 1]!.days).toBeGreaterThanOrEqual(byDays[i]!.days);
    expect(byDays[0]!.country.code).toBe('BE');
    expect((await countries('--sort', 'visits', '--reverse', '--limit', '3')).map((c) => c.country.code)).toEqual(['JP', 'KR', 'BE']);
    expect(jsonIds((await fx('visits', '--trip', 'blinken-antony-j-2023-11-03', '--sort', 'country', '--format', 'json')))).toEqual(['hsg-travel-4177', 'hsg-travel-4183', 'hsg-travel-4178', 'hsg-travel-4181', 'hsg-travel-4182']);
    // Ids sort naturally: hsg-visit-100 before hsg-visit-900.
    expect(jsonIds((await fx('visits', '--kind', 'foreign-leader-visit', '--sort', 'id', '--format', 'json')))).toEqual(['hsg-visit-100', 'hsg-visit-900']);
    for (const command of ['visits', 'trips', 'events', 'issues', 'discrepancies', 'countries', 'people']) {
      const help = (await cli(command, '--help')).stdout;
      expect(help, command).toMatch(/--sort <field>[\s\S]*--reverse[\s\S]*--limit <n>/);
    }
    expect((await fx('people', '--sort', 'visits', '--reverse', '--limit', '1', '--format', 'csv')).stdout.split('\r\n')[1]).toMatch(/^blinken-antony-j,/);
    expect((await fx('search', 'blinken', '--sort', 'type', '--reverse', '--format', 'json')).status).toBe(0);
  });
  it('takes --limit as decimal digits only, and names a wrong --sort column with the nearest', async () => {
    for (const bad of ['1e1', '-1', '0x10', '1.5', ' 2', 'ten']) {
      const out = (await fx('visits', '--limit', bad));
      expect(out.status, bad).toBe(2);
      expect(out.stderr).toMatch(/--limit: expected a whole number written in decimal digits/);
    }
    expect(jsonIds((await fx('visits', '--limit', '0', '--format', 'json')))).toEqual([]);
    const out = (await fx('visits', '--sort', 'strat'));
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--sort: expected a column: one of start, end, .*did you mean "start"/);
  });
});

describe('tables that fit the terminal', () => {
  const wideRow = { name: 'Henry A. (Heinz Alfred) Kissinger, Secretary of State of the United States', id: 'kissinger-henry-a-1973-11-05-a-very-long-trip-id' };
  const columns: Column<typeof wideRow>[] = [
    { header: 'name', value: (r) => r.name, min: 8 },
    { header: 'id', value: (r) => r.id, id: true },
  ];
  it("fits the terminal's width, cuts no id, and cuts nothing with --wide", async () => {
    const narrow = await inTerminal(80, 'events');
    expect(narrow.status).toBe(0);
    for (const line of narrow.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(narrow.stdout).toContain('…');
    for (const e of smallDataset.events) expect(narrow.stdout).toContain(e.id);
    const wide = await inTerminal(220, 'visits', '--person', 'blinken-antony-j');
    expect(wide.stdout).toContain('Shanghai, Beijing');
    expect(wide.stdout).not.toContain('…');
    // Not a terminal: 100 columns, as before.
    const piped = await inTerminal(undefined, 'events');
    for (const line of piped.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    const cut = await inTerminal(40, 'events');
    expect(cut.stdout).toContain('…');
    const all = await inTerminal(40, 'events', '--wide');
    expect(all.stdout).not.toContain('…');
    expect(all.stdout).toContain('U.S.-Japan Security Consultative Committee (2+2)');
    // The table's ids stay whole however narrow.
    const table = renderTable([wideRow], columns, { maxWidth: 30 });
    expect(table).toContain(wideRow.id);
  });
  it('measures width as a terminal shows it: wide characters 2, combining marks 0', async () => {
    expect(displayWidth('北京')).toBe(4);
    expect(displayWidth('서울')).toBe(4);
    expect(displayWidth('Erdoğan')).toBe(7);
    expect(displayWidth('Erdog\u0306an')).toBe(7); // g + combining breve
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(truncate('中华人民共和国', 7)).toBe('中华人…');
    expect(displayWidth(truncate('中华人民共和国', 7))).toBeLessThanOrEqual(7);
    // A combining mark stays with its letter.
    expect(truncate('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
    const rows = [{ name: '習近平 (Xi Jinping)', id: 'x' }, { name: 'Wang Yi', id: 'y' }];
    const lines = renderTable(rows, columns).split('\n');
    // The id column starts at the same terminal column on every line.
    const idAt = (line: string) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1));
    expect(idAt(lines[2]!)).toBe(idAt(lines[3]!));
  });
});

describe('trip and issues views', () => {
  it('trip shows agenda and context unless --relation asks for one', async () => {
    const all = (await fx('trip', 'blinken-antony-j-2023-11-03'));
    expect(all.stdout).toMatch(/^Issues$/m);
    const agenda = (await fx('trip', 'blinken-antony-j-2023-11-03', '--relation', 'agenda'));
    expect(agenda.status).toBe(0);
    expect(agenda.stdout).toMatch(/^Issues \(agenda\)$/m);
    const issueLines = (text: string, rel: string) => text.split('\n').filter((l) => l.startsWith(`  ${rel}  `));
    expect(issueLines(agenda.stdout, 'context')).toEqual([]);
    expect(issueLines(agenda.stdout, 'agenda')).toEqual(issueLines(all.stdout, 'agenda'));
    const context = (await fx('trip', 'blinken-antony-j-2023-11-03', '--relation', 'context', '--format', 'json'));
    const links = (JSON.parse(context.stdout) as { issueLinks: { link: { relation: string } }[] }).issueLinks;
    expect(links.every((l) => l.link.relation === 'context')).toBe(true);
    const bad = (await fx('trip', 'blinken-antony-j-2023-11-03', '--relation', 'agneda'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--relation: .*"agenda"/);
  });
  it('issues --trip --evidence shows each link\'s quotes with their sources', async () => {
    const out = (await fx('issues', '--trip', 'blinken-antony-j-2021-03-15', '--evidence', '--wide'));
    expect(out.status).toBe(0);
    const quotes = smallDataset.issueLinks.filter((l) => l.subject.id === 'blinken-antony-j-2021-03-15').flatMap((l) => l.evidence.map((e) => e.quote));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(out.stdout).toContain(`“${quote}”`);
    expect((await fx('issues', '--trip', 'blinken-antony-j-2021-03-15')).stdout).not.toContain('“');
    expect((await fx('issues', '--evidence')).stderr).toMatch(/--evidence needs --trip, --visit or --event/);
  });
});
