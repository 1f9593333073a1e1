/**
 * Counterparts from "Met with …" remarks: each "Title Name" the traveller met
 * ("Met with Prime Minister Prodi and Foreign Minister Dini.") becomes a
 * counterpart of the visit, citing the words as they stand in the remark.
 * Resolved to a person record only where exactly one person fits the name,
 * the title, the country and the date; kept as a name otherwise (a wrong
 * match is worse than none). Curated facts win: a person a curated event of
 * the visit already lists is not written again.
 */
import type { Person } from '../../../src/schemas/person.js';
import type { Counterpart, Visit } from '../../../src/schemas/visit.js';
import type { CuratedLayer } from './curated.js';
import { clauses } from './remarks.js';

/** The rule every counterpart written here cites. */
export const MET_WITH_RULE = 'met-with';

/** Titles a counterpart may carry, longest first so "Prime Minister" wins over "Minister". */
const TITLES = [
  'First Deputy Prime Minister', 'Deputy Prime Minister', 'Minister of Foreign Affairs', 'Interim Prime Minister', 'Interim President',
  'Acting President', 'Acting Prime Minister', 'Transitional President', 'Secretary of State', 'Secretary-General', 'Secretary General',
  'General Secretary', 'Governor General', 'Governor-General', 'Foreign Minister', 'Foreign Secretary', 'Defense Minister', 'Defence Minister',
  'Prime Minister', 'President-elect', 'Vice President', 'Vice Premier', 'Crown Prince', 'Grand Duke', 'Grand Duchess', 'Chancellor',
  'President', 'Premier', 'Taoiseach', 'Chairman', 'Emperor', 'Empress', 'Sultan', 'Prince', 'Princess', 'Queen', 'King', 'Emir', 'Amir', 'Shah', 'Pope',
].sort((a, b) => b.length - a.length);

/** Lower-case words a name may hold between its capitalised ones ("Mohammed bin Salman", "Batlle y Ordonez"). */
const PARTICLES = '(?:bin|bint|ibn|al|el|de|da|del|della|di|do|dos|du|la|le|van|von|der|den|y|zu)';
const WORD = `(?:[A-Z][\\p{L}'’.-]*|(?:al|el|bin)-[A-Z][\\p{L}'’.-]*)`;
const NAME = `(?:${PARTICLES} )*${WORD}(?: (?:${PARTICLES} )*${WORD})*`;
/** "[Soviet |North Vietnamese ]Title Name", the whole item. */
const ITEM = new RegExp(`^((?:[A-Z][\\p{L}-]+ ){0,2}?)(${TITLES.join('|')}) (${NAME})$`, 'u');
/** Where the list of people met ends: where, when, why, or the next thing done. */
const PEOPLE_END =
  / (?:during|at|in|on|to|while|for|about|after|before|regarding|concerning|who|when|as)\b|,? and (?:discussed|attended|signed|visited|addressed|held|delivered|toured|accompanied|conferred|opened|dedicated|participated|reviewed|laid|met|spoke|gave|received)\b|,? (?:discussed|signed|visited)\b| (?:January|February|March|April|May|June|July|August|September|October|November|December) \d/;
const MET_WITH = /\b[Mm]et (?:separately |also |privately |informally |briefly )?with /;

export interface MetItem {
  /** The words as the remark has them: "Foreign Minister Dini". */
  quote: string;
  /** "Soviet", "North Vietnamese": the counterpart's country when not the visit's. */
  adjective?: string;
  title: string;
  name: string;
}

