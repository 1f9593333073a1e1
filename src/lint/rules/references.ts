import type { Problem, Rule } from '../types.js';
import type { CollectionName } from '../../schemas/meta.js';
import { idsOf, listedVisits, type IdLookup } from '../shared.js';

/** Every reference resolves: person, country, trip, event, source, issue, parent issue, link and discrepancy subjects. */
export const references: Rule = {
  name: 'references',
  severity: 'error',
  description: 'Every id a record refers to exists in the collection it names.',
  check(data) {
    const problems: Problem[] = [];
    // The shared id sets (unique-ids reads them too), each checked in place: this runs on every
    // reference of the dataset, in a fresh process, before V8 optimises it.
    const countries = idsOf(data, 'countries');
    const people = idsOf(data, 'people');
    const sources = idsOf(data, 'sources');
    const visits = idsOf(data, 'visits');
    const trips = idsOf(data, 'trips');
    const events = idsOf(data, 'events');
    const issues = idsOf(data, 'issues');
    const issueLinks = idsOf(data, 'issueLinks');
    type Target = 'countries' | 'people' | 'sources' | 'visits' | 'trips' | 'events' | 'issues' | 'issueLinks';
    const ids: Record<Target, IdLookup> = { countries, people, sources, visits, trips, events, issues, issueLinks };
    // The field path is written only for a reference that fails.
    const report = (collection: CollectionName, id: string, field: string, target: Target, value: string) => {
      problems.push({ rule: 'references', collection, id, field, message: `"${value}" is not in ${target}: expected an existing ${target === 'countries' ? 'country code' : `${target} id`}` });
    };

    for (const p of data.people) {
      for (let i = 0; i < p.roles.length; i++) {
        const r = p.roles[i]!;
        if (!countries.has(r.country)) report('people', p.id, `roles[${i}].country`, 'countries', r.country);
        if (r.sourceId !== undefined && !sources.has(r.sourceId)) report('people', p.id, `roles[${i}].sourceId`, 'sources', r.sourceId);
      }
    }
    const allVisits = data.visits;
    for (let k = 0; k < allVisits.length; k++) {
      const v = allVisits[k]!;
      const personId = v.traveler.personId;
      if (personId !== undefined && !people.has(personId)) report('visits', v.id, 'traveler.personId', 'people', personId);
      if (!countries.has(v.travelerCountry)) report('visits', v.id, 'travelerCountry', 'countries', v.travelerCountry);
      if (!countries.has(v.country)) report('visits', v.id, 'country', 'countries', v.country);
      if (v.tripId !== undefined && !trips.has(v.tripId)) report('visits', v.id, 'tripId', 'trips', v.tripId);
      const eventIds = v.eventIds;
      for (let i = 0; i < eventIds.length; i++) if (!events.has(eventIds[i]!)) report('visits', v.id, `eventIds[${i}]`, 'events', eventIds[i]!);
      const counterparts = v.counterparts;
      if (counterparts !== undefined) {
        for (let i = 0; i < counterparts.length; i++) {
          const counterpart = counterparts[i]!.personId;
          if (counterpart !== undefined && !people.has(counterpart)) report('visits', v.id, `counterparts[${i}].personId`, 'people', counterpart);
        }
      }
      const provenance = v.provenance;
      for (let i = 0; i < provenance.length; i++) if (!sources.has(provenance[i]!.sourceId)) report('visits', v.id, `provenance[${i}].sourceId`, 'sources', provenance[i]!.sourceId);
    }
    const allTrips = data.trips;
    // The trips' visits, resolved once for the rules that read them (listedVisits): the n-th listed id's visit at n.
    const listed = listedVisits(data);
    let n = 0;
    for (let k = 0; k < allTrips.length; k++) {
      const t = allTrips[k]!;
      if (!people.has(t.personId)) report('trips', t.id, 'personId', 'people', t.personId);
      const visitIds = t.visitIds;
      for (let i = 0; i < visitIds.length; i++) if (listed[n++] === undefined) report('trips', t.id, `visitIds[${i}]`, 'visits', visitIds[i]!);
      const provenance = t.provenance;
      if (provenance !== undefined) {
        for (let i = 0; i < provenance.length; i++) if (!sources.has(provenance[i]!.sourceId)) report('trips', t.id, `provenance[${i}].sourceId`, 'sources', provenance[i]!.sourceId);
      }
    }
    for (const e of data.events) {
      if (!countries.has(e.country)) report('events', e.id, 'country', 'countries', e.country);
      for (let i = 0; i < e.participantIds.length; i++) if (!people.has(e.participantIds[i]!)) report('events', e.id, `participantIds[${i}]`, 'people', e.participantIds[i]!);
      for (let i = 0; i < e.provenance.length; i++) if (!sources.has(e.provenance[i]!.sourceId)) report('events', e.id, `provenance[${i}].sourceId`, 'sources', e.provenance[i]!.sourceId);
    }
    for (const issue of data.issues) if (issue.parentId !== undefined && !issues.has(issue.parentId)) report('issues', issue.id, 'parentId', 'issues', issue.parentId);
    for (const l of data.issueLinks) {
      if (!issues.has(l.issueId)) report('issueLinks', l.id, 'issueId', 'issues', l.issueId);
      const target = l.subject.type === 'trip' ? 'trips' : l.subject.type === 'visit' ? 'visits' : 'events';
      if (!ids[target].has(l.subject.id)) report('issueLinks', l.id, 'subject.id', target, l.subject.id);
      for (let i = 0; i < l.evidence.length; i++) if (!sources.has(l.evidence[i]!.sourceId)) report('issueLinks', l.id, `evidence[${i}].sourceId`, 'sources', l.evidence[i]!.sourceId);
    }
    const subjectTarget = {
      trip: 'trips', visit: 'visits', event: 'events', source: 'sources', person: 'people', 'issue-link': 'issueLinks',
    } as const;
    for (const d of data.discrepancies) {
      for (let i = 0; i < d.subjects.length; i++) {
        const s = d.subjects[i]!;
        if (!ids[subjectTarget[s.type]].has(s.id)) report('discrepancies', d.id, `subjects[${i}].id`, subjectTarget[s.type], s.id);
      }
      for (let i = 0; i < d.sourceIds.length; i++) if (!sources.has(d.sourceIds[i]!)) report('discrepancies', d.id, `sourceIds[${i}]`, 'sources', d.sourceIds[i]!);
    }
    return problems;
  },
};
