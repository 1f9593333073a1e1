// Parses the command line, runs one command, and maps failures to exit codes:
// 0 success, 2 bad usage (unknown command or option, bad date, unknown id), 1 anything else.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDataset } from '../dataset/bundled-node.js';
import { InvalidArgumentError, UnknownIdError, isDiplomaticVisitsError, isInvalidArgumentError, isUnknownIdError } from '../errors.js';
import { suggest } from '../query/_lib/suggest.js';
import type { Dataset } from '../query/_lib/records.js';
import { COMMON_OPTIONS, DEFAULT_MAX_DATASET_MB, MAX_DATASET_ENV, UsageError, formatOption, readUserFile, type Command, type CommandContext, type OptionSpec } from './command.js';
import { commands } from './commands/index.js';
import { FORMATS, setTableWidth, wrap, type Format } from './format.js';
import { clip, terminalSafe } from '../util/terminal.js';

const BIN = 'diplomatic-visits';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  interactive: boolean;
  /** Whether stdout is a terminal (default false): CSV written to a terminal has its control characters shown as escapes too. */
  terminal?: boolean;
  /** The terminal's width when stdout is one: tables fit it (100 columns otherwise). */
  columns?: number;
  /** Standard input as a stream, for a command that reads it (repl). */
  input?: NodeJS.ReadableStream;
  /** The terminal as a stream, when interactive: the REPL's line editor draws on it; data it prints there is made terminal-safe by the command. */
  terminalStream?: NodeJS.WriteStream;
}

function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === BIN && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

/** The --format values a command takes (none: an empty list). */
export function formatsOf(command: Command): readonly Format[] {
  return command.formats === false ? [] : command.formats ?? FORMATS;
}

/** Every option a command takes: its own, then --format, --wide, --dataset and --help where they apply. */
function optionsOf(command: Command): Record<string, OptionSpec> {
  const formats = formatsOf(command);
  return {
    ...command.options,
    ...(formats.length ? { format: formats === FORMATS ? COMMON_OPTIONS.format! : formatOption(formats) } : {}),
    ...(formats.includes('table') ? { wide: COMMON_OPTIONS.wide! } : {}),
    ...(command.dataset === false ? {} : { dataset: COMMON_OPTIONS.dataset! }),
    help: COMMON_OPTIONS.help!,
  };
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const left = Object.entries(options).map(([name, o]) => `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`);
  const pad = Math.min(28, Math.max(...left.map((l) => l.length)) + 2);
  return Object.values(options).flatMap((o, i) => {
    const head = `  ${left[i]!.padEnd(pad)}`;
    const lines = wrap(o.description, 100 - head.length);
    return lines.map((l, j) => (j === 0 ? head : ' '.repeat(head.length)) + l.trimStart());
  });
}