/** The "Title Name" items a remark says the traveller met, in order, each once. */
export function metItems(remarks: string): MetItem[] {
  const out: MetItem[] = [];
  for (const c of clauses(remarks, MET_WITH, PEOPLE_END)) {
    for (const raw of c.clause.split(/,? and |, | & /)) {
      const quote = raw.trim();
      const m = ITEM.exec(quote);
      if (!m || !remarks.includes(quote) || out.some((o) => o.quote === quote)) continue;
      const adjective = m[1]!.trim();
      out.push({ quote, ...(adjective ? { adjective } : {}), title: m[2]!, name: m[3]! });
    }
  }
  return out;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const tokens = (s: string): string[] => fold(s).split(/[\s.]+|-(?=[a-z])/u).filter(Boolean);

/** Titles that name the same office ("Emir"/"Amir", "Premier"/"Prime Minister" are not: the records keep them apart). */
const SAME_TITLE: Record<string, string> = { amir: 'emir', 'governor-general': 'governor general', 'secretary general': 'secretary-general' };
const titleKey = (t: string): string => SAME_TITLE[fold(t)] ?? fold(t);

/** Years a foreign leader's role may reach beyond the dates of the records that show it. */
const SEEN_SLACK_YEARS = 3;
const addYears = (iso: string, n: number): string => `${String(Number(iso.slice(0, 4)) + n).padStart(4, '0')}${iso.slice(4)}`;

/** Every name as the records write it: all its words, in order, hold the counterpart's words. */
function nameFits(name: string, forms: readonly string[]): boolean {
  const want = tokens(name);
  return forms.some((f) => {
    const have = tokens(f);
    let i = 0;
    for (const t of have) if (t === want[i]) i++;
    return i === want.length;
  });
}

/** Countries an adjective may name: "Soviet" -> Soviet Union, "Egyptian" -> Egypt; by the first four letters of the country's name. */
function countriesOf(adjective: string, countryNames: ReadonlyMap<string, string>): Set<string> {
  const head = fold(adjective).slice(0, 4);
  const out = new Set<string>();
  if (head.length < 4) return out;
  for (const [code, name] of countryNames) if (fold(name).startsWith(head)) out.add(code);
  if (fold(adjective) === 'british') out.add('GB');
  return out;
}

/** The one person who fits, or undefined when none or several do. */
export function resolveCounterpart(item: MetItem, visit: Visit, people: readonly Person[], countryNames: ReadonlyMap<string, string>): Person | undefined {
  const countries = item.adjective ? countriesOf(item.adjective, countryNames) : new Set([visit.country]);
  const title = titleKey(item.title);
  const fits = people.filter((p) => {
    if (p.id === visit.traveler.personId) return false;
    const roleFits = p.roles.some((r) => {
      if (titleKey(r.title) !== title) return false;
      // A US President or Secretary met anywhere, while in office.
      if (r.country === 'US' && r.start) return visit.start >= r.start && (!r.end || visit.start <= r.end);
      if (!countries.has(r.country) || !r.firstSeen || !r.lastSeen) return false;
      return visit.start >= addYears(r.firstSeen, -SEEN_SLACK_YEARS) && visit.start <= addYears(r.lastSeen, SEEN_SLACK_YEARS);
    });
    return roleFits && nameFits(item.name, [p.name, ...(p.derivation?.names ?? [])]);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

export interface DerivedCounterparts {
  visits: Visit[];
  /** Visits that gained a counterpart. */
  visitsWithCounterpart: number;
  counterparts: number;
  resolved: number;
  /** Counterparts not written because a curated event of the visit lists the person. */
  yieldedToCurated: { visitId: string; personId: string }[];
}

/** The people curated events already list for each visit (through the visit's events or its annotation's). */
function curatedParticipants(curated: CuratedLayer): (visit: Visit) => Set<string> {
  const events = new Map(curated.events.filter((e) => !e.derivedBy).map((e) => [e.id, e]));
  const annotated = new Map<string, string[]>();
  for (const a of curated.annotations) annotated.set(a.visitId, [...(annotated.get(a.visitId) ?? []), ...(a.eventIds ?? [])]);
  return (visit) => new Set([...visit.eventIds, ...(annotated.get(visit.id) ?? [])].flatMap((id) => events.get(id)?.participantIds ?? []));
}

export function deriveCounterparts(
  visits: readonly Visit[],
  people: readonly Person[],
  curated: CuratedLayer,
  countryNames: ReadonlyMap<string, string>,
): DerivedCounterparts {
  const listedBy = curatedParticipants(curated);
  const yielded: DerivedCounterparts['yieldedToCurated'] = [];
  let withAny = 0;
  let count = 0;
  let resolved = 0;
  const out = visits.map((visit) => {
    if (!visit.remarks) return visit;
    const listed = listedBy(visit);
    const found: Counterpart[] = [];
    for (const item of metItems(visit.remarks)) {
      const person = resolveCounterpart(item, visit, people, countryNames);
      if (person && listed.has(person.id)) {
        yielded.push({ visitId: visit.id, personId: person.id });
        continue;
      }
      if (person && found.some((f) => f.personId === person.id)) continue;
      // Frugal (the dataset's gzipped size is budgeted): a person id with the words that name them, or
      // the name with its title, the name itself standing in the remarks.
      found.push(person ? { personId: person.id, quote: item.quote, rule: MET_WITH_RULE } : { name: item.name, title: item.title, rule: MET_WITH_RULE });
    }
    if (!found.length) return visit;
    withAny++;
    count += found.length;
    resolved += found.filter((f) => f.personId).length;
    return { ...visit, counterparts: found };
  });
  return { visits: out, visitsWithCounterpart: withAny, counterparts: count, resolved, yieldedToCurated: yielded };
}
