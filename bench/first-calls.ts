// A fresh process's first call of each helper, against a process that does
// the same work by hand: read and JSON.parse dist/dataset.json, then plain
// finds and filters over the arrays, as a user without the library would.
// Both are CommonJS scripts run in the bench's work folder.

const PARSE = "const ds = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'dist/dataset.json'), 'utf8'));\n";
const LIB = "const m = require('./dist/index.cjs');\nconst ds = m.getDataset();\n";
const TRIP = 'blinken-antony-j-2021-03-15';
const VISIT = 'hsg-travel-4181';
const PERSON = 'blinken-antony-j';
const ISSUE = 'china-support-for-russia';
const EVENT = 'us-japan-security-consultative-committee-2021-03';

export interface FirstCall {
  name: string;
  /** The library's first call. */
  lib: string;
  /** The same answer by hand. */
  hand: string;
}

export const firstCalls: FirstCall[] = [
  {
    name: 'visits({ person, from, to })',
    lib: `${LIB}m.visits(ds, { person: '${PERSON}', from: '2023-11-01', to: '2023-11-30' });\n`,
    hand: `${PARSE}ds.visits.filter((v) => v.traveler.personId === '${PERSON}' && v.end >= '2023-11-01' && v.start <= '2023-11-30');\n`,
  },
  {
    name: 'itinerary(trip)',
    lib: `${LIB}m.itinerary(ds, '${TRIP}');\n`,
    hand: `${PARSE}const trip = ds.trips.find((t) => t.id === '${TRIP}');
trip.visitIds.map((id) => {
  const visit = ds.visits.find((v) => v.id === id);
  return { visit, country: ds.countries.find((c) => c.code === visit.country), events: visit.eventIds.map((e) => ds.events.find((x) => x.id === e)) };
});\n`,
  },
  {
    name: 'issuesOf(trip)',
    lib: `${LIB}m.issuesOf(ds, { type: 'trip', id: '${TRIP}' });\n`,
    hand: `${PARSE}const trip = ds.trips.find((t) => t.id === '${TRIP}');
const subjects = new Set(['trip:' + trip.id]);
for (const id of trip.visitIds) {
  subjects.add('visit:' + id);
  for (const e of ds.visits.find((v) => v.id === id).eventIds) subjects.add('event:' + e);
}
ds.issueLinks.filter((l) => subjects.has(l.subject.type + ':' + l.subject.id)).map((link) => ({ link, issue: ds.issues.find((i) => i.id === link.issueId) }));\n`,
  },
  {
    name: "search(text, { types: ['visit'] })",
    lib: `${LIB}m.search(ds, 'security consultative', { types: ['visit'] });\n`,
    hand: `${PARSE}const norm = (s) => (s ?? '').toLowerCase().normalize('NFD').replace(/\\p{M}+/gu, '');
ds.visits.filter((v) => { const all = norm(v.traveler.name) + '\\n' + norm(v.traveler.title) + '\\n' + norm(v.locality) + '\\n' + norm(v.remarks); return all.includes('security') && all.includes('consultative'); });\n`,
  },
  {
    name: 'countriesVisited(person)',
    lib: `${LIB}m.countriesVisited(ds, '${PERSON}');\n`,
    hand: `${PARSE}const counts = new Map();
for (const v of ds.visits) if (v.traveler.personId === '${PERSON}' && v.country !== v.travelerCountry) counts.set(v.country, (counts.get(v.country) ?? 0) + 1);
[...counts].map(([code, n]) => ({ country: ds.countries.find((c) => c.code === code), visits: n }));\n`,
  },
  {
    name: 'timeline(person)',
    lib: `${LIB}m.timeline(ds, '${PERSON}');\n`,
    hand: `${PARSE}const trips = ds.trips.filter((t) => t.personId === '${PERSON}');
const loose = ds.visits.filter((v) => v.traveler.personId === '${PERSON}' && v.tripId === undefined);
const events = ds.events.filter((e) => e.participantIds.includes('${PERSON}'));
[...trips, ...loose, ...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));\n`,
  },
  {
    name: 'tripOf(visit)',
    lib: `${LIB}m.tripOf(ds, '${VISIT}');\n`,
    hand: `${PARSE}const visit = ds.visits.find((v) => v.id === '${VISIT}');
ds.trips.find((t) => t.id === visit.tripId);\n`,
  },
  {
    name: 'evidenceFor(link)',
    lib: `${LIB}m.evidenceFor(ds, ds.issueLinks[0].id);\n`,
    hand: `${PARSE}const link = ds.issueLinks.find((l) => l.id === ds.issueLinks[0].id);
const list = link.subject.type === 'trip' ? ds.trips : link.subject.type === 'visit' ? ds.visits : ds.events;
({ link, subject: list.find((r) => r.id === link.subject.id), issue: ds.issues.find((i) => i.id === link.issueId), sources: link.evidence.map((e) => ds.sources.find((s) => s.id === e.sourceId)) });\n`,
  },
  {
    name: 'trips({ person, from })',
    lib: `${LIB}m.trips(ds, { person: '${PERSON}', from: '2023' });\n`,
    hand: `${PARSE}ds.trips.filter((t) => t.personId === '${PERSON}' && t.end >= '2023-01-01');\n`,
  },
  {
    name: 'events({ person })',
    lib: `${LIB}m.events(ds, { person: '${PERSON}' });\n`,
    hand: `${PARSE}const ids = new Set();
for (const v of ds.visits) if (v.traveler.personId === '${PERSON}') for (const e of v.eventIds) ids.add(e);
ds.events.filter((e) => e.participantIds.includes('${PERSON}') || ids.has(e.id));\n`,
  },
  {
    name: 'participants(event)',
    lib: `${LIB}m.participants(ds, '${EVENT}');\n`,
    hand: `${PARSE}ds.events.find((e) => e.id === '${EVENT}').participantIds.map((id) => ds.people.find((p) => p.id === id));\n`,
  },
  {
    name: 'counterparts(person)',
    lib: `${LIB}m.counterparts(ds, 'bush-george-w');\n`,
    // Whom the person met: the other participants of their events, the people their visits' remarks name, and travellers whose remarks name them.
    hand: `${PARSE}const P = 'bush-george-w';
const met = new Map();
const add = (id, record) => { const list = met.get(id) ?? []; list.push(record); met.set(id, list); };
for (const e of ds.events) if (e.participantIds.includes(P)) for (const id of e.participantIds) if (id !== P) add(id, e);
for (const v of ds.visits) {
  if (v.traveler.personId === P) for (const c of v.counterparts ?? []) if (c.personId) add(c.personId, v);
  if (v.counterparts?.some((c) => c.personId === P)) add(v.traveler.personId, v);
}
[...met].map(([id, records]) => ({ person: ds.people.find((p) => p.id === id), records }));\n`,
  },
  {
    name: 'daysAbroad(person, { from })',
    lib: `${LIB}m.daysAbroad(ds, '${PERSON}', { from: '2023' });\n`,
    hand: `${PARSE}const days = new Set();
for (const v of ds.visits) {
  if (v.traveler.personId !== '${PERSON}' || v.country === v.travelerCountry || v.end < '2023-01-01') continue;
  for (let d = new Date(v.start < '2023-01-01' ? '2023-01-01' : v.start); d <= new Date(v.end); d.setUTCDate(d.getUTCDate() + 1)) days.add(d.toISOString().slice(0, 10));
}
days.size;\n`,
  },
  {
    name: 'firstVisit({ person }, country)',
    lib: `${LIB}m.firstVisit(ds, { person: '${PERSON}' }, 'CN');\n`,
    hand: `${PARSE}ds.visits.find((v) => v.traveler.personId === '${PERSON}' && v.country === 'CN');\n`,
  },
  {
    name: 'lastVisit({ kind }, country, { to })',
    lib: `${LIB}m.lastVisit(ds, { kind: 'secretary-travel' }, 'CN', { to: '2022-12-31' });\n`,
    hand: `${PARSE}ds.visits.filter((v) => v.kind === 'secretary-travel' && v.country === 'CN' && v.start <= '2022-12-31').pop();\n`,
  },
  {
    name: 'tripsForIssue(issue)',
    lib: `${LIB}m.tripsForIssue(ds, '${ISSUE}');\n`,
    hand: `${PARSE}const tripIds = new Set();
for (const l of ds.issueLinks) {
  if (l.issueId !== '${ISSUE}') continue;
  if (l.subject.type === 'trip') tripIds.add(l.subject.id);
  else if (l.subject.type === 'visit') { const v = ds.visits.find((x) => x.id === l.subject.id); if (v.tripId) tripIds.add(v.tripId); }
  else for (const v of ds.visits) if (v.eventIds.includes(l.subject.id) && v.tripId) tripIds.add(v.tripId);
}
ds.trips.filter((t) => tripIds.has(t.id));\n`,
  },
  {
    name: 'people({ name })',
    lib: `${LIB}m.people(ds, { name: 'blinken' });\n`,
    hand: `${PARSE}ds.people.filter((p) => p.name.toLowerCase().includes('blinken'));\n`,
  },
  {
    name: 'travelStats(person)',
    lib: `${LIB}m.travelStats(ds, '${PERSON}');\n`,
    hand: `${PARSE}const mine = ds.visits.filter((v) => v.traveler.personId === '${PERSON}');
const abroad = mine.filter((v) => v.country !== v.travelerCountry);
const days = new Set();
for (const v of abroad) for (let d = new Date(v.start); d <= new Date(v.end); d.setUTCDate(d.getUTCDate() + 1)) days.add(d.toISOString().slice(0, 10));
({ person: ds.people.find((p) => p.id === '${PERSON}'), trips: ds.trips.filter((t) => t.personId === '${PERSON}').length, visits: mine.length,
  countries: new Set(abroad.map((v) => ds.countries.find((c) => c.code === v.country).code)).size, daysAbroad: days.size, firstVisit: mine[0], lastVisit: mine[mine.length - 1] });\n`,
  },
];
