import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';
import { visitsById } from '../shared.js';

/** Every reference resolves: person, country, trip, event, source, issue, parent issue, link and discrepancy subjects. */
export const references: Rule = {
  name: 'references',
  severity: 'error',
  description: 'Every id a record refers to exists in the collection it names.',
  check(data) {
    const problems: Problem[] = [];
    const ids = {
      countries: new Set(data.countries.map((c) => c.code)),
      people: new Set(data.people.map((p) => p.id)),
      sources: new Set(data.sources.map((s) => s.id)),
      visits: visitsById(data),
      trips: new Set(data.trips.map((t) => t.id)),
      events: new Set(data.events.map((e) => e.id)),
      issues: new Set(data.issues.map((i) => i.id)),
      issueLinks: new Set(data.issueLinks.map((l) => l.id)),
    };
    const missing = (target: keyof typeof ids, value: string | undefined): value is string => value !== undefined && !ids[target].has(value);
    // The field path is written only for a reference that fails: this runs on every reference of the dataset.
    const report = (collection: CollectionName, id: string, field: string, target: keyof typeof ids, value: string) => {
      problems.push({ rule: 'references', collection, id, field, message: `"${value}" is not in ${target}: expected an existing ${target === 'countries' ? 'country code' : `${target} id`}` });
    };

    for (const p of data.people) {
      for (let i = 0; i < p.roles.length; i++) {
        const r = p.roles[i]!;
        if (missing('countries', r.country)) report('people', p.id, `roles[${i}].country`, 'countries', r.country);
        if (missing('sources', r.sourceId)) report('people', p.id, `roles[${i}].sourceId`, 'sources', r.sourceId);
      }
    }
    for (const v of data.visits) {
      if (missing('people', v.traveler.personId)) report('visits', v.id, 'traveler.personId', 'people', v.traveler.personId);
      if (missing('countries', v.travelerCountry)) report('visits', v.id, 'travelerCountry', 'countries', v.travelerCountry);
      if (missing('countries', v.country)) report('visits', v.id, 'country', 'countries', v.country);
      if (missing('trips', v.tripId)) report('visits', v.id, 'tripId', 'trips', v.tripId);
      for (let i = 0; i < v.eventIds.length; i++) if (missing('events', v.eventIds[i])) report('visits', v.id, `eventIds[${i}]`, 'events', v.eventIds[i]!);
      const counterparts = v.counterparts ?? [];
      for (let i = 0; i < counterparts.length; i++) if (missing('people', counterparts[i]!.personId)) report('visits', v.id, `counterparts[${i}].personId`, 'people', counterparts[i]!.personId!);
      for (let i = 0; i < v.provenance.length; i++) if (missing('sources', v.provenance[i]!.sourceId)) report('visits', v.id, `provenance[${i}].sourceId`, 'sources', v.provenance[i]!.sourceId);
    }
    for (const t of data.trips) {
      if (missing('people', t.personId)) report('trips', t.id, 'personId', 'people', t.personId);
      for (let i = 0; i < t.visitIds.length; i++) if (missing('visits', t.visitIds[i])) report('trips', t.id, `visitIds[${i}]`, 'visits', t.visitIds[i]!);
      const provenance = t.provenance ?? [];
      for (let i = 0; i < provenance.length; i++) if (missing('sources', provenance[i]!.sourceId)) report('trips', t.id, `provenance[${i}].sourceId`, 'sources', provenance[i]!.sourceId);
    }
    for (const e of data.events) {
      if (missing('countries', e.country)) report('events', e.id, 'country', 'countries', e.country);
      for (let i = 0; i < e.participantIds.length; i++) if (missing('people', e.participantIds[i])) report('events', e.id, `participantIds[${i}]`, 'people', e.participantIds[i]!);
      for (let i = 0; i < e.provenance.length; i++) if (missing('sources', e.provenance[i]!.sourceId)) report('events', e.id, `provenance[${i}].sourceId`, 'sources', e.provenance[i]!.sourceId);
    }
    for (const issue of data.issues) if (missing('issues', issue.parentId)) report('issues', issue.id, 'parentId', 'issues', issue.parentId);
    for (const l of data.issueLinks) {
      if (missing('issues', l.issueId)) report('issueLinks', l.id, 'issueId', 'issues', l.issueId);
      const target = l.subject.type === 'trip' ? 'trips' : l.subject.type === 'visit' ? 'visits' : 'events';
      if (missing(target, l.subject.id)) report('issueLinks', l.id, 'subject.id', target, l.subject.id);
      for (let i = 0; i < l.evidence.length; i++) if (missing('sources', l.evidence[i]!.sourceId)) report('issueLinks', l.id, `evidence[${i}].sourceId`, 'sources', l.evidence[i]!.sourceId);
    }
    const subjectTarget = {
      trip: 'trips', visit: 'visits', event: 'events', source: 'sources', person: 'people', 'issue-link': 'issueLinks',
    } as const;
    for (const d of data.discrepancies) {
      for (let i = 0; i < d.subjects.length; i++) {
        const s = d.subjects[i]!;
        if (missing(subjectTarget[s.type], s.id)) report('discrepancies', d.id, `subjects[${i}].id`, subjectTarget[s.type], s.id);
      }
      for (let i = 0; i < d.sourceIds.length; i++) if (missing('sources', d.sourceIds[i])) report('discrepancies', d.id, `sourceIds[${i}]`, 'sources', d.sourceIds[i]!);
    }
    return problems;
  },
};
