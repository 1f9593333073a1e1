// What a CLI command is, and the context it runs in. One module per command
// under commands/, listed in commands/index.ts.
import type { CountryCode, IssueId, PersonId, StatusOption, TravelStatus } from '../api.js';
import type { VisitKind } from './records.js';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Dataset } from './records.js';
import type { Format } from './format.js';
import { clip } from '../util/terminal.js';

/** One option of a command, as node:util parseArgs takes it, with its help text. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's name in the help, e.g. `id`, `date`. */
  value?: string;
  description: string;
}

export interface CommandContext {
  /** Option values, parsed. */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  format: Format;
  /** The dataset: the bundled one, or the validated --dataset file. Loaded on first call. */
  dataset(): Promise<Dataset>;
  /** Writes to stdout. */
  out(text: string): void;
  /** Writes to stderr. */
  err(text: string): void;
  /** Whether the standard streams are terminals. */
  interactive: boolean;
  /** Standard input as a stream, for a command that reads it (repl); undefined when the caller gives none. */
  input?: NodeJS.ReadableStream;
  /**
   * The terminal itself, when interactive: where a line editor draws its prompt and
   * moves the cursor (repl). Whatever is printed on it as data must be made terminal-safe first.
   */
  terminal?: NodeJS.WriteStream;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** What follows the command name in the usage line, e.g. `[options]`, `<trip-id> [options]`. */
  usage: string;
  /** More lines of help, shown under the usage. */
  description?: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes (default 0). */
  positionals?: { min: number; max: number; names: string };
  /** The --format values it takes: false for none (default: table, json and csv). */
  formats?: false | readonly Format[];
  /** Whether it takes --dataset (default true). */
  dataset?: boolean;
  examples?: string[];
  /** Returns the exit code (default 0). */
  run(ctx: CommandContext): Promise<number | void> | number | void;
}

/** Bad usage: an unknown command or option, a missing argument. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMAT_TEXT: Record<Format, string> = {
  table: 'table (default; fits the terminal, or 100 columns)',
  json: 'json (the records as in dataset.json)',
  csv: 'csv (RFC 4180)',
  markdown: 'markdown (a summary for release notes or a pull request)',
};

/** The --format option of a command that takes these formats. */
export function formatOption(formats: readonly Format[]): OptionSpec {
  const parts = formats.map((f) => FORMAT_TEXT[f]);
  return { type: 'string', value: 'fmt', description: parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : parts.join('') };
}

/** Largest dataset file the CLI reads, in MiB, unless DIPLOMATIC_VISITS_MAX_DATASET_MB says otherwise. */
export const DEFAULT_MAX_DATASET_MB = 16;
export const MAX_DATASET_ENV = 'DIPLOMATIC_VISITS_MAX_DATASET_MB';

