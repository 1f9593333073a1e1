// What the REPL adds to Node's: its .help (the helpers, one line each with an
// example), completion of helper names and of ids inside strings, a compact
// table view of visit, trip and event lists, and where its history is kept.
// Pure functions of their arguments, so tests call them directly.
import { homedir } from 'node:os';
import path from 'node:path';
import type { Helpers } from '../api.js';
import type { Dataset, Event, Trip, Visit } from './records.js';
import { EVENT_COLUMNS } from './commands/events.js';
import { VISIT_COLUMNS } from './commands/visits.js';
import { markDate, renderTable, type Column } from './format.js';

// The visits command's table columns, squeezed further: a REPL result should fit 80 columns.
const SQUEEZE: Record<string, number> = { traveller: 12, locality: 8, kind: 6, as: 6 };
const REPL_VISIT_COLUMNS: Column<Visit>[] = VISIT_COLUMNS.map((c) => (SQUEEZE[c.header] ? { ...c, min: SQUEEZE[c.header] } : c));

/** One helper in `.help`: its bound signature (no dataset argument) and an example that runs against the bundled data. */
export interface HelperHelp {
  signature: string;
  example: string;
}

// Keyed by every helper: a helper added to `helpers` without a line here fails to compile
// (and tests/repl-support.test.ts runs each example in the REPL).
export const HELPER_HELP: Record<keyof Helpers, HelperHelp> = {
  visits: { signature: 'visits(filter?) → Visit[]', example: "visits({ person: 'blinken-antony-j', from: '2023-11', to: '2023-11' })" },
  trips: { signature: 'trips(filter?) → Trip[]', example: "trips({ issue: 'taiwan', from: '2023' })" },
  tripOf: { signature: 'tripOf(visitId, { status? }?) → Trip | undefined', example: "tripOf('hsg-travel-4181')" },
  itinerary: { signature: 'itinerary(tripId, { status? }?) → { trip, stops }', example: "itinerary('blinken-antony-j-2023-11-03').stops.length" },
  issuesOf: { signature: 'issuesOf(subject, options?) → IssueOf[]', example: "issuesOf({ type: 'trip', id: 'blinken-antony-j-2023-11-03' }).length" },
  tripsForIssue: { signature: 'tripsForIssue(issueId, filter?) → Trip[]', example: "tripsForIssue('north-korea')" },
  visitsForIssue: { signature: 'visitsForIssue(issueId, filter?) → Visit[]', example: "visitsForIssue('taiwan', { from: '2024' })" },
  events: { signature: 'events(filter?) → Event[]', example: "events({ person: 'blinken-antony-j', from: '2021-03', to: '2021-03' })" },
  participants: { signature: 'participants(eventId) → Person[]', example: "participants('blinken-motegi-meeting-tokyo-2021-03').map((p) => p.id)" },
  counterparts: { signature: 'counterparts(personId, range?) → Counterpart[]', example: "counterparts('blinken-antony-j').length" },
  countriesVisited: { signature: 'countriesVisited(personId, range?) → CountryVisited[]', example: "countriesVisited('austin-lloyd-j').map((c) => c.country.code)" },
  daysAbroad: { signature: 'daysAbroad(personId, range?) → number', example: "daysAbroad('blinken-antony-j', { from: '2023' , to: '2023' })" },
  firstVisit: { signature: 'firstVisit(by, countryCode, range?) → Visit | undefined', example: "firstVisit({ kind: 'secretary-travel' }, 'CN').start" },
  lastVisit: { signature: 'lastVisit(by, countryCode, range?) → Visit | undefined', example: "lastVisit({ kind: 'secretary-travel' }, 'CN', { to: '2022' }).start" },
  timeline: { signature: 'timeline(personId, range?) → TimelineEntry[]', example: "timeline('blinken-antony-j', { from: '2024-04', to: '2024-04' }).length" },
  search: { signature: 'search(text, { types?, limit?, status? }?) → SearchHit[]', example: "search('beijing', { types: ['visit'], limit: 3 })" },
  evidenceFor: { signature: 'evidenceFor(issueLinkId) → LinkEvidence', example: "evidenceFor('alaska-2021-03-us-china-communication').link.issueId" },
  discrepancies: { signature: 'discrepancies(subject?) → Discrepancy[]', example: "discrepancies({ type: 'visit', id: 'hsg-travel-4229' }).map((d) => d.id)" },
  countBy: { signature: 'countBy(records, field) → { key, count }[]', example: "countBy(visits({ person: 'blinken-antony-j' }), 'country').slice(0, 3)" },
  people: { signature: 'people({ name? }?) → Person[]', example: "people({ name: 'blinken' }).map((p) => p.id)" },
  countries: { signature: 'countries({ region?, subregion? }?) → Country[]', example: "countries({ subregion: 'Central Asia' }).map((c) => c.code)" },
  travelStats: { signature: 'travelStats(personId, range?) → TravelStats', example: "travelStats('blinken-antony-j', { from: '2023', to: '2023' }).daysAbroad" },
};

