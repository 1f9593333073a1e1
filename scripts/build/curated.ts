import type { Dataset } from '../../src/schemas/dataset.js';
import type { Meta } from '../../src/schemas/meta.js';
import { COLLECTIONS } from '../../src/schemas/meta.js';
import { datasetChecksum } from '../../src/dataset/checksum.js';
import type { DataFiles } from './files.js';

export const CURATED_NOTE =
  'A subset of the diplomatic-visits dataset: the curated layer (curated visits, trips, events, issue links and discrepancies, and the issues they use) ' +
  'and every record it references (the official visits it annotates or names, their trips with all their visits, people, sources, countries). ' +
  'Official records that nothing curated references are left out: use the main entry or dataset.json for those.';

/**
 * Cuts the curated layer out of a built dataset, with everything it references,
 * so that every reference resolves and the same integrity rules hold. Records
 * are kept as they are in the whole dataset (annotations merged, trip ids set),
 * in the same order.
 */
export function curatedSubset(dataset: Dataset, files: DataFiles): Dataset {
  const ids = {
    visits: new Set(files['curated/visits.json'].map((v) => v.id)),
    trips: new Set(files['curated/trips.json'].map((t) => t.id)),
    events: new Set(files['curated/events.json'].map((e) => e.id)), // derived events come along only with a visit that attended them
    issues: new Set(dataset.issues.filter((i) => i.reserved).map((i) => i.id)), // the reserved ones, and those its links use with their parents (below)
    issueLinks: new Set(files['curated/issue-links.json'].map((l) => l.id)), // the links derived from official remarks stay in the whole dataset
    discrepancies: new Set(files['curated/discrepancies.json'].map((d) => d.id)),
    people: new Set(files['curated/people.json'].map((p) => p.id)),
    sources: new Set(files['curated/sources.json'].map((s) => s.id)),
    countries: new Set<string>(),
  };
  for (const note of files['curated/visit-annotations.json']) ids.visits.add(note.visitId);

  const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
  const visits = byId(dataset.visits);
  const trips = byId(dataset.trips);
  const events = byId(dataset.events);
  const people = byId(dataset.people);
  const links = byId(dataset.issueLinks);
  const discrepancies = byId(dataset.discrepancies);
  const issueParent = new Map(dataset.issues.filter((i) => i.parentId).map((i) => [i.id, i.parentId!]));
  const subjectSet = { trip: ids.trips, visit: ids.visits, event: ids.events, source: ids.sources, person: ids.people, 'issue-link': ids.issueLinks } as const;

  // Grow to a fixed point: a trip brings its visits, a visit its trip, and so on.
  let size = -1;
  const total = () => Object.values(ids).reduce((n, s) => n + s.size, 0);
  while (size !== total()) {
    size = total();
    for (const id of ids.discrepancies) {
      const d = discrepancies.get(id)!;
      for (const s of d.subjects) subjectSet[s.type].add(s.id);
      for (const s of d.sourceIds) ids.sources.add(s);
    }
    for (const id of ids.issueLinks) {
      const l = links.get(id)!;
      for (let issue: string | undefined = l.issueId; issue !== undefined; issue = issueParent.get(issue)) ids.issues.add(issue);
      subjectSet[l.subject.type].add(l.subject.id);
      for (const e of l.evidence) ids.sources.add(e.sourceId);
    }
    for (const id of ids.trips) {
      const t = trips.get(id)!;
      ids.people.add(t.personId);
      for (const v of t.visitIds) ids.visits.add(v);
      for (const p of t.provenance ?? []) ids.sources.add(p.sourceId);
    }
    for (const id of ids.visits) {
      const v = visits.get(id)!;
      if (v.tripId !== undefined) ids.trips.add(v.tripId);
      if (v.traveler.personId !== undefined) ids.people.add(v.traveler.personId);
      // The people its remarks say were met (derived counterparts) come along, so the subset's references resolve.
      for (const c of v.counterparts ?? []) if (c.personId !== undefined) ids.people.add(c.personId);
      ids.countries.add(v.country).add(v.travelerCountry);
      for (const e of v.eventIds) ids.events.add(e);
      for (const p of v.provenance) ids.sources.add(p.sourceId);
    }
    for (const id of ids.events) {
      const e = events.get(id)!;
      ids.countries.add(e.country);
      for (const p of e.participantIds) ids.people.add(p);
      for (const p of e.provenance) ids.sources.add(p.sourceId);
    }
    for (const id of ids.people) {
      for (const r of people.get(id)!.roles) {
        ids.countries.add(r.country);
        if (r.sourceId !== undefined) ids.sources.add(r.sourceId);
      }
    }
  }
  // An official discrepancy comes along when everything it names is already in.
  for (const d of dataset.discrepancies) {
    if (!ids.discrepancies.has(d.id) && d.subjects.every((s) => subjectSet[s.type].has(s.id))) {
      ids.discrepancies.add(d.id);
      for (const s of d.sourceIds) ids.sources.add(s);
    }
  }

  const subset: Omit<Dataset, 'meta'> = {
    countries: dataset.countries.filter((c) => ids.countries.has(c.code)),
    people: dataset.people.filter((p) => ids.people.has(p.id)),
    sources: dataset.sources.filter((s) => ids.sources.has(s.id)),
    visits: dataset.visits.filter((v) => ids.visits.has(v.id)),
    trips: dataset.trips.filter((t) => ids.trips.has(t.id)),
    events: dataset.events.filter((e) => ids.events.has(e.id)),
    issues: dataset.issues.filter((i) => ids.issues.has(i.id)),
    issueLinks: dataset.issueLinks.filter((l) => ids.issueLinks.has(l.id)),
    discrepancies: dataset.discrepancies.filter((d) => ids.discrepancies.has(d.id)),
  };
  const meta: Meta = {
    ...dataset.meta,
    sha256: '',
    counts: Object.fromEntries(COLLECTIONS.map((c) => [c, subset[c].length])) as Meta['counts'],
    subset: { name: 'curated', note: CURATED_NOTE, of: dataset.meta.sha256 },
  };
  const result: Dataset = { meta, ...subset };
  meta.sha256 = datasetChecksum(result);
  return result;
}
