// The curated layer as a user meets it: read through the built dataset, checked for coverage,
// for the one-visit-per-stay rule, and against answers verified by hand in the source articles
// and the Office of the Historian records. The articles' texts are not ours to redistribute, so
// nothing here reads them: `npm run verify:evidence -- <folder of the texts>` (run by .ci/run)
// finds each article by its sha256 and checks every quote verbatim.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/build/assemble.js';
import type { Dataset } from '../src/schemas/dataset.js';

const root = path.resolve(import.meta.dirname, '..');
const built = buildDataset(path.join(root, 'data'), '0.0.0');
const dataset = built.dataset as Dataset;

const OFFICIAL = /^hsg-(?:travel|visit)-\d+$/;
const visitById = new Map(dataset?.visits.map((v) => [v.id, v]) ?? []);
const eventById = new Map(dataset?.events.map((e) => [e.id, e]) ?? []);
const tripById = new Map(dataset?.trips.map((t) => [t.id, t]) ?? []);
const discrepancyById = new Map(dataset?.discrepancies.map((d) => [d.id, d]) ?? []);

const ARTICLES = {
  a000: 'article-2023-11-blinken-asian-tour',
  a001: 'article-2023-02-blinken-heads-to-asia',
  a002: 'article-2024-04-blinken-visits-china-gvs',
  a003: 'article-2024-04-blinken-china-russia-support',
  a004: 'article-2021-03-blinken-first-trip-asia',
} as const;

function trip(id: string) {
  const t = tripById.get(id);
  if (!t) throw new Error(`no trip ${id}`);
  return t;
}
function visitsOf(tripId: string) {
  return trip(tripId).visitIds.map((id) => visitById.get(id)!);
}
/** The events held on a trip: those its visits reference. */
function eventsOf(tripId: string): string[] {
  return [...new Set(visitsOf(tripId).flatMap((v) => v.eventIds))];
}
/** Every issue link whose subject is the trip, one of its visits, or an event held on one of them. */
function linksOn(tripId: string) {
  const visitIds = new Set(trip(tripId).visitIds);
  const events = new Set(eventsOf(tripId));
  return dataset.issueLinks.filter((l) =>
    (l.subject.type === 'trip' && l.subject.id === tripId) ||
    (l.subject.type === 'visit' && visitIds.has(l.subject.id)) ||
    (l.subject.type === 'event' && events.has(l.subject.id)));
}
/** True when the trip rests on the source: its provenance, or the provenance of one of its visits, cites it. */
function tripCites(tripId: string, sourceId: string): boolean {
  const t = trip(tripId);
  return (t.provenance ?? []).some((p) => p.sourceId === sourceId) ||
    visitsOf(tripId).some((v) => v.provenance.some((p) => p.sourceId === sourceId));
}

