/**
 * Foreign leaders as people: resolves the free-text `<visitor>` of every
 * foreign leader's visit to one person record, so "every visit of X" works by
 * id. The records give no ids, only text such as "President Xi Jinping",
 * "Prime Minister Yoshihide Suga", "Sato", "Rexhep Medjani"; the rules,
 * applied in this order and recorded on each person (`derivation.rules`):
 *
 * 1. `same-name`: the same name after normalisation (case, accents,
 *    punctuation, honorifics such as Dr./Sheikh, a doubled word) from the same
 *    country. Titles are ignored, so a Vice President who became President,
 *    or a Prime Minister who became President, stays one person.
 * 2. `across-states`: the same full name from a former state and its
 *    successor (Vaclav Havel, Czechoslovakia then Czechia).
 * 3. `near-spelling`: names of the same country, no more than WINDOW_YEARS
 *    apart, within two letters of each other ("Rexhep Medjani" / "Rexhep
 *    Meidani", "Dilma Roussef" / "Dilma Rousseff"), unless they differ in a
 *    regnal number (Mohamed V / Mohamed VI). Every such join is listed in
 *    the import report for review.
 * 4. `name-subset`: a name whose words are all in a longer name of the same
 *    country ("Carlos Menem" / "Carlos Saul Menem"), the records of both no more
 *    than WINDOW_YEARS apart, and no other candidate.
 * 5. `surname-only`: a one-word name ("Sato", "Erhard") and the one person of
 *    the same country within WINDOW_YEARS whose name holds that word.
 * 6. `identity-table`: data/reference/leader-identities.json, hand-decided:
 *    transliterations the rules miss ("Abdelfattah Said Elsisi" /
 *    "Abdel Fattah al-Sisi"), pairs the rules would join but that are
 *    different people, and one name used by two people (split by date).
 *
 * The same name in different countries is never joined (except rule 2).
 * Doubtful joins and splits are listed in the import report. Roles carry the title and country as the records give them,
 * with the first and last record dates (`firstSeen`/`lastSeen`): they are
 * not term dates, which the records do not give.
 */
import type { Country } from '../../src/schemas/country.js';
import type { Person, PersonDerivation, Role } from '../../src/schemas/person.js';
import type { Visit } from '../../src/schemas/visit.js';
import { compareRecordIds, compareStrings } from './text.js';
import { splitVisitor, VISITOR_TITLES } from './visitor.js';
import { SOURCE_VISITS } from './visits.js';

/** Two name forms further apart in time than this are not joined by a rule. */
export const WINDOW_YEARS = 10;

export type LeaderRule = 'same-name' | 'across-states' | 'near-spelling' | 'name-subset' | 'surname-only' | 'identity-table';

export interface IdentityTable {
  /** Name forms (as normalised by `matchKey`) of one country that are one person. */
  sameAs: { country: string; names: string[]; reason: string }[];
  /** Each form in `names` is a different person from each form in `notSameAs` (the rules would join them, or list them as doubtful). */
  distinct: { country: string; names: string[]; notSameAs: string[]; reason: string }[];
  /** One name form used by two people: records before `from` are the earlier person. */
  splitAt: { country: string; name: string; from: string; reason: string }[];
  /** Person id chosen by hand where the surname-first rule gets the surname wrong. */
  ids: Record<string, { id: string; name?: string; reason: string }>;
}

export interface DoubtfulCase {
  kind: 'near-spelling joined' | 'far apart, kept apart' | 'several candidates' | 'several people in one record' | 'long gap' | 'decided by hand';
  personIds: string[];
  names: string[];
  recordIds: string[];
  note: string;
}

export interface LeadersResult {
  visits: Visit[];
  people: Person[];
  report: {
    visits: number;
    people: number;
    curatedIdsReused: string[];
    byRule: Record<LeaderRule, number>;
    doubtful: DoubtfulCase[];
  };
}

