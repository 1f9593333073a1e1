import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';

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
      visits: new Set(data.visits.map((v) => v.id)),
      trips: new Set(data.trips.map((t) => t.id)),
      events: new Set(data.events.map((e) => e.id)),
      issues: new Set(data.issues.map((i) => i.id)),
      issueLinks: new Set(data.issueLinks.map((l) => l.id)),
    };
    const want = (
      collection: CollectionName,
      id: string,
      field: string,
      target: keyof typeof ids,
      value: string | undefined,
    ) => {
      if (value !== undefined && !ids[target].has(value)) {
        problems.push({ rule: 'references', collection, id, field, message: `"${value}" is not in ${target}: expected an existing ${target === 'countries' ? 'country code' : `${target} id`}` });
      }
    };

    for (const p of data.people) p.roles.forEach((r, i) => {
      want('people', p.id, `roles[${i}].country`, 'countries', r.country);
      want('people', p.id, `roles[${i}].sourceId`, 'sources', r.sourceId);
    });
    for (const v of data.visits) {
      want('visits', v.id, 'traveler.personId', 'people', v.traveler.personId);
      want('visits', v.id, 'travelerCountry', 'countries', v.travelerCountry);
      want('visits', v.id, 'country', 'countries', v.country);
      want('visits', v.id, 'tripId', 'trips', v.tripId);
      v.eventIds.forEach((e, i) => want('visits', v.id, `eventIds[${i}]`, 'events', e));
      v.counterparts?.forEach((c, i) => want('visits', v.id, `counterparts[${i}].personId`, 'people', c.personId));
      v.provenance.forEach((p, i) => want('visits', v.id, `provenance[${i}].sourceId`, 'sources', p.sourceId));
    }
    for (const t of data.trips) {
      want('trips', t.id, 'personId', 'people', t.personId);
      t.visitIds.forEach((v, i) => want('trips', t.id, `visitIds[${i}]`, 'visits', v));
      t.provenance?.forEach((p, i) => want('trips', t.id, `provenance[${i}].sourceId`, 'sources', p.sourceId));
    }
    for (const e of data.events) {
      want('events', e.id, 'country', 'countries', e.country);
      e.participantIds.forEach((p, i) => want('events', e.id, `participantIds[${i}]`, 'people', p));
      e.provenance.forEach((p, i) => want('events', e.id, `provenance[${i}].sourceId`, 'sources', p.sourceId));
    }
    for (const issue of data.issues) want('issues', issue.id, 'parentId', 'issues', issue.parentId);
    for (const l of data.issueLinks) {
      want('issueLinks', l.id, 'issueId', 'issues', l.issueId);
      const target = l.subject.type === 'trip' ? 'trips' : l.subject.type === 'visit' ? 'visits' : 'events';
      want('issueLinks', l.id, 'subject.id', target, l.subject.id);
      l.evidence.forEach((e, i) => want('issueLinks', l.id, `evidence[${i}].sourceId`, 'sources', e.sourceId));
    }
    const subjectTarget = {
      trip: 'trips', visit: 'visits', event: 'events', source: 'sources', person: 'people', 'issue-link': 'issueLinks',
    } as const;
    for (const d of data.discrepancies) {
      d.subjects.forEach((s, i) => want('discrepancies', d.id, `subjects[${i}].id`, subjectTarget[s.type], s.id));
      d.sourceIds.forEach((s, i) => want('discrepancies', d.id, `sourceIds[${i}]`, 'sources', s));
    }
    return problems;
  },
};
