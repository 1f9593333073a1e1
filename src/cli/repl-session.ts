// The REPL itself, loaded only by `diplomatic-visits repl` (node:repl, readline
// and stream cost every other command nothing). All it prints goes through the
// command's I/O seam: results through ctx.out when input is piped; on a
// terminal, the line editor draws on ctx.terminal and results are made
// terminal-safe by the writer. Nothing of node:repl's shared state is changed.
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import repl, { type REPLServer } from 'node:repl';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import { inspect } from 'node:util';
import { COUNT_FIELDS, EVENT_KINDS, SEARCH_TYPES, VISIT_KINDS, bind, helpers, isDiplomaticVisitsError } from '../api.js';
import type { CommandContext } from './command.js';
import { tableWidth } from './format.js';
import { HELPER_HELP, REPL_COMMANDS, SCOPE_HELP, compactView, completeLine, completeProperty, helpText, historyFile, vocabulary } from './repl-support.js';
import { terminalSafe } from '../util/terminal.js';

// What the REPL shows as its prompt when input is piped: never printed, it
// tells the feeder the REPL is ready for the next line. A NUL cannot be in a
// result: the writer shows control characters as escapes.
const READY = '\0';

// JavaScript words worth completing at the start of an expression.
const KEYWORDS = ['await', 'const', 'let', 'function', 'new', 'typeof', 'true', 'false', 'null', 'undefined'];

/** inspect() made terminal-safe: control characters as escapes, but for the colour codes inspect itself adds. */
function safeInspect(value: unknown, colors: boolean): string {
  const text = terminalSafe(inspect(value, { depth: 6, colors, maxArrayLength: 200, breakLength: 100 }));
  // inspect escapes control characters inside strings (as \x1B, upper case): a lower-case
  // \x1b here is one of its colours (select graphic rendition only) made visible; put it back.
  return colors ? text.replace(/\\x1b(\[[0-9;]*m)/g, '\x1b$1') : text;
}

export async function runRepl(ctx: CommandContext): Promise<number> {
  const ds = await ctx.dataset();
  const bound = bind(ds);
  const tty = ctx.interactive && ctx.terminal !== undefined;
  const width = () => (tty ? ctx.terminal!.columns || tableWidth() : tableWidth());
  if (tty) {
    ctx.out(`diplomatic-visits ${ds.meta.version}: ${ds.meta.counts.visits} visits, ${ds.meta.counts.trips} trips, ${ds.meta.counts.events} events.\n`);
    ctx.out("Try: visits({ person: 'blinken-antony-j', from: '2023-11' })   .help for the helpers, Tab to complete ids\n");
  }
  if (!ctx.input) throw new Error('repl: no input stream to read');

  // Piped input goes in one line at a time, each once the REPL is ready for it
  // (it shows its prompt), so that `const x = await ...` is settled before the
  // next line reads x. No prompts are printed then: only results.
  const feeder = tty ? undefined : lineFeeder(ctx.input);
  const output = tty ? terminalOutput(ctx.terminal!) : pipedOutput(ctx.out, () => feeder!.ready());

  const ids = vocabulary(ds);
  let last: unknown;
  const server = repl.start({
    prompt: tty ? 'dv> ' : READY,
    input: feeder ? feeder.input : ctx.input,
    output,
    terminal: tty,
    useColors: tty,
    ignoreUndefined: true,
    // The REPL prints uncaught errors with the writer too: the library's own
    // errors say all there is to say in their message, so no stack for them.
    writer: (value: unknown) => {
      if (isDiplomaticVisitsError(value)) return terminalSafe(`${value.name}: ${value.message}`);
      if (!(value instanceof Error)) last = value;
      return compactView(value, width())?.trimEnd() ?? safeInspect(value, tty);
    },
    completer: (line: string): [string[], string] => {
      const names = [...Object.keys(HELPER_HELP), ...Object.keys(SCOPE_HELP), ...Object.getOwnPropertyNames(server.context), ...KEYWORDS];
      return completeLine(line, ids, names) ?? completeProperty(line, server.context) ?? [[], line];
    },
  });
  // Count what is thrown, so piped input that fails exits non-zero (a script must see it).
  // The REPL reports every uncaught error (a thrown line, a rejected await) on its domain;
  // a second listener there counts them and leaves the REPL's own report as it is.
  let failures = 0;
  (server as unknown as { _domain?: { on(event: 'error', listener: () => void): void } })._domain?.on('error', () => void failures++);

  const nodeHelp = Object.fromEntries(Object.entries(server.commands).map(([name, c]) => [name, c?.help]));
  server.defineCommand('help', {
    help: REPL_COMMANDS.help!,
    action() {
      this.output.write(helpText(nodeHelp, width()));
      this.displayPrompt();
    },
  });
  server.defineCommand('raw', {
    help: REPL_COMMANDS.raw!,
    action() {
      this.output.write(`${safeInspect(last, tty)}\n`);
      this.displayPrompt();
    },
  });

  // `q`: the query helpers and their constants, unbound. Named one by one, not `import * as` the
  // whole API, which would keep every export in the chunk the CLI loads for every command.
  const q = Object.freeze({ ...helpers, helpers, bind, VISIT_KINDS, EVENT_KINDS, COUNT_FIELDS, SEARCH_TYPES });
  const scope: Record<string, unknown> = { ds, q, bind, bundled: bound };
  for (const name of Object.keys(helpers)) scope[name] = bound[name as keyof typeof helpers];
  const define = (context: object) => {
    for (const [name, value] of Object.entries(scope)) Object.defineProperty(context, name, { value, writable: true, enumerable: true, configurable: true });
  };
  define(server.context);
  // .clear makes a new context: the helpers go in it too.
  server.on('reset', define);
  if (tty) keepHistory(server, ctx);
  await once(server, 'exit');
  if (tty || failures === 0) return 0;
  ctx.err(`diplomatic-visits: repl: ${failures} input line${failures === 1 ? '' : 's'} threw an error\n`);
  return 1;
}

/** On a terminal only: history kept between sessions, as Node's own REPL does (never for piped input). */
function keepHistory(server: REPLServer, ctx: CommandContext): void {
  const file = historyFile(process.env);
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    // setupHistory says what is wrong below
  }
  server.setupHistory(file, (error) => {
    if (error) ctx.err(`diplomatic-visits: repl: history not kept (${file}): ${error.message}\n`);
  });
}

