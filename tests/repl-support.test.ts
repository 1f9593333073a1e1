// The REPL's help table, completer, compact view and history file, called directly;
// and a terminal session run in-process through run()'s I/O seam (a fake terminal).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { helpers } from '../src/query/helpers.js';
import { run } from '../src/cli/run.js';
import { HELPER_HELP, compactView, completeLine, completeProperty, helpText, historyFile, openString, vocabulary } from '../src/cli/repl-support.js';
import { smallDataset } from './fixtures/small-dataset.js';
import type { Dataset } from '../src/query/_lib/records.js';

const ds = smallDataset as unknown as Dataset;
const vocab = vocabulary(ds);
const names = [...Object.keys(HELPER_HELP), 'ds', 'q', 'bind', 'bundled'];

describe('.help', () => {
  it('has one line for every helper, no more, each example calling its own helper', () => {
    expect(Object.keys(HELPER_HELP).sort()).toEqual(Object.keys(helpers).sort());
    for (const [name, { signature, example }] of Object.entries(HELPER_HELP)) {
      expect(signature.startsWith(`${name}(`), name).toBe(true);
      expect(example, name).toMatch(new RegExp(`(^|\\W)${name}\\(`));
    }
  });

  it('lists helpers, the rest of the scope and the REPL commands, fitted to the width', () => {
    const text = helpText({ exit: 'Exit the REPL', help: 'Node’s own help' }, 100);
    for (const name of Object.keys(helpers)) expect(text).toContain(`  ${name}(`);
    expect(text).toContain('  .exit    Exit the REPL');
    expect(text).toContain('  .raw ');
    expect(text).toContain('  .help    this help');
    expect(text).not.toContain('Node’s own help');
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(110);
    // Wide enough: signature and example on one line each.
    const wide = helpText({}, 250);
    expect(wide.split('\n').filter((l) => l.startsWith('  visits(')).at(0)).toContain("visits({ person: 'blinken-antony-j'");
  });
});

describe('completion', () => {
  it('completes ids inside a string argument, from every vocabulary', () => {
    // by the filter key: person ids only, though trip and visit ids start the same
    expect(completeLine("visits({ person: 'blin", vocab, names)).toEqual([['blinken-antony-j'], 'blin']);
    expect(completeLine("travelStats('blin", vocab, names)).toEqual([['blinken-antony-j'], 'blin']);
    expect(completeLine("visits({ person: ['austin-lloyd-j', 'b", vocab, names)).toEqual([['biden-joseph-r', 'blinken-antony-j'], 'b']);
    // anywhere else, every id
    expect(completeLine("search('blinken-antony-j-2", vocab, names)![0]).toEqual(vocab.trip.filter((t) => t.startsWith('blinken-antony-j-2')));
    expect(completeLine("[].concat('blin", vocab, names)![0]).toEqual(expect.arrayContaining(['blinken-antony-j', 'blinken-antony-j-2023-11-03']));
    expect(completeLine("issuesOf({ type: 'trip', id: 'bl", vocab, names)![0]).toEqual(vocab.trip.filter((t) => t.startsWith('bl')));
    // country codes, any case typed
    expect(completeLine("firstVisit({ kind: 'secretary-travel' }, 'c", vocab, names)).toEqual([['CN'], 'c']);
    expect(completeLine('visits({ country: "J', vocab, names)![0]).toEqual(['JO', 'JP']);
    // issue and trip ids
    const issue = ds.issues[0]!.id;
    expect(completeLine("visits({ issue: '", vocab, names)![0]).toEqual(vocab.issue);
    expect(completeLine(`tripsForIssue('${issue.slice(0, 3)}`, vocab, names)![0]).toContain(issue);
    const trip = ds.trips[0]!.id;
    expect(completeLine(`itinerary('${trip.slice(0, -2)}`, vocab, names)![0]).toContain(trip);
    // after the string is closed, names again
    expect(completeLine("visits({ person: 'blinken-antony-j' }).length + da", vocab, names)).toEqual([['daysAbroad'], 'da']);
  });

  it('finds the open string: quotes of each kind, escapes, comments', () => {
    expect(openString("visits({ person: 'bl")).toBe('bl');
    expect(openString("x('a', \"b")).toBe('b');
    expect(openString("x('it\\'s")).toBe("it\\'s");
    expect(openString("x('done')")).toBeUndefined();
    expect(openString('x() // it')).toBeUndefined();
  });

  it('completes helper names, and properties after a dot from the value', () => {
    expect(completeLine('vis', vocab, names)).toEqual([['visits', 'visitsForIssue'], 'vis']);
    expect(completeLine('const n = tripO', vocab, names)).toEqual([['tripOf'], 'tripO']);
    expect(completeLine('ds.me', vocab, names)).toBeUndefined();
    expect(completeProperty('ds.me', { ds })).toEqual([['meta'], 'me']);
    expect(completeProperty('ds.meta.cou', { ds })).toEqual([['counts'], 'cou']);
    expect(completeProperty('nothing.x', { ds })).toBeUndefined();
  });
});