/** Honorifics that are not part of the name (dropped for matching and the id, kept in the display name). */
const HONORIFICS = new Set(['dr', 'sheikh', 'sheik', 'sir', 'archbishop', 'haji', 'mrs', 'mr', 'dato', 'datuk', 'seri']);
const PARTICLES = new Set(['st', 'saint', 'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'el', 'bin', 'ibn', 'ben', 'ould', 'abu', 'y']);
const NUMERAL = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi)$/;
const SUFFIX = /^(?:jr|sr|2nd|3rd|4th)$/;
/** Titles held by monarchs: their names have no surname to put first. */
const MONARCH_TITLES = new Set(['King', 'Queen', 'Emperor', 'Empress', 'Pope', 'Sultan', 'Emir', 'Amir', 'Shah', 'Prince', 'Princess', 'Grand Duke', 'Grand Duchess', 'Crown Prince', 'Regent']);
/** Countries whose records write names surname first (Xi Jinping, Kim Dae-jung, Nguyen Van Thieu, Lee Kuan Yew). */
const SURNAME_FIRST_COUNTRIES = new Set(['CN', 'TW', 'KR', 'KP', 'VN', 'VDVN', 'XV', 'SG', 'KH', 'MO', 'HK']);
/** Burmese names have no surname (Ne Win, U Nu): kept in order. */
const NO_SURNAME_COUNTRIES = new Set(['MM', 'BUMM']);
/** Common surnames of those countries: a name that ends in one and does not start with one is written given name first ("Chong Pil Kim"). */
const EAST_ASIAN_SURNAMES = new Set([
  'kim', 'lee', 'park', 'chung', 'chun', 'choi', 'roh', 'rhee', 'yoon', 'yun', 'moon', 'han', 'chang', 'chiang', 'li', 'xi', 'hu', 'jiang',
  'wen', 'deng', 'zhao', 'yang', 'wang', 'ma', 'tsai', 'lai', 'chen', 'hua', 'zhu', 'goh', 'tan', 'nguyen', 'ngo', 'pham', 'phan', 'vo', 'tran', 'le',
]);

/** Lenient title prefixes for visitor texts `splitVisitor` keeps whole (typos and spacing the records have). */
const LENIENT_TITLES: [RegExp, string][] = [
  [/^President of the Council of Ministers\s+/, 'President of the Council of Ministers'],
  [/^President-\s*designate\s+/i, 'President-designate'],
  [/^President-\s*elect\s+/i, 'President-elect'],
  [/^Prime Minist(?:er|re|ere)?-(?=\S)/, 'Prime Minister'],
  [/^Prime Minist(?:er|ere|re)(?=[A-Z])/, 'Prime Minister'],
  [/^Prime Minst(?:er)?\s+/, 'Prime Minister'],
  [/^Prime Minister(?:e)?\s+/, 'Prime Minister'],
];

/** "Hussein", "Abdel Fattah al-Sisi" -> "abdel fattah al sisi": lower case, ASCII, no punctuation or honorifics. */
export function matchKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  // "Giulio Giulio Andreotti", "Gustavo Gustavo Diaz Ordaz": a doubled word is a typo.
  return words.filter((w, i) => w !== words[i - 1]).join(' ');
}

/** The person a visitor text names, and the title the text gives them. */
export function leaderOf(visitor: string): { name: string; title?: string; several: boolean } {
  const split = splitVisitor(visitor);
  if ('title' in split) return { name: split.name, title: split.title, several: false };
  if (split.keptWhole === 'several people') {
    // "President X and Prime Minister Y": the visit is filed under the first person named;
    // "Premier and Prince Sihanouk": one person with two titles.
    const parts = visitor.split(/\s+and\s+|\s*&\s*|,\s*|;\s*/).map((p) => p.trim()).filter(Boolean);
    const first = parts[0]!;
    const onlyTitle = VISITOR_TITLES.includes(first);
    if (onlyTitle && parts.length === 2) {
      const rest = leaderOf(parts[1]!);
      return { name: rest.name, title: first, several: false };
    }
    const lead = leaderOf(first);
    return { ...lead, several: true };
  }
  for (const [re, title] of LENIENT_TITLES) {
    const m = re.exec(visitor);
    if (m) {
      const rest = visitor.slice(m[0].length).trim();
      // "Prime Minister-Prince Norodom Kantol": the prince's title is part of how he is named, not his office.
      const inner = splitVisitor(rest);
      return { name: 'title' in inner && MONARCH_TITLES.has(inner.title) ? inner.name : rest, title, several: false };
    }
  }
  return { name: visitor, several: false };
}