// Node prints a library error as "Uncaught:" on a line of its own when the message
// is wider than its shared writer's breakLength (128); a report of one line stays on one line.
const oneLineReport = (text: string) => (/^Uncaught:\r?\n[^\n]*\n?$/.test(text) ? text.replace(/^Uncaught:\r?\n/, 'Uncaught ') : text);

// What the line editor never sends but inspect() leaves raw (in the REPL's
// preview of a result as it is typed, which is not the writer's): DEL, C1
// controls, bidirectional overrides and isolates, line and paragraph separators.
const NOT_DRAWING = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The REPL's output on a terminal: the terminal itself, seen through a stream
 * that passes on the line editor's drawing as it is, shows what could reorder
 * or hide text as escapes, and keeps error reports on one line. It answers what readline asks of a terminal (isTTY, columns, rows, resize).
 */
function terminalOutput(terminal: NodeJS.WriteStream): Writable {
  const output = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      terminal.write(oneLineReport(String(chunk)).replace(NOT_DRAWING, terminalSafe), callback);
    },
  });
  Object.defineProperties(output, {
    isTTY: { value: true },
    columns: { get: () => terminal.columns },
    rows: { get: () => terminal.rows },
  });
  const resize = () => output.emit('resize');
  terminal.on('resize', resize);
  output.on('close', () => terminal.off('resize', resize));
  return output;
}

/**
 * The REPL's output when input is piped: what it writes goes to `out` (the
 * command's seam), but the prompt, which says it is ready for a line: that
 * calls `ready` instead.
 */
function pipedOutput(out: (text: string) => void, ready: () => void): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      const text = String(chunk);
      if (text === READY || /^\.\.\. *$/.test(text)) ready();
      else out(oneLineReport(text));
      callback();
    },
  });
}

/** Feeds the input's lines to the REPL one by one, each when it is ready; ends its input after the last. */
function lineFeeder(source: NodeJS.ReadableStream): { input: PassThrough; ready(): void } {
  const input = new PassThrough();
  const queue: string[] = [];
  let ended = false;
  let waiting = false; // the REPL asked for a line that has not come yet
  const next = () => {
    const line = queue.shift();
    if (line !== undefined) {
      waiting = false;
      input.write(`${line}\n`);
    } else if (ended) input.end();
    else waiting = true;
  };
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  lines.on('line', (line) => {
    queue.push(line);
    if (waiting) next();
  });
  lines.on('close', () => {
    ended = true;
    if (waiting) next();
  });
  return { input, ready: () => setImmediate(next) };
}