describe('compact view', () => {
  it('shows a list of visits as a table of one line each, fitted to the width, and says how to see the objects', () => {
    // (ids are never cut: these are of the official records' length)
    const visits = ds.visits.filter((v) => v.id.startsWith('hsg-travel-')).slice(0, 5);
    expect(visits).toHaveLength(5);
    const text = compactView(visits, 80)!;
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 5 + 1);
    expect(lines.at(-1)).toBe('5 visits (.raw for the objects)');
    for (const v of visits) expect(text).toContain(v.id);
    for (const line of lines.slice(0, -1)) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain('…');
    // a wide terminal: nothing cut
    const wide = compactView(visits, 200)!;
    expect(wide).not.toContain('…');
    for (const v of visits) expect(wide).toContain(v.traveler.name);
    expect(compactView(ds.trips, 200)).toMatch(new RegExp(`${ds.trips.length} trips? \\(\\.raw`));
    expect(compactView(ds.events.slice(0, 1), 200)).toMatch(/^start +kind .*\n1 event \(\.raw/s);
  });

  it('leaves anything else to inspect', () => {
    expect(compactView([], 100)).toBeUndefined();
    expect(compactView([1, 2], 100)).toBeUndefined();
    expect(compactView([...ds.visits.slice(0, 1), ds.trips[0]], 100)).toBeUndefined();
    expect(compactView(ds.visits[0], 100)).toBeUndefined();
  });

  it('shows control characters in the data as escapes', () => {
    const visit = { ...ds.visits[0]!, locality: 'Evil\x1b[2J\u202eCity' };
    const text = compactView([visit], 200)!;
    expect(text).not.toMatch(/[\x1b\u202e]/);
    expect(text).toContain('Evil\\x1b[2J\\u202eCity');
  });
});

describe('history file', () => {
  it('is under XDG_STATE_HOME, else the home folder; DIPLOMATIC_VISITS_REPL_HISTORY overrides, empty for none', () => {
    expect(historyFile({}, '/home/u')).toBe(path.join('/home/u', '.diplomatic_visits_repl_history'));
    expect(historyFile({ XDG_STATE_HOME: '/state' }, '/home/u')).toBe(path.join('/state', 'diplomatic-visits', 'repl_history'));
    expect(historyFile({ XDG_STATE_HOME: 'relative' }, '/home/u')).toBe(path.join('/home/u', '.diplomatic_visits_repl_history'));
    expect(historyFile({ DIPLOMATIC_VISITS_REPL_HISTORY: '/tmp/h', XDG_STATE_HOME: '/state' }, '/home/u')).toBe('/tmp/h');
    expect(historyFile({ DIPLOMATIC_VISITS_REPL_HISTORY: '' }, '/home/u')).toBeUndefined();
  });
});

describe('a terminal session, in-process through the I/O seam', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'dv-repl-tty-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('draws on the terminal stream, prints tables that fit it, keeps history, writes nothing to process.stdout', async () => {
    const history = path.join(work, 'state', 'history');
    const before = process.env.DIPLOMATIC_VISITS_REPL_HISTORY;
    process.env.DIPLOMATIC_VISITS_REPL_HISTORY = history;
    const input = new PassThrough();
    const screen = Object.assign(new PassThrough(), { isTTY: true, columns: 80, rows: 24 });
    let drawn = '';
    screen.on('data', (chunk: Buffer) => void (drawn += chunk.toString()));
    let out = '';
    let err = '';
    const stdoutWrite = process.stdout.write;
    let leaked = '';
    process.stdout.write = ((chunk: string) => ((leaked += String(chunk)), true)) as typeof process.stdout.write;
    try {
      const done = run(['repl', '--dataset', path.join(work, 'ds.json')], {
        out: (t) => void (out += t),
        err: (t) => void (err += t),
        interactive: true,
        terminal: true,
        columns: 80,
        input,
        terminalStream: screen as unknown as NodeJS.WriteStream,
      });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(work, 'ds.json'), JSON.stringify(smallDataset));
      await new Promise((r) => setTimeout(r, 300));
      // Tab completes the person id inside the string (the REPL's completer is ours)
      input.write("visits({ person: 'blin\t");
      input.write("', country: 'JP' })\r");
      input.write("'\\u202e'\r");
      input.write("visits({ person: 'blinkin' })\r");
      input.write('.exit\r');
      expect(await done).toBe(0);
    } finally {
      process.stdout.write = stdoutWrite;
      if (before === undefined) delete process.env.DIPLOMATIC_VISITS_REPL_HISTORY;
      else process.env.DIPLOMATIC_VISITS_REPL_HISTORY = before;
    }
    expect(err).toBe('');
    expect(leaked).toBe('');
    expect(out).toMatch(/^diplomatic-visits .*visits/);
    expect(drawn).toContain('dv> ');
    expect(drawn).toContain("visits({ person: 'blinken-antony-j");
    expect(drawn).toMatch(/start +end +traveller/);
    expect(drawn).toMatch(/\d+ visits? \(\.raw for the objects\)/);
    // the table fits the 80 columns of the terminal
    const tableLines = drawn.split(/\r?\n/).filter((l) => /^\d{4}-\d\d-\d\d /.test(l));
    expect(tableLines.length).toBeGreaterThan(0);
    for (const l of tableLines) expect(l.length).toBeLessThanOrEqual(80);
    // the right-to-left override is shown, not sent
    expect(drawn).not.toContain('\u202e');
    // a library error: its report on one line, no stack
    expect(drawn).toMatch(/Uncaught UnknownIdError: filter\.person: unknown person "blinkin"/);
    expect(drawn).toContain('\\u202e');
    expect(existsSync(history)).toBe(true);
    expect(readFileSync(history, 'utf8')).toContain("visits({ person: 'blinken-antony-j', country: 'JP' })");
  });
});
