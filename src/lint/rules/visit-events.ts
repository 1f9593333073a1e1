import type { Problem, Rule } from '../types.js';

/**
 * An event a visit lists took place during that stay: its dates overlap the
 * visit's, it is in the visit's country, and the traveller is among its
 * participants. A warning, not an error: the sources can disagree (an
 * official record dated otherwise than the press), which a discrepancy
 * records and an exception names.
 */
export const visitEvents: Rule = {
  name: 'visit-events',
  description: "An event a visit lists overlaps the visit's dates, is in its country, and has its traveller among the participants.",
  severity: 'warning',
  check(data) {
    const problems: Problem[] = [];
    const events = new Map(data.events.map((e) => [e.id, e]));
    for (const v of data.visits) {
      v.eventIds.forEach((eventId, i) => {
        const e = events.get(eventId);
        if (!e) return; // reported by the references rule
        const fail = (message: string) => problems.push({ rule: this.name, collection: 'visits', id: v.id, field: `eventIds[${i}]`, message });
        if (e.end < v.start || e.start > v.end) {
          fail(`event "${eventId}" (${e.start}..${e.end}) does not overlap the visit (${v.start}..${v.end}): expected an event held during the stay, or a discrepancy and an exception`);
        }
        if (e.country !== v.country) fail(`event "${eventId}" is in ${e.country}, the visit in ${v.country}: expected an event in the visit's country`);
        const person = v.traveler.personId;
        if (person !== undefined && !e.participantIds.includes(person)) {
          fail(`event "${eventId}" does not list ${person} among its participantIds: expected the traveller to take part`);
        }
      });
    }
    return problems;
  },
};