/** One word of a display name for an id: lower case ASCII, apostrophes dropped ("Mata'afa"), inner hyphens kept ("Chan-o-cha"). */
function idToken(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/^-+|-+$/g, '');
}

/**
 * Surname-first id words for a display name: "Yoshihide Suga" -> suga-yoshihide,
 * "Charles de Gaulle" -> de-gaulle-charles, "Ellen Johnson-Sirleaf" -> johnson-sirleaf-ellen;
 * monarchs and names already written surname first keep their order.
 */
export function idWords(name: string, country: string, monarch: boolean, surnameFirst = false): string[] {
  const words = name.replace(/[(),]/g, ' ').split(/\s+/).map(idToken).filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!.replace(/-/g, ''))) words.shift();
  const kept = words.filter((w, i) => w !== words[i - 1]);
  if (kept.length <= 1) return kept;
  const last = kept[kept.length - 1]!;
  // "Earl of Athlone": a title of nobility is a name in itself.
  // "Mahathir bin Muhammad", "Hussein bin Onn": a patronymic name has no surname to put first.
  const patronymic = kept.slice(1, -1).some((w) => w === 'bin' || w === 'ibn' || w === 'binti');
  if (monarch || surnameFirst || patronymic || NUMERAL.test(last) || kept.includes('of') || NO_SURNAME_COUNTRIES.has(country)) return kept;
  if (SURNAME_FIRST_COUNTRIES.has(country)) {
    const writtenWestern = EAST_ASIAN_SURNAMES.has(last) && !EAST_ASIAN_SURNAMES.has(kept[0]!.split('-')[0]!);
    if (!writtenWestern) return kept;
  }
  let end = kept.length;
  const suffix: string[] = [];
  if (SUFFIX.test(kept[end - 1]!)) suffix.push(kept[--end]!);
  let start = end - 1;
  // "de Gaulle", "St. Laurent": a particle belongs to the surname; a name of particle and surname alone is all surname.
  while (start > 0 && PARTICLES.has(kept[start - 1]!)) start--;
  return [...kept.slice(start, end), ...kept.slice(0, start), ...suffix];
}

interface Form {
  key: string;
  country: string;
  visits: Visit[];
  names: Map<string, number>;
  first: string;
  last: string;
  monarch: boolean;
  several: string[];
}

class Groups {
  private parent = new Map<string, string>();
  readonly rules = new Map<string, Set<LeaderRule>>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const r = this.find(p);
    this.parent.set(x, r);
    return r;
  }
  union(a: string, b: string, rule: LeaderRule): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [keep, drop] = compareStrings(ra, rb) <= 0 ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
    const rules = new Set([...(this.rules.get(keep) ?? []), ...(this.rules.get(drop) ?? []), rule]);
    this.rules.set(keep, rules);
  }
}

const year = (date: string): number => Number(date.slice(0, 4));
/** Years between two spans of records (0 when they overlap). */
function gapYears(a: { first: string; last: string }, b: { first: string; last: string }): number {
  if (a.last < b.first) return year(b.first) - year(a.last);
  if (b.last < a.first) return year(a.first) - year(b.last);
  return 0;
}

