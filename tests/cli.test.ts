// The CLI as a user runs it: `node dist/cli.js ...` after the build. Answers
// that depend on content come from the hand-made fixture, passed as a pinned
// file with --dataset; the bundled path is checked against dist/dataset.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/schemas/types.js';
import { datasetChecksum } from '../src/util/checksum.js';
import { freshSmallDataset, smallDataset } from './fixtures/small-dataset.js';
import { InvalidArgumentError, UnknownIdError } from '../src/errors.js';
import { cliMessage } from '../src/cli/run.js';

const root = path.resolve(import.meta.dirname, '..');
const cliFile = path.join(root, 'dist', 'cli.js');
let work: string;
let pinned: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [cliFile, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** Runs a command on the fixture. */
const fx = (...args: string[]) => cli(...args, '--dataset', pinned);

beforeAll(() => {
  if (!existsSync(cliFile)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  work = mkdtempSync(path.join(tmpdir(), 'dv-cli-'));
  pinned = path.join(work, 'small-dataset.json');
  writeFileSync(pinned, JSON.stringify(smallDataset));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('help, version and usage errors', () => {
  it('prints the top-level help and every command’s help, exit 0', () => {
    const top = cli('--help');
    expect(top.status).toBe(0);
    for (const name of ['visits', 'trips', 'trip', 'events', 'issues', 'countries', 'people', 'stats', 'repl']) {
      expect(top.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
      const help = cli(name, '--help');
      expect(help.status, name).toBe(0);
      expect(help.stdout).toContain(`Usage: diplomatic-visits ${name}`);
      expect(help.stdout).toContain('--dataset <file>');
      for (const line of help.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    }
    expect(cli('visits', '--help').stdout).toMatch(/--person <id>[\s\S]*--country <code>[\s\S]*--from <date>[\s\S]*--to <date>[\s\S]*--kind <kind>[\s\S]*--issue <id>[\s\S]*--format <fmt>/);
    expect(cli('help', 'trips').stdout).toContain('--with-issues');
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const out = cli('--version');
    expect(out.status).toBe(0);
    expect(out.stdout.trim()).toBe(version);
  });

  it.each([
    [['vists'], /unknown command "vists" \(did you mean visits\?\)/],
    [[], /Usage: diplomatic-visits <command>/],
    [['visits', '--persn', 'x'], /visits: unknown option --persn \(did you mean --person\?\)/],
    [['visits', '--person'], /option --person needs a value/],
    [['visits', '--person', '--from', '2023-01-01'], /visits: option --person needs a value/],
    [['trips', '--derived=yes'], /trips: option --derived takes no value/],
    [['visits', '--help=yes'], /visits: option --help takes no value/],
    [['repl', '--format=json'], /repl: --format does not apply to this command/],
    [['visits', 'blinken'], /unexpected argument "blinken"/],
    [['trip'], /trip: missing <trip-id>/],
    [['visits', '--format', 'xml'], /--format must be one of table, json, csv/],
    [['visits', '--from', '2023-13-01'], /--from: expected a real calendar date: a day YYYY-MM-DD \(2023-11-01\), a month YYYY-MM \(2023-11\), a year YYYY \(2023\) or a valid Date, received "2023-13-01"/],
    [['visits', '--from', 'last week'], /--from: expected a real calendar date/],
    [['trips', '--from', '2023-02-30'], /--from: expected a real calendar date/],
    [['visits', '--from', '2023-12-01', '--to', '2023-11-01'], /: --to 2023-11-01 is before --from 2023-12-01/],
    [['visits', '--person', 'blinkn'], /--person: unknown person "blinkn".*did you mean "blinken-antony-j"/],
    [['visits', '--person', 'blinken'], /did you mean "blinken-antony-j"/],
    [['visits', '--country', 'Japan'], /--country: unknown country "Japan".*did you mean "JP"/],
    [['visits', '--kind', 'secretary'], /--kind: .*did you mean "secretary-travel"/],
    [['visits', '--issue', 'gaza'], /--issue: unknown issue "gaza".*did you mean "israel-hamas-war"/],
    [['trips', '--region', 'Eurpoe'], /--region: unknown region "Eurpoe".*did you mean "Europe"/],
    [['trip', 'blinken-antony-j-2023-11-04'], /<trip-id>: unknown trip .*did you mean "blinken-antony-j-2023-11-03"/],
    [['events', '--series', 'G8'], /--series: unknown event series "G8"/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const out = args.length ? fx(...args) : cli();
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/^\s+at /m); // no stack trace
    if (args.length) expect(out.stdout).toBe('');
  });

  it('exits 2 for a --dataset path that cannot be read, 1 for a file that is read but invalid', () => {
    const missing = cli('visits', '--dataset', path.join(work, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`diplomatic-visits: --dataset: cannot read "${path.join(work, 'nope.json')}": no such file\n`);
    expect(cli('visits', '--dataset', work).stderr).toMatch(/--dataset: cannot read ".*": it is a folder, not a file/);
    const tampered = freshSmallDataset();
    (tampered.visits[0] as { locality?: string }).locality = 'Elsewhere';
    const file = path.join(work, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const bad = cli('visits', '--dataset', file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/checksum mismatch/);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('visits', () => {
  const november = ['visits', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30'];

  it('prints json: an array of the records exactly as in dataset.json', () => {
    const out = fx(...november, '--format', 'json');
    expect(out.status).toBe(0);
    const records = JSON.parse(out.stdout) as Dataset['visits'];
    const byId = new Map(smallDataset.visits.map((v) => [v.id, v]));
    expect(records.map((v) => v.id)).toEqual(['hsg-travel-4177', 'hsg-travel-4178', 'hsg-travel-4181', 'hsg-travel-4182', 'hsg-travel-4183', 'blinken-2023-11-15-us', 'hsg-travel-4184']);
    for (const record of records) {
      expect(record).toEqual(byId.get(record.id));
      expect(Object.keys(record)).toEqual(Object.keys(byId.get(record.id)!)); // same key order too
    }
  });

  it('combines --country, --kind and --issue, with repeatable flags', () => {
    const ids = (out: { stdout: string }) => (JSON.parse(out.stdout) as { id: string }[]).map((v) => v.id);
    expect(ids(fx('visits', '--country', 'jp', '--country', 'KR', '--kind', 'secretary-travel', '--format', 'json'))).toEqual(['hsg-travel-3992', 'hsg-travel-3993', 'hsg-travel-4181', 'hsg-travel-4182']);
    expect(ids(fx('visits', '--issue', 'middle-east', '--country', 'JO', '--format', 'json'))).toEqual(['hsg-travel-4178']);
  });

  it("shows a foreign leader's country and title at the time, and leaves the column out for US travellers", () => {
    const tito = fx('visits', '--person', 'tito-josip-broz').stdout.split('\n');
    expect(tito[0]).toMatch(/^start\s+end\s+traveller\s+as\s+country\s+locality\s+kind\s+id$/);
    expect(tito[2]).toMatch(/^1963-10-16\s+1963-10-24\s+Josip Broz Tito\s+YUCS President\s+US\s+leader\s+hsg-visit-100$/);
    // In a squeezed table (Tito's cell is cut to "YUCS Presid…") shorter cells stay whole.
    const leaders = fx('visits', '--kind', 'foreign-leader-visit').stdout.split('\n');
    expect(leaders[3]).toMatch(/^2019-11-13\s+2019-11-13\s+Recep Tayyip Erdoğan\s+TR President\s+US\s+leader\s+hsg-visit-900$/);
    expect(fx('visits', '--person', 'erdogan-recep-tayyip', '--format', 'csv').stdout).toContain(',erdogan-recep-tayyip,President,TR,US,');
    expect(fx('visits', '--person', 'blinken-antony-j').stdout.split('\n')[0]).not.toMatch(/\bas\b/);
  });

  it('prints a table that fits 100 columns', () => {
    const out = fx(...november);
    expect(out.status).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^start\s+end\s+traveller\s+country\s+locality\s+kind\s+id$/);
    expect(lines).toHaveLength(2 + 7);
    // Squeezed to fit: the widest cells are cut with an ellipsis, ids never.
    // The traveller's full name fits; the kind is shortened.
    expect(lines[2]).toMatch(/^2023-11-03\s+2023-11-03\s+Antony John Blinken\s+IL\s+Tel Aviv\s+secretary\s+hsg-travel-4177$/);
    expect(lines[7]).toMatch(/\s+blinken-2023-11-15-us$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    // Narrow results are not cut.
    expect(fx('visits', '--trip', 'blinken-antony-j-2021-03-15').stdout.split('\n')[2]).toMatch(/^2021-03-15\s+2021-03-17\s+Antony John Blinken\s+JP\s+Tokyo\s+secretary\s+hsg-travel-3992$/);
    // CSV keeps the full kind.
    expect(fx('visits', '--trip', 'blinken-antony-j-2021-03-15', '--format', 'csv').stdout).toContain(',secretary-travel,');
  });

  it('prints RFC 4180 csv with CRLF line ends', () => {
    const out = fx('visits', '--trip', 'blinken-antony-j-2021-03-15', '--format', 'csv');
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe('start,end,traveller,person,title,from,country,locality,kind,trip,events,dateQualifier,id,remarks');
    expect(lines[1]).toBe('2021-03-15,2021-03-17,Antony John Blinken,blinken-antony-j,Secretary of State,US,JP,Tokyo,secretary-travel,blinken-antony-j-2021-03-15,us-japan-2plus2-2021-03-16,,hsg-travel-3992,Attended the U.S.-Japan Security Consultative Committee meeting and met with Minister for Foreign Affairs Toshimitsu Motegi.');
    expect(lines[2]).toContain('"Attended the U.S.-Republic of Korea Foreign and Defense Ministerial (2+2)."'.replace(/^"|"$/g, ''));
    expect(lines.at(-1)).toBe('');
  });

  it('neutralizes spreadsheet formulas and quotes commas, quotes and line breaks in csv', () => {
    const evil = freshSmallDataset();
    const visit = evil.visits.find((v) => v.id === 'hsg-visit-900')! as Dataset['visits'][number] & Record<string, unknown>;
    visit.locality = '=HYPERLINK("http://example.com","click")';
    visit.remarks = '+1 "quoted", and\nmore';
    visit.traveler = { ...visit.traveler, name: '@Recep Tayyip Erdoğan', title: '-President' };
    visit.dateNote = '\tTabbed';
    evil.meta.sha256 = datasetChecksum(evil);
    const file = path.join(work, 'evil.json');
    writeFileSync(file, JSON.stringify(evil));
    const out = cli('visits', '--traveler', 'erdogan', '--format', 'csv', '--dataset', file);
    expect(out.status).toBe(0);
    const row = out.stdout.split('\r\n')[1]!;
    expect(row).toContain(`,"'=HYPERLINK(""http://example.com"",""click"")",`);
    expect(row).toContain(`'@Recep Tayyip Erdoğan,`);
    expect(row).toContain(`,'-President,`);
    expect(out.stdout).toContain(`"'+1 ""quoted"", and\nmore"\r\n`);
  });
});

describe('trips and trip', () => {
  it('answers "where did Blinken go in November 2023, and what was on the agenda?" in one command', () => {
    const out = fx('trips', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30', '--with-issues');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^id\s+start\s+days\s+title$/m);
    expect(out.stdout).toMatch(/^blinken-antony-j-2023-11-03\s+2023-11-03\s+8\s+Middle East and Asia, November 2023$/m);
    expect(out.stdout).toMatch(/^ {4}agenda \(trip\): israel-hamas-war$/m);
    expect(out.stdout).toMatch(/^ {4}agenda \(event g7-foreign-ministers-2023-11-07\): russia-ukraine-war$/m);
    expect(out.stdout).toMatch(/^ {4}context \(visit hsg-travel-4181\): china-support-for-russia$/m);
    expect(out.stdout).toMatch(/^blinken-antony-j-2023-11-28 .*\n {4}issues: none recorded$/m);
    for (const line of out.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    const json = JSON.parse(fx('trips', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30', '--with-issues', '--format', 'json').stdout);
    expect(json[0].trip).toEqual(smallDataset.trips.find((t) => t.id === 'blinken-antony-j-2023-11-03'));
    expect(json[0].issues).toContainEqual({ issueId: 'israel-hamas-war', relation: 'agenda', via: 'direct', from: { type: 'trip', id: 'blinken-antony-j-2023-11-03' }, linkId: 'link-2023-11-trip-gaza' });
  });

  it('filters trips by issue, and prints plain trip records as json', () => {
    const json = JSON.parse(fx('trips', '--issue', 'north-korea', '--format', 'json').stdout);
    expect(json).toEqual([smallDataset.trips.find((t) => t.id === 'blinken-antony-j-2021-03-15')]);
  });

  it('prints one trip in full: itinerary, events, issues with quotes, discrepancies', () => {
    const out = fx('trip', 'blinken-antony-j-2023-11-03');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Middle East and Asia, November 2023');
    expect(out.stdout).toMatch(/Itinerary\n/);
    expect(out.stdout).toMatch(/^2023-11-07\s+2023-11-08\s+1\s+Japan \(JP\)\s+Tokyo\s+G7 Foreign Ministers’…\s+hsg-travel-4181$/m);
    expect(out.stdout).toMatch(/Events\n {2}2023-11-07\.\.2023-11-08 {2}G7 Foreign Ministers’ Meeting/);
    expect(out.stdout).toMatch(/Issues\n {2}agenda {2}Israel–Hamas war \(israel-hamas-war\) \[trip\]/);
    expect(out.stdout).toMatch(/^ {4}> “Blinken’s tour began in Tel Aviv on November 3” — Blinken’s Asian tour, Example Wire,\n {6}2023-11-03$/m);
    expect(out.stdout).toMatch(/Discrepancies\n {2}g7-2023-dates \(about event g7-foreign-ministers-2023-11-07\): A report dates the G7/);
    for (const line of out.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    const json = JSON.parse(fx('trip', 'blinken-antony-j-2023-11-03', '--format', 'json').stdout);
    expect(Object.keys(json)).toEqual(['trip', 'visits', 'events', 'issueLinks', 'discrepancies']);
    expect(json.visits.map((v: { id: string }) => v.id)).toEqual(['hsg-travel-4177', 'hsg-travel-4178', 'hsg-travel-4181', 'hsg-travel-4182', 'hsg-travel-4183']);
  });
});

describe('events, issues, countries, people, search, stats', () => {
  it('lists the events derived from the official remarks, or only the curated ones, in the bundled data', () => {
    const nato = JSON.parse(cli('events', '--series', 'NATO', '--kind', 'summit', '--derived', '--format', 'json').stdout) as { id: string; derivedBy?: { rule: string } }[];
    expect(nato.map((e) => e.id)).toContain('nato-summit-chicago-2012-05');
    expect(nato.every((e) => e.derivedBy?.rule === 'attended-nato-summit')).toBe(true);
    const curated = JSON.parse(cli('events', '--curated', '--format', 'json').stdout) as { derivedBy?: unknown }[];
    expect(curated.length).toBeGreaterThan(0);
    expect(curated.every((e) => e.derivedBy === undefined)).toBe(true);
    const both = cli('events', '--derived', '--curated');
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--derived or --curated, not both/);
  });
  it('lists events by participant and series', () => {
    const json = JSON.parse(fx('events', '--person', 'blinken-antony-j', '--series', 'G7', '--format', 'json').stdout);
    expect(json.map((e: { id: string }) => e.id)).toEqual(['g7-foreign-ministers-2023-11-07']);
  });

  it('lists the vocabulary, and the issues of a visit with how inherited', () => {
    const vocab = fx('issues');
    expect(vocab.status).toBe(0);
    expect(vocab.stdout).toMatch(/^israel-hamas-war\s+Israel–Hamas war\s+middle-east\s+1\s+gaza$/m);
    const out = fx('issues', '--visit', 'hsg-travel-4181', '--format', 'json');
    expect(JSON.parse(out.stdout).map((i: { via: string; link: { issueId: string } }) => `${i.via}:${i.link.issueId}`)).toEqual(['direct:china-support-for-russia', 'trip:israel-hamas-war', 'event:russia-ukraine-war']);
  });

  it("lists a person's countries with counts", () => {
    const out = fx('countries', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30', '--format', 'csv');
    expect(out.stdout.split('\r\n').slice(0, 3)).toEqual(['code,country,visits,days,first,last,visitIds', 'IL,Israel,1,1,2023-11-03,2023-11-03,hsg-travel-4177', 'JO,Jordan,1,2,2023-11-03,2023-11-04,hsg-travel-4178']);
    expect(fx('countries', '--region', 'europe', '--format', 'json').stdout).toContain('"code": "YUCS"');
  });

  it('finds a foreign leader by any spelling the records use, with the dates of the records marked "seen"', () => {
    // Bundled data: the records spell Medvedev four ways; he was President, then Prime Minister.
    const out = cli('people', 'dimitry', '--format', 'csv').stdout;
    expect(out).toContain('medvedev-dmitri,Dmitri Medvedev,Prime Minister,RU,President (RU seen 2008-11-14..2011-11-13);Prime Minister (RU seen 2012-05-18..2012-05-19)');
  });

  it('finds people and text, ignoring accents', () => {
    expect(fx('people', 'erdogan').stdout).toMatch(/^erdogan-recep-tayyip\s+Recep Tayyip Erdoğan\s+President\s+TR\s+1\s+0$/m);
    const hits = JSON.parse(fx('search', 'Erdoğan', '--type', 'visit', '--format', 'json').stdout);
    expect(hits).toEqual([{ type: 'visit', id: 'hsg-visit-900', field: 'traveler.name', record: smallDataset.visits.find((v) => v.id === 'hsg-visit-900') }]);
  });

  it('prints statistics of the dataset and of a person', () => {
    const all = JSON.parse(fx('stats', '--format', 'json').stdout);
    expect(all).toMatchObject({ version: '0.0.0', visits: 16, trips: 5, 'visits: secretary-travel': 10 });
    const person = JSON.parse(fx('stats', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30', '--format', 'json').stdout);
    expect(person).toMatchObject({ trips: 2, visits: 7, countries: 6, daysAbroad: 8, firstVisit: '2023-11-03', lastVisit: '2023-11-28' });
  });

  it('truncates long table cells with an ellipsis to fit 100 columns', () => {
    const out = fx('search', 'the');
    expect(out.status).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
  });
});

describe('review fixes', () => {
  it('lists discrepancies: all, or by --trip, --visit, --event, --source or --person, as table, json or csv', () => {
    const all = fx('discrepancies');
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^id\s+about$/m);
    expect(all.stdout).toMatch(/^blinken-2021-03-brussels-end\s+visit hsg-travel-3994$/m);
    expect(all.stdout).toMatch(/^ {4}The official records give two end dates/m);
    for (const line of all.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    const ids = (...args: string[]) => (JSON.parse(fx('discrepancies', ...args, '--format', 'json').stdout) as { id: string }[]).map((d) => d.id);
    expect(ids()).toEqual(['blinken-2021-03-brussels-end', 'g7-2023-dates']);
    expect(ids('--trip', 'blinken-antony-j-2023-11-03')).toEqual(['g7-2023-dates']);
    expect(ids('--visit', 'hsg-travel-3994')).toEqual(['blinken-2021-03-brussels-end']);
    expect(ids('--event', 'g7-foreign-ministers-2023-11-07')).toEqual(['g7-2023-dates']);
    expect(ids('--source', 'hsg-travels')).toEqual([]);
    expect(ids('--person', 'blinken-antony-j')).toEqual([]);
    expect(JSON.parse(fx('discrepancies', '--format', 'json').stdout)[1]).toEqual(smallDataset.discrepancies.find((d) => d.id === 'g7-2023-dates'));
    expect(fx('discrepancies', '--format', 'csv').stdout.split('\r\n')[0]).toBe('id,about,sources,description,resolution');
    const bad = fx('discrepancies', '--trip', 'blinken-antony-j-2023-11-3');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^diplomatic-visits: --trip: unknown trip .*did you mean "blinken-antony-j-2023-11-03"/);
    expect(cli('discrepancies', '--help').stdout).toMatch(/--trip <id>[\s\S]*--visit <id>[\s\S]*--event <id>[\s\S]*--source <id>[\s\S]*--person <id>[\s\S]*--format <fmt>/);
    expect(cli('--help').stdout).toMatch(/^ {2}discrepancies /m);
  });

  it('lists in the trip view the discrepancies about its sources', () => {
    const withSource = freshSmallDataset();
    withSource.discrepancies.push({ id: 'reuters-2024-04-26-tense', subjects: [{ type: 'source', id: 'reuters-2024-04-26' }], description: 'Past and future tense mixed.', sourceIds: ['reuters-2024-04-26'] });
    withSource.meta.counts.discrepancies++;
    withSource.meta.sha256 = datasetChecksum(withSource);
    const file = path.join(work, 'with-source-discrepancy.json');
    writeFileSync(file, JSON.stringify(withSource));
    const out = cli('trip', 'blinken-antony-j-2024-04-24', '--dataset', file);
    expect(out.stdout).toMatch(/Discrepancies\n {2}reuters-2024-04-26-tense \(about source reuters-2024-04-26\): Past and future/);
    expect(JSON.parse(cli('trip', 'blinken-antony-j-2024-04-24', '--dataset', file, '--format', 'json').stdout).discrepancies.map((d: { id: string }) => d.id)).toEqual(['reuters-2024-04-26-tense']);
  });

  it('searches discrepancies, and takes --type discrepancy', () => {
    const out = fx('search', 'two', 'end', 'dates', '--type', 'discrepancy', '--format', 'json');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).map((h: { type: string; id: string }) => `${h.type}:${h.id}`)).toEqual(['discrepancy:blinken-2021-03-brussels-end']);
    expect(cli('search', '--help').stdout).toContain('discrepancy');
  });

  it('refuses stats --from/--to without --person, and shows the range with it', () => {
    const out = fx('stats', '--from', '2023-01-01');
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('diplomatic-visits: stats: --from and --to need --person\n');
    const person = fx('stats', '--person', 'blinken-antony-j', '--from', '2023-11-01', '--to', '2023-11-30');
    expect(person.stdout).toMatch(/^from\s+2023-11-01$/m);
    expect(person.stdout).toMatch(/^to\s+2023-11-30$/m);
  });

  it('lists in each help exactly the options the command takes', () => {
    expect(cli('repl', '--help').stdout).not.toContain('--format');
    expect(cli('repl', '--format', 'json').stderr).toMatch(/repl: --format does not apply to this command/);
    expect(cli('--help').stdout).not.toMatch(/Every command takes --format/);
    for (const name of ['visits', 'trips', 'trip', 'events', 'issues', 'discrepancies', 'countries', 'people', 'search', 'stats']) {
      expect(cli(name, '--help').stdout, name).toMatch(/--format <fmt>\s+table\s+\(default;\s+fits\s+the\s+terminal,\s+or\s+100\s+columns\),\s+json\s+\(the\s+records\s+as\s+in\s+dataset\.json\)\s+or\s+csv\s+\(RFC\s+4180\)/);
    }
  });

  it('names CLI flags in messages, not helper arguments', () => {
    const cases: [string[], string][] = [
      [['visits', '--from', '2023-11-30', '--to', '2023-11-01'], '--to 2023-11-01 is before --from 2023-11-30'],
      [['search', 'blinken', '--limit', '-1'], '--limit: expected a whole number, 1 or more, received "-1"'],
      [['search', 'blinken', '--limit', '0'], '--limit: expected a whole number, 1 or more'],
      [['search', 'blinken', '--type', 'trp'], '--type: expected a search type'],
      [['events', '--kind', 'summt'], '--kind: expected an event kind: one of'],
      [['trips', '--person', 'blinken-antony-j', '--person', 'blinkn'], '--person: unknown person "blinkn"'],
    ];
    for (const [args, message] of cases) {
      const out = fx(...args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toContain(`diplomatic-visits: ${message}`);
      expect(out.stderr).not.toMatch(/filter\.|options\.|range\./);
    }
  });

  it('suggests the trip of an unpadded date, and names the trip of a visit id', () => {
    const unpadded = fx('trip', 'blinken-antony-j-2024-4-24');
    expect(unpadded.status).toBe(2);
    expect(unpadded.stderr).toMatch(/did you mean "blinken-antony-j-2024-04-24"/);
    const visit = fx('trip', 'hsg-travel-4229');
    expect(visit.status).toBe(2);
    expect(visit.stderr).toContain('"hsg-travel-4229" is a visit, of the trip "blinken-antony-j-2024-04-24"');
    expect(fx('trip', 'blinken-wang-2024-04-26').stderr).toContain('"blinken-wang-2024-04-26" is an event, of the trip "blinken-antony-j-2024-04-24"');
    expect(fx('trip', 'hsg-travel-3994').stderr).toContain('"hsg-travel-3994" is a visit that belongs to no trip');
  });

  it('marks qualified dates in tables, with a legend, and keeps plain dates in csv', () => {
    const qualified = freshSmallDataset();
    const visit = qualified.visits.find((v) => v.id === 'blinken-2023-11-15-us')!;
    visit.dateQualifier = 'planned';
    visit.dateNote = 'Announced, not confirmed.';
    const event = qualified.events.find((e) => e.id === 'g7-foreign-ministers-2023-11-07')!;
    event.dateQualifier = 'approximate';
    event.dateNote = 'Inferred.';
    const trip = qualified.trips.find((t) => t.id === 'blinken-antony-j-2024-04-24')!;
    trip.dateQualifier = 'approximate';
    qualified.meta.sha256 = datasetChecksum(qualified);
    const file = path.join(work, 'qualified.json');
    writeFileSync(file, JSON.stringify(qualified));
    const visits = cli('visits', '--person', 'blinken-antony-j', '--from', '2023-11-15', '--to', '2023-11-15', '--dataset', file);
    expect(visits.status, visits.stderr).toBe(0);
    expect(visits.stdout).toMatch(/^2023-11-15\?\s+2023-11-15\?\s+Antony J\. Blinken/m);
    expect(visits.stdout.trimEnd().split('\n').at(-1)).toBe('dates: ? planned date (announced, never confirmed)');
    expect(cli('visits', '--person', 'blinken-antony-j', '--from', '2023-11-15', '--to', '2023-11-15', '--dataset', file, '--format', 'csv').stdout).toMatch(/^2023-11-15,2023-11-15,/m);
    const events = cli('events', '--series', 'G7', '--dataset', file);
    expect(events.stdout).toMatch(/^2023-11-07~\s+ministerial/m);
    expect(events.stdout).toContain('dates: ~ approximate date (inferred)');
    expect(cli('trips', '--person', 'blinken-antony-j', '--from', '2024-04-01', '--dataset', file).stdout).toMatch(/^blinken-antony-j-2024-04-24\s+2024-04-24~\s+3\s+China, April 2024$/m);
    // No legend when no date is qualified.
    expect(fx('visits', '--trip', 'blinken-antony-j-2021-03-15').stdout).not.toContain('dates:');
  });

  it('refuses extra arguments everywhere, and takes a multi-word name in people', () => {
    const extra = fx('people', '--name', 'blinken', 'xi');
    expect(extra.status).toBe(2);
    expect(extra.stderr).toMatch(/people: unexpected argument "xi"/);
    for (const args of [['visits', 'x'], ['trips', 'x'], ['trip', 'blinken-antony-j-2021-03-15', 'x'], ['events', 'x'], ['stats', 'x'], ['discrepancies', 'x'], ['issues', 'x'], ['countries', 'x']]) {
      const out = fx(...args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toMatch(/unexpected argument "x"/);
    }
    const json = (...args: string[]) => (JSON.parse(fx('people', ...args, '--format', 'json').stdout) as { id: string }[]).map((p) => p.id);
    expect(json('blinken', 'antony')).toEqual(['blinken-antony-j']);
    expect(json('antony', 'blinken')).toEqual(['blinken-antony-j']);
    expect(json('--name', 'antony blinken')).toEqual(['blinken-antony-j']);
    expect(json('blinken', 'xi')).toEqual([]);
  });
});

describe('the bundled dataset (no --dataset)', () => {
  const bundled = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as Dataset;

  it('answers from dist/dataset.json', () => {
    const stats = JSON.parse(cli('stats', '--format', 'json').stdout);
    expect(stats).toMatchObject({ sha256: bundled.meta.sha256, visits: bundled.meta.counts.visits });
    const someone = bundled.visits.find((v) => v.traveler.personId)!;
    const out = cli('visits', '--person', someone.traveler.personId!, '--from', someone.start, '--to', someone.end, '--format', 'json');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toContainEqual(someone);
  });

  it('loads only what a query needs: no zod (only behind --dataset), no REPL modules, no standard input', () => {
    // The bin as npm links it, run with a hook that reports, at exit, the files required and the built-in modules loaded.
    const { bin } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const hook = path.join(work, 'loaded.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList })));\n");
    const loaded = (...args: string[]) => {
      const r = spawnSync(process.execPath, ['--require', hook, path.join(root, bin['diplomatic-visits']!), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stderr) as { files: string[]; builtins: string[] };
    };
    const zod = (files: string[]) => files.filter((f) => f.split(path.sep).includes('zod'));
    const query = loaded('visits', '--person', 'blinken-antony-j', '--from', '2023-11', '--to', '2023-11', '--format', 'json');
    expect(zod(query.files)).toEqual([]);
    expect(query.files.map((f) => path.basename(f)).filter((f) => /^(load-dataset|repl-session)-/.test(f))).toEqual([]);
    for (const name of ['repl', 'readline', 'internal/fs/streams']) expect(query.builtins).not.toContain(`NativeModule ${name}`);
    expect(zod(loaded('stats', '--dataset', pinned).files)).not.toEqual([]);
  });
});

describe('error messages in the CLI', () => {
  // The CLI builds its message from the error's code and fields: rewording a helper's
  // message (or another copy's) cannot change what the CLI says.
  const reworded = <T extends Error>(error: T): T => Object.assign(error, { message: 'reworded' });

  it('names the flag, from the fields of the error, not from its message', () => {
    expect(cliMessage(reworded(new UnknownIdError('filter.person[1]', 'person', 'blinkn', ['blinken-antony-j'], 'a person id')))).toBe(
      '--person: unknown person "blinkn": expected a person id (did you mean "blinken-antony-j"?)',
    );
    expect(cliMessage(reworded(new InvalidArgumentError('options.types[0]', 'a search type', 'trp', ['trip'])))).toBe('--type: expected a search type, received "trp" (did you mean "trip"?)');
  });

  it('says a range is reversed by its code, whatever the words of `expected`', () => {
    const error = reworded(new InvalidArgumentError('filter.to', 'some other words', '2023-11-01', [], { argument: 'filter.from', value: '2023-11-30' }));
    expect(error.code).toBe('ERR_DV_REVERSED_RANGE');
    expect(cliMessage(error)).toBe('--to 2023-11-01 is before --from 2023-11-30: expected a range that runs forwards');
  });
});