/** Options every command has, unless it says otherwise (`formats`, `dataset`). */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  format: formatOption(['table', 'json', 'csv']),
  dataset: { type: 'string', value: 'file', description: `query a pinned dataset file instead of the bundled one (validated first; a regular file of at most ${DEFAULT_MAX_DATASET_MB} MiB unless ${MAX_DATASET_ENV} says more)` },
  wide: { type: 'boolean', description: 'table: cut nothing, whatever the width of the terminal' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** The filter flags shared by the visit and trip commands. */
/** `--status`: travel that did not take place (postponed, cancelled) is left out unless asked for. */
export const STATUS_OPTION = {
  type: 'string',
  multiple: true,
  value: 'status',
  description: 'completed (the default), postponed, cancelled, or all: announced trips that did not take place are left out unless asked for (repeatable, or a comma list)',
} satisfies OptionSpec;

/** The `--status` values as the helpers' `status` option: `all` alone, else one status or a list. */
export function statusValue(ctx: CommandContext): StatusOption | undefined {
  const v = many<TravelStatus | 'all'>(ctx, 'status');
  return v as StatusOption | undefined;
}

export const FILTER_OPTIONS = {
  person: { type: 'string', multiple: true, value: 'id', description: 'traveller person id, e.g. blinken-antony-j (repeatable, or a comma list)' },
  traveler: { type: 'string', value: 'text', description: "part of the traveller's name, any case or accents" },
  country: { type: 'string', multiple: true, value: 'code', description: 'country code visited, e.g. JP (repeatable, or a comma list)' },
  'traveler-country': { type: 'string', multiple: true, value: 'code', description: "the traveller's own country, e.g. CN for Chinese leaders in the US (repeatable, or a comma list)" },
  locality: { type: 'string', value: 'text', description: 'part of the place visited as recorded, e.g. Beijing (any case or accents)' },
  region: { type: 'string', value: 'name', description: 'UN M49 region of the country, e.g. Asia' },
  subregion: { type: 'string', value: 'name', description: 'UN M49 subregion, e.g. "Eastern Asia"' },
  from: { type: 'string', value: 'date', description: 'first day, inclusive: YYYY-MM-DD, or a month YYYY-MM or year YYYY (its first day); overlapping stays match' },
  to: { type: 'string', value: 'date', description: 'last day, inclusive: YYYY-MM-DD, or a month YYYY-MM or year YYYY (its last day)' },
  kind: { type: 'string', multiple: true, value: 'kind', description: 'secretary-travel, president-travel, foreign-leader-visit or official-travel (repeatable, or a comma list)' },
  issue: { type: 'string', value: 'id', description: 'issue id, child issues included, e.g. taiwan' },
  event: { type: 'string', value: 'id', description: 'event id' },
  status: STATUS_OPTION,
} satisfies Record<string, OptionSpec>;

/** The value of a string option, or undefined. */
export function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** The visit criteria given by FILTER_OPTIONS, shared by the visits and trips commands. */
export function filterValues(ctx: CommandContext) {
  return {
    person: many<PersonId>(ctx, 'person'),
    traveler: str(ctx, 'traveler'),
    country: many<CountryCode>(ctx, 'country'),
    travelerCountry: many<CountryCode>(ctx, 'traveler-country'),
    locality: str(ctx, 'locality'),
    region: str(ctx, 'region'),
    subregion: str(ctx, 'subregion'),
    from: str(ctx, 'from'),
    to: str(ctx, 'to'),
    kind: many<VisitKind>(ctx, 'kind'),
    issue: str(ctx, 'issue') as IssueId | undefined,
    event: str(ctx, 'event'),
    status: statusValue(ctx),
  };
}

/**
 * A count given as an option: decimal digits only (`0x2`, `1e1`, ` 2 ` and
 * `2.0` are refused, as Number() would take them), at least `min`.
 */
export function count(ctx: CommandContext, name: string, min: number): number | undefined {
  const text = str(ctx, name);
  if (text === undefined) return undefined;
  const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min)) throw new UsageError(`--${name}: expected a whole number, ${min} or more, received ${JSON.stringify(clip(text, 30))} (written in digits only)`);
  return n;
}

/**
 * The values of a repeatable option, each of which may be a comma list
 * (`--country CN,JP` is `--country CN --country JP`): one value as a string,
 * several as an array. Empty items are kept, so `CN,,JP` is refused by the
 * helper rather than read as `CN,JP`.
 */
export function many<T extends string>(ctx: CommandContext, name: string): T | T[] | undefined {
  const v = ctx.values[name];
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const items = v.flatMap((item) => (typeof item === 'string' && item.includes(',') ? item.split(',').map((s) => s.trim()) : [item]));
  return (items.length === 1 ? items[0] : items) as T | T[];
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a folder on the path is a file)',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
};

/** The size limit in bytes: the environment variable if set (a positive number of MiB), else the default. */
export function maxDatasetBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[MAX_DATASET_ENV];
  if (text === undefined || text === '') return DEFAULT_MAX_DATASET_MB * 2 ** 20;
  const mb = /^\d+(?:\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(mb > 0 && Number.isFinite(mb))) {
    throw new UsageError(`${MAX_DATASET_ENV}=${JSON.stringify(text.slice(0, 40))}: expected a number of MiB greater than 0, such as 64`);
  }
  return Math.floor(mb * 2 ** 20);
}

/** What a path that is not a regular file is, in words. */
function notAFile(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a folder, not a file';
  if (stats.isFIFO()) return 'it is a pipe, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * The bytes of a dataset file the user named. A path that cannot be read is
 * bad usage (exit 2), said plainly: `--dataset: cannot read "/x.json": no such file`.
 * Only a regular file no larger than the limit is read, and it is checked
 * before reading: /dev/zero, a pipe or a 3 GB file is refused at once.
 */
export function readUserFile(label: string, file: string): Uint8Array {
  const limit = maxDatasetBytes();
  const refuse = (why: string) => new UsageError(`${label}: cannot read "${clip(file)}": ${why}`);
  let fd: number | undefined;
  try {
    // stat before open: opening a pipe would wait for a writer.
    const before = statSync(file);
    if (!before.isFile()) throw refuse(notAFile(before));
    if (before.size > limit) throw refuse(`it is ${mib(before.size)}, more than the ${mib(limit)} a dataset file may have (set ${MAX_DATASET_ENV} to allow more)`);
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    // Checked again on the open file, in case the path was swapped in between.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw refuse(notAFile(stats));
    if (stats.size > limit) throw refuse(`it is ${mib(stats.size)}, more than the ${mib(limit)} a dataset file may have (set ${MAX_DATASET_ENV} to allow more)`);
    // Read the size stat gave, no more: a file growing meanwhile cannot grow the read.
    const bytes = new Uint8Array(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw refuse(READ_ERRORS[code] ?? (error as Error).message);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