describe('curated layer', () => {
  it('builds with no problems', () => {
    expect(built.problems).toEqual([]);
    expect(dataset).toBeDefined();
  });

  describe('coverage of the five articles', () => {
    const articles = () => dataset.sources.filter((s) => s.kind === 'news-article');

    it('holds the five articles', () => {
      expect(articles().map((s) => s.id).sort()).toEqual(Object.values(ARTICLES).sort());
    });

    it('each article supports at least one trip and at least one issue link on that trip', () => {
      for (const source of articles()) {
        const supported = dataset.trips.filter((t) => tripCites(t.id, source.id));
        expect(supported.length, `${source.id} supports no trip`).toBeGreaterThan(0);
        const withLink = supported.filter((t) => linksOn(t.id).some((l) => l.evidence.some((e) => e.sourceId === source.id)));
        expect(withLink.length, `${source.id} supports no issue link on a trip it supports`).toBeGreaterThan(0);
      }
    });

    it('pins each article by a distinct sha256 of its text, so verify:evidence can find it', () => {
      const hashes = articles().map((s) => s.textSha256);
      for (const [i, hash] of hashes.entries()) expect(hash, articles()[i]!.id).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(hashes).size).toBe(hashes.length);
    });

    it('never quotes page furniture', () => {
      const furniture = /Read More|Scroll to Top|leave a reply|^Share\.$|Exit mobile version|View Article|Welcome to Global Village Space|Read all articles|newsletter/i;
      const quotes = [
        ...dataset.visits.flatMap((v) => v.provenance),
        ...dataset.trips.flatMap((t) => t.provenance ?? []),
        ...dataset.events.flatMap((e) => e.provenance),
        ...dataset.issueLinks.flatMap((l) => l.evidence),
      ].flatMap((p) => ('quote' in p && p.quote ? [p.quote] : []));
      expect(quotes.length).toBeGreaterThan(150);
      expect(quotes.filter((q) => furniture.test(q))).toEqual([]);
    });
  });

  it('uses every vocabulary issue or marks it reserved', () => {
    const used = new Set(dataset.issueLinks.map((l) => l.issueId));
    const parent = new Map(dataset.issues.map((i) => [i.id, i.parentId]));
    for (const id of [...used]) for (let p = parent.get(id); p; p = parent.get(p)) used.add(p);
    for (const issue of dataset.issues) {
      expect(used.has(issue.id) || issue.reserved === true, `${issue.id} is neither used nor reserved`).toBe(true);
    }
  });

  it('keeps one visit per stay: no curated visit overlaps an official one of the same person and country', () => {
    const curated = dataset.visits.filter((v) => !OFFICIAL.test(v.id));
    expect(curated.length).toBeGreaterThan(0);
    for (const v of curated) {
      const clash = dataset.visits.find((o) => OFFICIAL.test(o.id) && o.traveler.personId !== undefined &&
        o.traveler.personId === v.traveler.personId && o.country === v.country && o.start <= v.end && v.start <= o.end);
      expect(clash?.id, `${v.id} repeats an official stay`).toBeUndefined();
    }
  });

  describe('March 2021: Blinken’s first trip (article 004)', () => {
    const id = 'blinken-antony-j-2021-03-15';

    it('goes Tokyo, Seoul, then Alaska, the last stop qualified approximate', () => {
      const stops = visitsOf(id);
      expect(stops.map((v) => [v.country, v.locality])).toEqual([['JP', 'Tokyo'], ['KR', 'Seoul'], ['US', 'Alaska']]);
      const alaska = stops.at(-1)!;
      expect(alaska).toMatchObject({ id: 'blinken-2021-03-18-us', dateQualifier: 'approximate', kind: 'secretary-travel' });
      expect(alaska.dateNote).toMatch(/way home from Asia/);
      expect(trip(id)).toMatchObject({ start: '2021-03-15', end: '2021-03-18', dateQualifier: 'approximate', derived: false });
    });

    it('has the Tokyo and Seoul 2+2 meetings, the foreign ministers the official records name, and the Alaska talks', () => {
      expect(eventsOf(id).sort()).toEqual([
        'blinken-chung-eui-yong-meeting-seoul-2021-03',
        'blinken-motegi-meeting-tokyo-2021-03',
        'us-china-talks-alaska-2021-03',
        'us-japan-security-consultative-committee-2021-03',
        'us-rok-foreign-defense-ministerial-2021-03',
      ]);
      expect(eventById.get('blinken-motegi-meeting-tokyo-2021-03')).toMatchObject({ participantIds: ['blinken-antony-j', 'motegi-toshimitsu'], provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-3992'] }] });
      expect(eventById.get('blinken-chung-eui-yong-meeting-seoul-2021-03')).toMatchObject({ participantIds: ['blinken-antony-j', 'chung-eui-yong'], provenance: [{ sourceId: 'hsg-travels', recordIds: ['hsg-travel-3993'] }] });
      expect(eventById.get('us-china-talks-alaska-2021-03')!.participantIds.sort()).toEqual(['blinken-antony-j', 'sullivan-jake']);
    });

    it('has Austin’s parallel stops in Japan and South Korea, dated approximately', () => {
      const austin = visitsOf('austin-lloyd-j-2021-03-15');
      expect(austin.map((v) => v.country)).toEqual(['JP', 'KR']);
      for (const v of austin) expect(v).toMatchObject({ kind: 'official-travel', dateQualifier: 'approximate' });
    });

    it('dates the Quad leaders’ virtual summit to the Friday before and Suga’s White House visit to April', () => {
      expect(eventById.get('quad-leaders-virtual-summit-2021-03-12')).toMatchObject({ start: '2021-03-12', series: 'Quad', virtual: true, dateQualifier: 'approximate' });
      expect(eventById.get('biden-suga-meeting-2021-04-16')).toMatchObject({ start: '2021-04-16', participantIds: ['biden-joseph-r', 'suga-yoshihide'] });
      expect(visitById.get('hsg-visit-3018')!.eventIds).toContain('biden-suga-meeting-2021-04-16');
    });

    it('ties burden-sharing and alliance reassurance to the trip', () => {
      const issues = linksOn(id).map((l) => `${l.issueId}:${l.relation}`);
      expect(issues).toEqual(expect.arrayContaining(['alliances-indo-pacific:agenda', 'alliance-burden-sharing:context', 'north-korea:context']));
    });
  });

  describe('February–March 2023: Central Asia and the G20 in New Delhi (article 001)', () => {
    const id = 'blinken-antony-j-2023-02-27';

    it('goes Astana, Tashkent, New Delhi, with the C5+1 and G20 ministerials', () => {
      expect(visitsOf(id).map((v) => v.locality)).toEqual(['Astana', 'Tashkent', 'New Delhi']);
      expect(eventsOf(id).sort()).toEqual(['c5-plus-1-ministerial-astana-2023-02', 'g20-foreign-ministers-meeting-new-delhi-2023-03']);
      const links = linksOn(id).map((l) => `${l.issueId}:${l.relation}`);
      expect(links).toEqual(expect.arrayContaining(['central-asia-sovereignty:agenda', 'food-energy-security:agenda']));
    });

    it('records the earlier encounters the article recalls: Munich, Bali and the November 2022 Biden–Xi summit', () => {
      expect(visitById.get('hsg-travel-4124')!.eventIds).toEqual(expect.arrayContaining(['munich-security-conference-2023-02', 'blinken-wang-yi-meeting-munich-2023-02']));
      expect(visitById.get('hsg-travel-4075')!.eventIds).toEqual(expect.arrayContaining(['g20-foreign-ministers-meeting-bali-2022-07', 'blinken-wang-yi-talks-bali-2022-07']));
      const summit = eventById.get('biden-xi-summit-2022-11')!;
      expect(summit).toMatchObject({ country: 'ID', dateQualifier: 'approximate', participantIds: ['biden-joseph-r', 'xi-jinping'] });
      expect(summit.start.slice(0, 7)).toBe('2022-11');
      for (const event of ['blinken-wang-yi-meeting-munich-2023-02', 'blinken-wang-yi-talks-bali-2022-07', 'biden-xi-summit-2022-11']) {
        expect(dataset.issueLinks.some((l) => l.subject.id === event && l.issueId === 'us-china-communication'), event).toBe(true);
      }
      expect(discrepancyById.has('bali-2022-which-meeting')).toBe(true);
      expect(discrepancyById.has('biden-xi-2022-summit-date-and-place')).toBe(true);
    });
  });

  describe('November 2023: the tour from Tel Aviv to New Delhi (article 000)', () => {
    const id = 'blinken-antony-j-2023-11-03';

    it('lists its eight stops in travel order', () => {
      expect(visitsOf(id).map((v) => v.locality)).toEqual(['Tel Aviv', 'Amman', 'Ramallah', 'Baghdad', 'Ankara', 'Tokyo', 'Seoul', 'New Delhi']);
      expect(visitsOf(id).map((v) => v.country)).toEqual(['IL', 'JO', 'PS', 'IQ', 'TR', 'JP', 'KR', 'IN']);
      expect(trip(id)).toMatchObject({ start: '2023-11-03', end: '2023-11-10' });
    });

    it('has the G7 ministerial in Tokyo, the Park Jin press conference in Seoul and the 2+2 with Austin in New Delhi', () => {
      expect(eventsOf(id).sort()).toEqual(['blinken-park-jin-press-conference-seoul-2023-11', 'g7-foreign-ministers-meeting-tokyo-2023-11', 'us-india-2-plus-2-ministerial-dialogue-2023-11']);
      expect(eventById.get('g7-foreign-ministers-meeting-tokyo-2023-11')).toMatchObject({ kind: 'ministerial', series: 'G7' });
      expect(eventById.get('us-india-2-plus-2-ministerial-dialogue-2023-11')!.participantIds.sort()).toEqual(['austin-lloyd-j', 'blinken-antony-j']);
      const seoul = linksOn(id).filter((l) => l.subject.id === 'blinken-park-jin-press-conference-seoul-2023-11' && l.relation === 'agenda').map((l) => l.issueId);
      expect(seoul).toEqual(expect.arrayContaining(['russia-north-korea-cooperation', 'nonproliferation']));
    });

    it('has Austin’s tour with only its India stop dated', () => {
      expect(visitsOf('austin-lloyd-j-2023-11-09').map((v) => [v.country, v.dateQualifier])).toEqual([['IN', 'approximate']]);
    });

    it('records each discrepancy about the “Asian” tour', () => {
      for (const d of [
        'blinken-2023-11-tour-called-asian', // “Asian tour”, “8-day tour of Asia” that began in Tel Aviv
        'blinken-2023-11-west-bank-stop-omitted',
        'g7-tokyo-2023-called-summit',
        'blinken-2023-11-india-prime-minister',
        'austin-2023-11-undated-stops',
        'austin-2023-11-tour-of-the-country',
        'blinken-title-variants', // “top US diplomat”, “State Secretary”
        'biden-xi-2023-meeting-date',
        'biden-xi-2023-meeting-place',
      ]) {
        expect(discrepancyById.get(d)?.sourceIds, d).toContain(ARTICLES.a000);
      }
      expect(discrepancyById.get('blinken-2023-11-tour-called-asian')!.description).toMatch(/8-day/);
    });

    it('records the Biden–Xi meeting at Woodside as held (the official record shows it), its day approximate and disputed, beside the APEC summit', () => {
      const meeting = eventById.get('biden-xi-meeting-woodside-2023-11-15')!;
      expect(meeting).toMatchObject({ start: '2023-11-15', dateQualifier: 'approximate', locality: 'Woodside' });
      expect(meeting.provenance.flatMap((p) => p.recordIds ?? [])).toContain('hsg-visit-3196');
      expect(discrepancyById.get('biden-xi-2023-meeting-date')!.subjects.map((s) => s.id)).toContain(meeting.id);
      expect(eventById.get('apec-leaders-summit-san-francisco-2023-11')).toMatchObject({ series: 'APEC', locality: 'San Francisco' });
    });
  });

  describe('April 2024: Blinken in China (articles 002 and 003)', () => {
    const id = 'blinken-antony-j-2024-04-24';

    it('is the stay in Shanghai and Beijing only', () => {
      expect(visitsOf(id).map((v) => [v.id, v.locality, v.start, v.end])).toEqual([['hsg-travel-4229', 'Shanghai, Beijing', '2024-04-24', '2024-04-27']]);
    });

    it('has China’s support for Russia, fentanyl, Taiwan and detained Americans on the agenda, with evidence from the articles', () => {
      const agenda = linksOn(id).filter((l) => l.relation === 'agenda');
      for (const issue of ['china-support-for-russia', 'fentanyl', 'taiwan', 'detained-americans']) {
        const link = agenda.find((l) => l.issueId === issue);
        expect(link, issue).toBeDefined();
        expect(link!.evidence.length).toBeGreaterThan(0);
        for (const e of link!.evidence) {
          expect([ARTICLES.a002, ARTICLES.a003]).toContain(e.sourceId);
          expect(e.quote.length).toBeGreaterThan(0);
        }
      }
    });

    it('follows the visit less than a year before it, to Beijing in June 2023', () => {
      expect(visitsOf('blinken-antony-j-2023-06-17')[0]).toMatchObject({ id: 'hsg-travel-4145', locality: 'Beijing', start: '2023-06-17' });
      expect(visitById.get('hsg-travel-4145')!.provenance.some((p) => p.sourceId === ARTICLES.a003)).toBe(true);
    });

    it('records that article 002’s page date disagrees with the visit', () => {
      expect(discrepancyById.get('article-002-page-date')!.subjects).toContainEqual({ type: 'source', id: ARTICLES.a002 });
      expect(dataset.sources.find((s) => s.id === ARTICLES.a002)).toMatchObject({ published: '2024-04-24', publishedQualifier: 'approximate', publisher: 'Global Village Space' });
    });
  });

  describe('second pass: what the articles say, no more', () => {
    it('links an issue as agenda only where a source says it was, or was to be, discussed', () => {
      const link = (id: string) => dataset.issueLinks.find((l) => l.id === id);
      // speculation before the meeting, and a generic remark on regional stability, are background
      expect(link('biden-xi-2023-china-support-for-russia')?.relation).toBe('context');
      expect(link('blinken-2024-04-north-korea')?.relation).toBe('context');
      // a phone call's agreement is not a fact about the G7 ministers' meeting
      expect(dataset.issueLinks.filter((l) => l.subject.id === 'g7-foreign-ministers-meeting-tokyo-2023-11').map((l) => l.issueId)).not.toContain('ukraine-reconstruction');
    });

    it('cites for a trip only sentences about that trip', () => {
      const june = trip('blinken-antony-j-2023-06-17');
      expect(june.provenance?.map((p) => p.quote).filter(Boolean)).not.toContain('This trip marks his second visit to China in less than a year');
    });

    it('records the stops a source names without dates as undated, within a stated window, outside the trip', () => {
      for (const [id, country] of [['austin-2023-11-01-id', 'ID'], ['austin-2023-11-01-kr', 'KR']] as const) {
        const v = visitById.get(id)!;
        expect(v).toMatchObject({ country, dateQualifier: 'undated', start: '2023-11-01', end: '2023-11-30' });
        expect(v.dateNote).toMatch(/gives no date/);
        expect(v.tripId).toBeUndefined();
      }
      expect(discrepancyById.get('austin-2023-11-undated-stops')!.subjects.map((s) => s.id)).toEqual(expect.arrayContaining(['austin-2023-11-01-id', 'austin-2023-11-01-kr']));
    });
  });
});