export function commandHelp(command: Command): string {
  const lines = [`Usage: ${BIN} ${command.name} ${command.usage}`, '', `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`];
  if (command.description) lines.push('', ...command.description.split('\n').flatMap((l) => (l === '' ? [''] : wrap(l, 100))));
  lines.push('', 'Options:', ...optionLines(optionsOf(command)));
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

export function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `Usage: ${BIN} <command> [options]`,
    '',
    'High-level US diplomatic visits and the issues on their agenda: query the bundled dataset.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    `  -h, --help     this help; \`${BIN} <command> --help\` for a command's options`,
    '  -v, --version  the package version',
    '',
    'Most commands take --format table|json|csv and --dataset <file> (a pinned dataset file);',
    "each command's --help lists exactly the options it takes.",
    `A --dataset or diff file must be a regular file of at most ${DEFAULT_MAX_DATASET_MB} MiB; ${MAX_DATASET_ENV}=<MiB> allows larger ones.`,
    'Exit codes: 0 success, 2 bad usage (unknown command or option, bad date, unknown id), 1 other failures.',
    '',
    'Example:',
    `  ${BIN} trips --person blinken-antony-j --from 2023-11-01 --to 2023-11-30 --with-issues`,
    '',
  ].join('\n');
}

/** Loads the dataset a command asked for, once. --dataset files are validated (zod is loaded only then). */
function datasetLoader(file: string | undefined): () => Promise<Dataset> {
  let promise: Promise<Dataset> | undefined;
  return () =>
    (promise ??= (async () => {
      if (file === undefined) return getDataset();
      const text = readUserFile('--dataset', file);
      // The public `diplomatic-visits/schemas` entry (dist/schemas.cjs in the build, see tsup.config.ts).
      const { loadDataset } = await import('../schemas/index.js');
      return loadDataset(text);
    })());
}

/** Helper argument names whose flag is not simply `--` and the name in kebab case. */
const FLAG_NAMES: Record<string, string> = {
  'options.types': '--type',
  person: '--person',
  personId: '--person',
  tripId: '<trip-id>',
  text: '<words...>',
};

/** The flag a user typed for a helper's argument name: `filter.person[1]` → `--person`, `options.types[0]` → `--type`. */
export function flagFor(argument: string): string {
  const base = argument.replace(/\[\d+\]$/, '');
  if (FLAG_NAMES[base]) return FLAG_NAMES[base];
  const m = /^(?:filter|range|by|options)\.(\w+)$/.exec(base);
  if (m) return `--${m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return argument;
}

/**
 * A helper's error message in the CLI's words: the flags the user typed, not the helper's
 * argument names. Built from the error's code and fields, never from its message text.
 */
export function cliMessage(error: InvalidArgumentError | UnknownIdError): string {
  const flag = flagFor(error.argument);
  if (error.code === 'ERR_DV_UNKNOWN_ID') return new UnknownIdError(flag, error.kind, error.received, error.suggestions, error.expected).message;
  // A reversed range: `--to 2023-11-01 is before --from 2023-11-30`.
  if (error.code === 'ERR_DV_REVERSED_RANGE' && error.rangeStart) {
    return `${flag} ${String(error.received)} is before ${flagFor(error.rangeStart.argument)} ${error.rangeStart.value}: expected a range that runs forwards`;
  }
  return new InvalidArgumentError(flag, error.expected, error.received, error.suggestions).message;
}

/** `--limit -1`: a value that starts with a dash is taken as the option's value when it is a number. */
function joinNegativeValues(options: Record<string, OptionSpec>, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parseCommandLine(command: Command, argv: string[]) {
  const options = optionsOf(command);
  const config = {
    args: joinNegativeValues(options, argv),
    options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }])),
    allowPositionals: true,
  };
  try {
    return parseArgs({ ...config, strict: true, tokens: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's messages are prose: find the option at fault in the tokens instead, checked as strict mode does.
    const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
    throw optionUsageError(command, options, tokens) ?? new UsageError(`${command.name}: ${clip((error as Error).message)}`);
  }
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** The first option token that strict parsing refuses, in the CLI's words. */
function optionUsageError(command: Command, options: Record<string, OptionSpec>, tokens: readonly Token[]): UsageError | undefined {
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const flag = clip(token.rawName, 40);
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) {
      if (flag === '--format' || flag === '--dataset') {
        return new UsageError(`${command.name}: ${flag} does not apply to this command; see ${BIN} ${command.name} --help`);
      }
      const near = suggest(flag.replace(/^-+/, ''), Object.keys(options).map((id) => ({ id })), 2);
      return new UsageError(`${command.name}: unknown option ${flag}${near.length ? ` (did you mean ${near.map((n) => `--${n}`).join(' or ')}?)` : ''}; see ${BIN} ${command.name} --help`);
    }
    if (spec.type === 'boolean' && token.value != null) return new UsageError(`${command.name}: option ${flag} takes no value; see ${BIN} ${command.name} --help`);
    // A missing value, or the next option taken as one (`--person --from 2023-01-01`).
    const optionLike = !token.inlineValue && typeof token.value === 'string' && token.value.length > 1 && token.value.startsWith('-');
    if (spec.type === 'string' && (typeof token.value !== 'string' || optionLike)) {
      return new UsageError(`${command.name}: option ${flag} needs a value; see ${BIN} ${command.name} --help`);
    }
  }
  return undefined;
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function run(argv: string[], rawIo: Io): Promise<number> {
  // The one seam to the terminal: messages always, and every output but CSV
  // bound for a file or a pipe (data, kept exact), show control characters as escapes.
  let csvToFile = false;
  // Not a spread of rawIo: `interactive` and `input` may be getters that open stdin, read only by a command that uses it.
  const io = {
    out: (text: string) => rawIo.out(csvToFile ? text : terminalSafe(text)),
    err: (text: string) => rawIo.err(terminalSafe(text)),
    columns: rawIo.columns,
  };
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.err(topHelp());
      return 2;
    }
    if (first === '--help' || first === '-h') {
      io.out(topHelp());
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.out(`${version()}\n`);
      return 0;
    }
    const byName = (name: string) => commands.find((c) => c.name === name);
    let command = byName(first);
    let args = rest;
    if (first === 'help') {
      if (rest[0] === undefined) {
        io.out(topHelp());
        return 0;
      }
      command = byName(rest[0]);
      args = ['--help'];
      if (!command) throw unknownCommand(rest[0]);
    }
    if (!command) throw first.startsWith('-') ? new UsageError(`unknown option ${clip(first, 40)}: expected a command first; see ${BIN} --help`) : unknownCommand(first);

    const { values, positionals, tokens } = parseCommandLine(command, args);
    refuseRepeats(command, optionsOf(command), tokens ?? []);
    if (values.help) {
      io.out(commandHelp(command));
      return 0;
    }
    const formats = formatsOf(command);
    const format = (values.format ?? 'table') as Format;
    if (formats.length && !formats.includes(format)) {
      throw new UsageError(`${command.name}: --format must be one of ${formats.join(', ')}, not "${clip(String(values.format))}"`);
    }
    csvToFile = format === 'csv' && rawIo.terminal !== true;
    const { min, max, names } = command.positionals ?? { min: 0, max: 0, names: '' };
    if (positionals.length < min) throw new UsageError(`${command.name}: missing ${names}; see ${BIN} ${command.name} --help`);
    if (positionals.length > max) {
      throw new UsageError(`${command.name}: unexpected argument "${clip(positionals[max]!)}"${max === 0 ? ' (options start with --)' : ''}; see ${BIN} ${command.name} --help`);
    }
    setTableWidth(values.wide === true ? Infinity : io.columns);
    const ctx: CommandContext = {
      values: values as CommandContext['values'],
      positionals,
      format,
      dataset: datasetLoader(values.dataset as string | undefined),
      out: io.out,
      err: io.err,
      get interactive() {
        return rawIo.interactive;
      },
      get input() {
        return rawIo.input;
      },
      get terminal() {
        return rawIo.interactive ? rawIo.terminalStream : undefined;
      },
    };
    return (await command.run(ctx)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${BIN}: ${error.message}\n`);
      return 2;
    }
    if (isInvalidArgumentError(error) || isUnknownIdError(error)) {
      io.err(`${BIN}: ${cliMessage(error)}\n`);
      return 2;
    }
    if (isDiplomaticVisitsError(error)) {
      io.err(`${BIN}: ${error.message}\n`);
      return 1;
    }
    io.err(`${BIN}: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.DIPLOMATIC_VISITS_DEBUG) io.err(`${(error as Error)?.stack}\n`);
    return 1;
  }
}

/**
 * A single-valued option given twice is refused rather than the last kept
 * silently (`--issue taiwan --issue fentanyl`, `--format csv --format json`);
 * a repeatable one (`multiple`, said "(repeatable)" in the help) means any of its values.
 */
function refuseRepeats(command: Command, options: Record<string, OptionSpec>, tokens: readonly { kind: string; name?: string; value?: string }[]): void {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const spec = options[token.name];
    if (!spec || spec.multiple || spec.type !== 'string') continue;
    if (seen.has(token.name)) {
      const values = [seen.get(token.name), token.value].map((v) => `"${clip(String(v ?? ''), 30)}"`).join(' and ');
      throw new UsageError(`${command.name}: --${token.name} given twice (${values}): it takes one value; see ${BIN} ${command.name} --help`);
    }
    seen.set(token.name, token.value);
  }
}

function unknownCommand(rawName: string): UsageError {
  const name = clip(rawName, 40);
  const near = suggest(rawName.slice(0, 40), commands.map((c) => ({ id: c.name })), 2);
  return new UsageError(`unknown command "${name}"${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}; commands: ${commands.map((c) => c.name).join(', ')}`);
}
