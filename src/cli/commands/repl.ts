import { once } from 'node:events';
import repl, { type REPLServer } from 'node:repl';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { inspect } from 'node:util';
import { isDiplomaticVisitsError } from '../../errors.js';
import * as query from '../../query/index.js';
import { bind } from '../../query/bind/index.js';
import type { Command } from '../command.js';
import { terminalSafe } from '../../util/terminal.js';

export const replCommand: Command = {
  name: 'repl',
  summary: 'a Node REPL with the dataset (ds) and every helper bound to it',
  usage: '[options]',
  formats: false,
  description: [
    'In scope: ds (the dataset), every query helper bound to it (visits, trips, itinerary,',
    'issuesOf, ...), q (the unbound helpers: q.visits(ds, filter)) and bind. Input may be piped:',
    'each line is evaluated, its result printed, and the REPL exits at the end of the input.',
  ].join('\n'),
  options: {},
  examples: [
    "diplomatic-visits repl   then   visits({ person: 'blinken-antony-j', from: '2023-11-01' })",
    "echo \"countriesVisited('blinken-antony-j').length\" | diplomatic-visits repl",
  ],
  async run(ctx) {
    const ds = await ctx.dataset();
    const bound = bind(ds);
    const tty = ctx.interactive;
    if (tty) {
      ctx.out(`diplomatic-visits ${ds.meta.version}: ${ds.meta.counts.visits} visits, ${ds.meta.counts.trips} trips, ${ds.meta.counts.events} events.\n`);
      ctx.out("Try: visits({ person: 'blinken-antony-j', from: '2023-11-01', to: '2023-11-30' })   .help for REPL commands\n");
    }
    // Piped input goes in one line at a time, each once the REPL is ready for
    // it (it shows its prompt), so that `const x = await ...` is settled before
    // the next line reads x. No prompts are printed then: only results.
    const input = tty ? process.stdin : new PassThrough();
    const server = repl.start({
      prompt: tty ? 'dv> ' : '',
      input,
      output: process.stdout,
      terminal: tty,
      ignoreUndefined: true,
      // The REPL prints uncaught errors with the writer too: the library's own
      // errors say all there is to say in their message, so no stack for them.
      writer: (value: unknown) =>
        isDiplomaticVisitsError(value)
          ? terminalSafe(`${value.name}: ${value.message}`)
          : inspect(value, { depth: 6, colors: tty, maxArrayLength: 200, breakLength: 100 }),
    });
    if (!tty) feedLines(server, input as PassThrough);
    // Count what is thrown, so piped input that fails exits non-zero (a script must see it).
    // The REPL reports every uncaught error (a thrown line, a rejected await) on its domain;
    // a second listener there counts them and leaves the REPL's own report as it is.
    let failures = 0;
    (server as unknown as { _domain?: { on(event: 'error', listener: () => void): void } })._domain?.on('error', () => void failures++);
    // Node prints "Uncaught:" on a line of its own when the error's line is wider than
    // the default writer's breakLength; the messages are one line, keep them so.
    (repl as unknown as { writer: { options: { breakLength: number } } }).writer.options.breakLength = Infinity;
    const scope: Record<string, unknown> = { ds, q: query, bind, bundled: bound };
    for (const name of Object.keys(query.helpers)) scope[name] = bound[name as keyof typeof query.helpers];
    for (const [name, value] of Object.entries(scope)) {
      Object.defineProperty(server.context, name, { value, writable: true, enumerable: true, configurable: true });
    }
    await once(server, 'exit');
    if (tty || failures === 0) return 0;
    ctx.err(`diplomatic-visits: repl: ${failures} input line${failures === 1 ? '' : 's'} threw an error\n`);
    return 1;
  },
};

/** Feeds stdin's lines to the REPL one by one, each when it asks for input; ends its input after the last. */
function feedLines(server: REPLServer, input: PassThrough): void {
  const queue: string[] = [];
  let ended = false;
  let waiting = true; // the REPL asked for a line that has not come yet (it has, at start)
  const next = () => {
    const line = queue.shift();
    if (line !== undefined) {
      waiting = false;
      input.write(`${line}\n`);
    } else if (ended) input.end();
    else waiting = true;
  };
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    queue.push(line);
    if (waiting) next();
  });
  lines.on('close', () => {
    ended = true;
    if (waiting) next();
  });
  // readline's prompt() resumes input and writes the prompt: keep the one, not the other.
  const rl = server as unknown as { prompt(preserveCursor?: boolean): void; paused?: boolean; resume(): void };
  rl.prompt = function prompt() {
    if (this.paused) this.resume();
    setImmediate(next);
  };
}