/** The other names in scope, for `.help` and completion. */
export const SCOPE_HELP: Record<string, string> = {
  ds: 'the dataset: ds.visits, ds.trips, ds.people, ds.meta, …',
  q: 'the unbound helpers: q.visits(ds, filter)',
  bind: 'bind(dataset) → the helpers bound to another dataset',
  bundled: 'the helpers bound to this dataset, as one object',
};

/** The REPL's own commands (Node's are listed after them). */
export const REPL_COMMANDS: Record<string, string> = {
  help: 'this help: the helpers, then the REPL commands',
  raw: 'print the last result in full, as an object, rather than as a table',
};

/** The text of `.help`, fitted to `width` columns where it can be. */
export function helpText(nodeCommands: Record<string, string | undefined>, width: number): string {
  const names = Object.keys(HELPER_HELP) as (keyof Helpers)[];
  const pad = Math.max(...names.map((n) => HELPER_HELP[n].signature.length)) + 2;
  const side = names.every((n) => 2 + pad + HELPER_HELP[n].example.length <= width);
  const lines = ['Helpers (the dataset argument is given; filters and ranges take dates as YYYY, YYYY-MM or YYYY-MM-DD):'];
  for (const name of names) {
    const { signature, example } = HELPER_HELP[name];
    // Signature and example side by side when every one fits, else each example under its signature.
    if (side) lines.push(`  ${signature.padEnd(pad)}${example}`);
    else lines.push(`  ${signature}`, `      ${example}`);
  }
  lines.push("Trips announced and not made are left out unless asked: status: 'postponed', 'cancelled' or 'all'", "in any filter, range or options, e.g. trips({ person: 'blinken-antony-j', status: 'postponed' }).");
  lines.push('', 'Also in scope:', ...Object.entries(SCOPE_HELP).map(([n, text]) => `  ${n.padEnd(9)}${text}`));
  lines.push('', 'Lists of visits, trips and events print as a table; .raw prints the last one in full.');
  lines.push('Tab completes names, and ids inside a string: visits({ person: \'blin⇥', '', 'REPL commands:');
  const commands = { ...Object.fromEntries(Object.entries(REPL_COMMANDS).map(([k, v]) => [k, v])), ...nodeCommands };
  for (const [name, text] of Object.entries(commands).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  .${name.padEnd(8)}${REPL_COMMANDS[name] ?? text ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The ids a user may type inside a string, by vocabulary, each sorted; `all` holds them all. */
export type Vocabulary = Record<'person' | 'country' | 'issue' | 'trip' | 'event' | 'visit' | 'issueLink' | 'all', readonly string[]>;

export function vocabulary(ds: Dataset): Vocabulary {
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  const v = {
    person: sorted(ds.people.map((p) => p.id)),
    country: sorted(ds.countries.map((c) => c.code)),
    issue: sorted(ds.issues.map((i) => i.id)),
    trip: sorted(ds.trips.map((t) => t.id)),
    event: sorted(ds.events.map((e) => e.id)),
    visit: sorted(ds.visits.map((x) => x.id)),
    issueLink: sorted(ds.issueLinks.map((l) => l.id)),
  };
  return { ...v, all: sorted(Object.values(v).flat()) };
}

// Which vocabulary a string holds, by the filter key before it (`person: '…`)…
const KEY_VOCABULARY: Record<string, keyof Vocabulary> = {
  person: 'person',
  personId: 'person',
  participant: 'person',
  country: 'country',
  travelerCountry: 'country',
  issue: 'issue',
  trip: 'trip',
  tripId: 'trip',
  event: 'event',
  visit: 'visit',
};
// …or by the helper it is the first argument of (`itinerary('…`).
const FIRST_ARGUMENT: Record<string, keyof Vocabulary> = {
  tripOf: 'visit',
  itinerary: 'trip',
  tripsForIssue: 'issue',
  visitsForIssue: 'issue',
  participants: 'event',
  counterparts: 'person',
  countriesVisited: 'person',
  daysAbroad: 'person',
  timeline: 'person',
  travelStats: 'person',
  evidenceFor: 'issueLink',
};

/** The vocabulary of the string that starts where `before` ends: by its key or helper, else every id. */
function vocabularyAt(before: string): keyof Vocabulary {
  // { type: 'trip', id: '… names its vocabulary.
  const subject = /type\s*:\s*['"](trip|visit|event)['"]\s*,\s*id\s*:\s*$/.exec(before);
  if (subject) return subject[1] as 'trip' | 'visit' | 'event';
  const key = /([A-Za-z_$][\w$]*)['"]?\s*:\s*\[?(?:\s*['"][^'"]*['"]\s*,)*\s*$/.exec(before);
  if (key && KEY_VOCABULARY[key[1]!]) return KEY_VOCABULARY[key[1]!]!;
  const call = /([A-Za-z_$][\w$]*)\(\s*$/.exec(before);
  if (call && FIRST_ARGUMENT[call[1]!]) return FIRST_ARGUMENT[call[1]!]!;
  // firstVisit(by, 'CN'), lastVisit(by, 'CN'): a country code after the selector.
  if (/(?:first|last)Visit\(.*\}\s*,\s*$/.test(before)) return 'country';
  return 'all';
}

/** The string literal the cursor is in at the end of `line`: its text so far, or undefined outside one. */
export function openString(line: string): string | undefined {
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      start = i + 1;
    } else if (c === '/' && line[i + 1] === '/') return undefined; // a comment to the end of the line
  }
  return quote ? line.slice(start) : undefined;
}

/**
 * Completions for `line` (the text before the cursor) as node:repl's
 * `completer` returns them: [candidates, the part they complete]. Inside a
 * string: the ids starting with what is typed. After a name with no dot
 * before it: the names in scope. Undefined where it has nothing to offer
 * (a property after a dot: Node's own completion is not reachable once a
 * completer is given, so the REPL completes those from the value itself).
 */
export function completeLine(line: string, vocab: Vocabulary, names: readonly string[]): [string[], string] | undefined {
  const inString = openString(line);
  if (inString !== undefined) {
    // Ids hold no quotes or spaces: complete the last word of the string.
    const word = /[^\s,]*$/.exec(inString)![0];
    const lower = word.toLowerCase();
    const ids = vocab[vocabularyAt(line.slice(0, line.length - inString.length - 1))];
    // Country codes are upper case; `cn⇥` finds CN.
    return [ids.filter((id) => id.toLowerCase().startsWith(lower)), word];
  }
  const m = /(^|[^\w$.])([A-Za-z_$][\w$]*)?$/.exec(line);
  if (!m) return undefined;
  const word = m[2] ?? '';
  return [[...new Set(names)].filter((n) => n.startsWith(word)).sort(), word];
}

/** Completions of `expr.partial` from the value of `expr` (a chain of names, no calls) in `context`. */
export function completeProperty(line: string, context: Record<string, unknown>): [string[], string] | undefined {
  const m = /(?:^|[^\w$.])((?:[A-Za-z_$][\w$]*\.)+)([A-Za-z_$][\w$]*)?$/.exec(line);
  if (!m) return undefined;
  let value: unknown = context;
  for (const key of m[1]!.slice(0, -1).split('.')) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return undefined;
  const word = m[2] ?? '';
  const keys = new Set<string>();
  for (let o: object | null = Object(value) as object; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const k of Object.getOwnPropertyNames(o)) if (/^[A-Za-z_$][\w$]*$/.test(k) && k !== 'constructor') keys.add(k);
  }
  return [[...keys].filter((k) => k.startsWith(word)).sort(), word];
}

/**
 * The history file: DIPLOMATIC_VISITS_REPL_HISTORY if set (empty: none, as
 * Node's NODE_REPL_HISTORY), else under $XDG_STATE_HOME, else in the home folder.
 */
export function historyFile(env: NodeJS.ProcessEnv, home: string = homedir()): string | undefined {
  const own = env.DIPLOMATIC_VISITS_REPL_HISTORY;
  if (own !== undefined) return own.trim() === '' ? undefined : own;
  if (env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME)) return path.join(env.XDG_STATE_HOME, 'diplomatic-visits', 'repl_history');
  return home ? path.join(home, '.diplomatic_visits_repl_history') : undefined;
}

const TRIP_COLUMNS: Column<Trip>[] = [
  { header: 'id', value: (t) => t.id, id: true },
  { header: 'start', value: (t) => markDate(t.start, t.dateQualifier), min: Infinity },
  { header: 'end', value: (t) => markDate(t.end, t.dateQualifier), min: Infinity },
  { header: 'title', value: (t) => t.title, min: 30 },
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isVisit = (v: unknown): v is Visit => isRecord(v) && typeof v.id === 'string' && isRecord(v.traveler) && typeof v.country === 'string' && typeof v.start === 'string';
const isTrip = (v: unknown): v is Trip => isRecord(v) && typeof v.id === 'string' && Array.isArray(v.visitIds) && typeof v.title === 'string';
const isEvent = (v: unknown): v is Event => isRecord(v) && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.kind === 'string' && typeof v.start === 'string';

/** A non-empty list of visits, trips or events as a table that fits `width`, with a line saying what it is; undefined for anything else. */
export function compactView(value: unknown, width: number): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const view = (what: string, table: string) => `${table}${value.length} ${what}${value.length === 1 ? '' : 's'} (.raw for the objects)`;
  if (value.every(isVisit)) return view('visit', renderTable(value, REPL_VISIT_COLUMNS, { maxWidth: width }));
  if (value.every(isTrip)) return view('trip', renderTable(value, TRIP_COLUMNS, { maxWidth: width }));
  if (value.every(isEvent)) return view('event', renderTable(value, EVENT_COLUMNS, { maxWidth: width }));
  return undefined;
}