/** Levenshtein distance, for near-spellings ("Medjani" / "Meidani"). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const formId = (country: string, key: string): string => `${country}|${key}`;
/** The words of a name in any order: "Suga Yoshihide" and "Yoshihide Suga" are one name. */
const wordSet = (key: string): string => key.split(' ').sort(compareStrings).join(' ');
/** Japanese names: the records write them surname first from 2020 ("Kishida Fumio", "Suga Yoshihide"), given name first before. */
const JAPAN_SURNAME_FIRST_FROM = '2020-01-01';

export function resolveLeaders(
  visits: Visit[],
  countries: Country[],
  existingPeople: Person[],
  curatedPeople: Person[],
  table: IdentityTable,
): LeadersResult {
  const former = new Set(countries.filter((c) => c.former).map((c) => c.code));
  const doubtful: DoubtfulCase[] = [];
  const forms = new Map<string, Form>();
  const titled = new Map<string, string | undefined>();
  const splitKeys = new Map(table.splitAt.map((s) => [formId(s.country, s.name), s]));

  for (const v of visits) {
    if (v.kind !== 'foreign-leader-visit') continue;
    const lead = leaderOf(v.traveler.name);
    titled.set(v.id, v.traveler.title ?? lead.title);
    let key = matchKey(lead.name);
    if (!key) throw new Error(`import-historian: visit ${v.id}: visitor "${v.traveler.name}" gives no name`);
    const split = splitKeys.get(formId(v.travelerCountry, key));
    if (split && v.start < split.from) key = `${key} (before ${split.from})`;
    const id = formId(v.travelerCountry, key);
    const f: Form = forms.get(id) ?? { key, country: v.travelerCountry, visits: [], names: new Map(), first: v.start, last: v.start, monarch: false, several: [] };
    f.visits.push(v);
    f.names.set(lead.name, (f.names.get(lead.name) ?? 0) + 1);
    if (v.start < f.first) f.first = v.start;
    if (v.start > f.last) f.last = v.start;
    const title = titled.get(v.id);
    if (title && MONARCH_TITLES.has(title)) f.monarch = true;
    if (lead.several) f.several.push(v.id);
    forms.set(id, f);
  }

  const groups = new Groups();
  const formIds = [...forms.keys()].sort(compareStrings);
  for (const id of formIds) groups.rules.set(id, new Set(['same-name']));
  const distinct = new Set(
    table.distinct.flatMap((d) =>
      d.names.flatMap((a) => d.notSameAs.flatMap((b) => [`${formId(d.country, a)}>${formId(d.country, b)}`, `${formId(d.country, b)}>${formId(d.country, a)}`])),
    ),
  );
  const blocked = (a: string, b: string): boolean => distinct.has(`${a}>${b}`);

  // Rule 2: the same full name from a former state and another country.
  const byKey = new Map<string, string[]>();
  for (const id of formIds) {
    const f = forms.get(id)!;
    if (f.key.includes(' ')) byKey.set(f.key, [...(byKey.get(f.key) ?? []), id]);
  }
  for (const ids of byKey.values()) {
    for (const a of ids) for (const b of ids) {
      if (a < b && (former.has(forms.get(a)!.country) || former.has(forms.get(b)!.country)) && !blocked(a, b)) groups.union(a, b, 'across-states');
    }
  }

  // Rule 1 also holds for the same words in another order ("Suga Yoshihide" / "Yoshihide Suga").
  const byWords = new Map<string, string>();
  for (const id of formIds) {
    const f = forms.get(id)!;
    const k = formId(f.country, wordSet(f.key));
    const seen = byWords.get(k);
    if (seen) groups.union(seen, id, 'same-name');
    else byWords.set(k, id);
  }

  // Rule 5 first for sameAs, so the automatic rules see hand-joined forms as one candidate.
  for (const s of table.sameAs) {
    const ids = s.names.map((n) => formId(s.country, n));
    const missing = ids.filter((id) => !forms.has(id));
    if (missing.length) throw new Error(`import-historian: leader-identities.json sameAs names no visitor: ${missing.join(', ')}`);
    for (const id of ids.slice(1)) groups.union(ids[0]!, id, 'identity-table');
  }
  for (const d of table.distinct) {
    const missing = [...d.names, ...d.notSameAs].map((n) => formId(d.country, n)).filter((id) => !forms.has(id));
    if (missing.length) throw new Error(`import-historian: leader-identities.json distinct names no visitor: ${missing.join(', ')}`);
  }

  const byCountry = new Map<string, string[]>();
  for (const id of formIds) {
    const c = forms.get(id)!.country;
    byCountry.set(c, [...(byCountry.get(c) ?? []), id]);
  }

  // Rule 3: near-spellings of one country and time; each join is listed in the report.
  const nearPairs: [string, string][] = [];
  for (const ids of byCountry.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      if (groups.find(a) === groups.find(b)) continue;
      const [fa, fb] = [forms.get(a)!, forms.get(b)!];
      const wa = fa.key.split(' ');
      const wb = fb.key.split(' ');
      // Names that differ only by a regnal number are different people (Mohamed V / Mohamed VI).
      if (wa.length === wb.length && wa.some((w, k) => w !== wb[k] && NUMERAL.test(w) && NUMERAL.test(wb[k]!))) continue;
      const d = editDistance(fa.key, fb.key);
      if (d <= 2 && d < Math.min(fa.key.length, fb.key.length) / 4 && gapYears(fa, fb) <= WINDOW_YEARS && !blocked(a, b)) {
        nearPairs.push([a, b]);
        groups.union(a, b, 'near-spelling');
      }
    }
  }

  // Rules 4 and 5: a shorter name joins the one longer name of the same country and time that holds all its words.
  for (const ids of byCountry.values()) {
    // Longest names first, so "Lars Rasmussen" meets "Lars Lokke Rasmussen" after the long forms are settled.
    const ordered = [...ids].sort((a, b) => forms.get(b)!.key.split(' ').length - forms.get(a)!.key.split(' ').length || compareStrings(a, b));
    for (const a of ordered) {
      const fa = forms.get(a)!;
      const words = fa.key.replace(/ \(before .*\)$/, '').split(' ');
      const single = words.length === 1;
      const candidates = ids.filter((b) => {
        if (b === a) return false;
        const fb = forms.get(b)!;
        const other = fb.key.replace(/ \(before .*\)$/, '').split(' ');
        if (other.length <= words.length) return false;
        if (!words.every((w) => other.includes(w))) return false;
        // A surname alone matches the surname (the last word, or the first where names are written surname first), or any word of a monarch's name ("Hussein" / "Hussein I").
        const surname = SURNAME_FIRST_COUNTRIES.has(fb.country) ? [other[0], other[other.length - 1]] : [other[other.length - 1]];
        if (single && !(surname.includes(words[0]) || fb.monarch || NUMERAL.test(other[other.length - 1]!))) return false;
        return gapYears(fa, fb) <= WINDOW_YEARS && !blocked(a, b);
      });
      const roots = [...new Set(candidates.map((b) => groups.find(b)))].filter((r) => r !== groups.find(a));
      if (roots.length === 1) {
        groups.union(a, candidates.find((b) => groups.find(b) === roots[0])!, single ? 'surname-only' : 'name-subset');
      } else if (roots.length > 1) {
        doubtful.push({
          kind: 'several candidates',
          personIds: [],
          names: [fa.key, ...candidates.map((b) => forms.get(b)!.key)],
          recordIds: fa.visits.map((v) => v.id),
          note: `"${fa.key}" (${fa.country}) fits ${roots.length} people; kept apart`,
        });
      }
    }
  }

  // A hand "distinct" must hold through chains of joins too (A~C by one rule, C~B by another): fail loudly.
  for (const d of table.distinct) {
    for (const a of d.names) for (const b of d.notSameAs) {
      if (groups.find(formId(d.country, a)) === groups.find(formId(d.country, b))) {
        throw new Error(`import-historian: leader-identities.json says "${a}" and "${b}" (${d.country}) are two people, but the rules join them through other name forms: add those forms to the distinct entry`);
      }
    }
  }

  // Name forms the rules would join but for the time between their records (WINDOW_YEARS): kept apart
  // and listed, unless data/reference/leader-identities.json decided them (sameAs joins, distinct keeps apart).
  const farPairs: [string, string][] = [];
  for (const ids of byCountry.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      if (groups.find(a) === groups.find(b) || blocked(a, b)) continue;
      const [fa, fb] = [forms.get(a)!, forms.get(b)!];
      // One name split by date in the table: already decided.
      if (fa.key.replace(/ \(before .*\)$/, '') === fb.key.replace(/ \(before .*\)$/, '')) continue;
      const gap = gapYears(fa, fb);
      if (gap <= WINDOW_YEARS || gap > 40) continue;
      const [wa, wb] = [fa.key.split(' '), fb.key.split(' ')];
      const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
      const subset = short.length >= 2 && short.length < long.length && short.every((w) => long.includes(w));
      const d = editDistance(fa.key, fb.key);
      const near = d <= 2 && d < Math.min(fa.key.length, fb.key.length) / 4 && !(wa.length === wb.length && wa.some((w, k) => w !== wb[k] && NUMERAL.test(w) && NUMERAL.test(wb[k]!)));
      if (subset || near) farPairs.push([a, b]);
    }
  }

  // People: one per group of forms.
  const members = new Map<string, string[]>();
  for (const id of formIds) {
    const r = groups.find(id);
    members.set(r, [...(members.get(r) ?? []), id]);
  }
  const takenIds = new Set(existingPeople.map((p) => p.id));
  const curatedByName = new Map<string, Person[]>();
  for (const p of curatedPeople) {
    const k = wordSet(matchKey(p.name));
    curatedByName.set(k, [...(curatedByName.get(k) ?? []), p]);
  }

  interface Draft { root: string; forms: Form[]; visits: Visit[]; name: string; base: string; country: string; first: string }
  const drafts: Draft[] = [];
  for (const [root, ids] of members) {
    const fs = ids.map((id) => forms.get(id)!);
    const vs = fs.flatMap((f) => f.visits).sort((a, b) => compareStrings(a.start, b.start) || compareRecordIds(a.id, b.id));
    const names = new Map<string, number>();
    for (const f of fs) for (const [n, c] of f.names) names.set(n, (names.get(n) ?? 0) + c);
    // The form the records use most often among those of two words or more ("Park Chung Hee", not "Park"); ties to the longer, then alphabetical.
    const wordCount = (n: string): number => Math.min(matchKey(n).split(' ').filter((w) => !PARTICLES.has(w)).length, 2);
    const name = [...names.entries()].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1] || b[0].length - a[0].length || compareStrings(a[0], b[0]))[0]![0];
    const countryCounts = new Map<string, number>();
    for (const v of vs) countryCounts.set(v.travelerCountry, (countryCounts.get(v.travelerCountry) ?? 0) + 1);
    // The latest country (a successor state) names the person's id.
    const country = vs[vs.length - 1]!.travelerCountry;
    const monarch = fs.some((f) => f.monarch);
    const override = fs.map((f) => table.ids[formId(f.country, f.key)]).find(Boolean);
    const surnameFirst = country === 'JP' && vs.filter((v) => leaderOf(v.traveler.name).name === name).every((v) => v.start >= JAPAN_SURNAME_FIRST_FROM);
    let base = override?.id ?? idWords(name, country, monarch, surnameFirst).join('-');
    const curated = [...names.keys()].flatMap((n) => curatedByName.get(wordSet(matchKey(n))) ?? []).find((p) => p.roles.some((r) => vs.some((v) => v.travelerCountry === r.country)));
    if (curated) base = curated.id;
    drafts.push({ root, forms: fs, visits: vs, name: curated?.name ?? override?.name ?? name, base, country, first: vs[0]!.start });
  }
  drafts.sort((a, b) => compareStrings(a.base, b.base) || compareStrings(a.first, b.first) || compareStrings(a.root, b.root));

  const byBase = new Map<string, Draft[]>();
  for (const d of drafts) byBase.set(d.base, [...(byBase.get(d.base) ?? []), d]);
  const curatedIds = new Set(curatedPeople.map((p) => p.id));
  const people: Person[] = [];
  const personOfForm = new Map<string, string>();
  const curatedIdsReused: string[] = [];
  const byRule: Record<LeaderRule, number> = { 'same-name': 0, 'across-states': 0, 'near-spelling': 0, 'name-subset': 0, 'surname-only': 0, 'identity-table': 0 };
  const usedIds = new Set<string>();
  for (const d of drafts) {
    let id = d.base;
    // One id for two people (one name in two countries, or two holders of one name in one country):
    // the country tells them apart, or else the year of the first record. A curated id stays as it is.
    const namesakes = byBase.get(d.base)!;
    if (takenIds.has(id) || (namesakes.length > 1 && !curatedIds.has(id))) {
      const countriesDiffer = new Set(namesakes.map((x) => x.country)).size === namesakes.length;
      id = takenIds.has(id) || countriesDiffer ? `${d.base}-${d.country.toLowerCase()}` : `${d.base}-${d.first.slice(0, 4)}`;
    }
    if (usedIds.has(id)) throw new Error(`import-historian: internal error: person id ${id} given twice`);
    usedIds.add(id);
    if (curatedIds.has(id)) curatedIdsReused.push(id);

    const roles = new Map<string, Role & { firstSeen: string; lastSeen: string }>();
    for (const v of d.visits) {
      // A record with no title ("Valdas Adamkus") shows no office: it adds no role.
      const title = titled.get(v.id);
      if (!title) continue;
      const k = `${title}|${v.travelerCountry}`;
      const r = roles.get(k);
      if (!r) roles.set(k, { title, country: v.travelerCountry, sourceId: SOURCE_VISITS, firstSeen: v.start, lastSeen: v.end });
      else {
        if (v.start < r.firstSeen) r.firstSeen = v.start;
        if (v.end > r.lastSeen) r.lastSeen = v.end;
      }
    }
    const rules = [...(groups.rules.get(d.root) ?? new Set<LeaderRule>(['same-name']))].sort(compareStrings) as LeaderRule[];
    for (const r of rules) byRule[r]++;
    const derivation: PersonDerivation = {
      sourceId: SOURCE_VISITS,
      rules,
      names: [...new Set(d.forms.flatMap((f) => [...f.names.keys()]))].sort(compareStrings),
    };
    people.push({
      id,
      name: d.name,
      roles: [...roles.values()].sort((a, b) => compareStrings(a.firstSeen, b.firstSeen) || compareStrings(a.title, b.title) || compareStrings(a.country, b.country)),
      derivation,
    });
    for (const f of d.forms) personOfForm.set(formId(f.country, f.key), id);
    const several = d.forms.flatMap((f) => f.several);
    if (several.length) {
      doubtful.push({
        kind: 'several people in one record',
        personIds: [id],
        names: d.forms.flatMap((f) => f.visits.filter((v) => several.includes(v.id)).map((v) => v.traveler.name)),
        recordIds: several.sort(compareRecordIds),
        note: 'the record names several people; the visit is filed under the first named',
      });
    }
    // One name form whose records lie far apart may be two people (a father and son of one name).
    const dates = d.visits.map((v) => v.start).sort(compareStrings);
    for (let i = 1; i < dates.length; i++) {
      if (year(dates[i]!) - year(dates[i - 1]!) > 20) {
        doubtful.push({
          kind: 'long gap',
          personIds: [id],
          names: derivation.names,
          recordIds: d.visits.map((v) => v.id).sort(compareRecordIds),
          note: `no record between ${dates[i - 1]} and ${dates[i]}: checked by hand; one person unless data/reference/leader-identities.json splits the name`,
        });
        break;
      }
    }
  }

  for (const [a, b] of nearPairs) {
    doubtful.push({
      kind: 'near-spelling joined',
      personIds: [personOfForm.get(a)!],
      names: [forms.get(a)!.key, forms.get(b)!.key],
      recordIds: [...forms.get(a)!.visits, ...forms.get(b)!.visits].map((v) => v.id).sort(compareRecordIds),
      note: 'joined as one person: spellings within two letters, same country, records no more than 10 years apart; list them under distinct in data/reference/leader-identities.json if they are two people',
    });
  }
  for (const [a, b] of farPairs) {
    doubtful.push({
      kind: 'far apart, kept apart',
      personIds: [personOfForm.get(a)!, personOfForm.get(b)!],
      names: [forms.get(a)!.key, forms.get(b)!.key],
      recordIds: [...forms.get(a)!.visits, ...forms.get(b)!.visits].map((v) => v.id).sort(compareRecordIds),
      note: `one name holds the other or they differ by two letters, but their records are more than ${WINDOW_YEARS} years apart (a namesake, a son, a brother?): kept apart; decide in data/reference/leader-identities.json`,
    });
  }
  for (const s of table.sameAs) {
    doubtful.push({
      kind: 'decided by hand',
      personIds: [personOfForm.get(formId(s.country, s.names[0]!))!],
      names: s.names,
      recordIds: s.names.flatMap((n) => forms.get(formId(s.country, n))!.visits.map((v) => v.id)).sort(compareRecordIds),
      note: `joined: ${s.reason}`,
    });
  }
  for (const s of table.distinct) {
    const names = [...s.names, ...s.notSameAs];
    doubtful.push({
      kind: 'decided by hand',
      personIds: [...new Set(names.map((n) => personOfForm.get(formId(s.country, n))!))].sort(compareStrings),
      names,
      recordIds: names.flatMap((n) => forms.get(formId(s.country, n))!.visits.map((v) => v.id)).sort(compareRecordIds),
      note: `kept apart: ${s.reason}`,
    });
  }
  for (const s of table.splitAt) {
    const ids = [formId(s.country, `${s.name} (before ${s.from})`), formId(s.country, s.name)];
    doubtful.push({
      kind: 'decided by hand',
      personIds: ids.map((i) => personOfForm.get(i)!).filter(Boolean),
      names: [s.name],
      recordIds: ids.flatMap((i) => forms.get(i)?.visits.map((v) => v.id) ?? []).sort(compareRecordIds),
      note: `split at ${s.from}: ${s.reason}`,
    });
  }

  const out = visits.map((v) => {
    if (v.kind !== 'foreign-leader-visit') return v;
    const lead = leaderOf(v.traveler.name);
    let key = matchKey(lead.name);
    const split = splitKeys.get(formId(v.travelerCountry, key));
    if (split && v.start < split.from) key = `${key} (before ${split.from})`;
    const personId = personOfForm.get(formId(v.travelerCountry, key))!;
    // The visit's title stays the one its text gives (title + name = the record's text); a title read
    // leniently from a text kept whole ("Prime Minster ...") goes only into the person's roles.
    return { ...v, traveler: { personId, name: v.traveler.name, ...(v.traveler.title ? { title: v.traveler.title } : {}) } };
  });

  people.sort((a, b) => compareStrings(a.id, b.id));
  doubtful.sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.names.join('|'), b.names.join('|')));
  return {
    visits: out,
    people,
    report: {
      visits: out.filter((v) => v.kind === 'foreign-leader-visit').length,
      people: people.length,
      curatedIdsReused: curatedIdsReused.sort(compareStrings),
      byRule,
      doubtful,
    },
  };
}
