/**
 * Which multilateral meetings an "Attended …" remark names. One rule per
 * recurring format (or kind of ceremony); a rule matches the clause after
 * "Attended"/"Participated in" and gives the event's kind, series and name.
 * Rules of the same `group` exclude each other on one visit (the first wins),
 * so "NATO Summit" is not also read as a NATO ministerial.
 */
import type { EventKind } from '../../../src/schemas/event.js';

export interface EventRule {
  /** Stable rule id, cited in `derivedBy.rule` and the import report. */
  id: string;
  /** Rules of one group exclude each other on the same visit. */
  group: string;
  pattern: RegExp;
  /** Never matched when this also matches the clause (e.g. a business forum beside a summit). */
  unless?: RegExp;
  kind: EventKind;
  /** The series, or a function of the match ("G-8" -> "G8"). */
  series?: string | ((m: RegExpExecArray, start: string) => string);
  /** Event name, before ", <place> <year>". */
  name: string | ((m: RegExpExecArray, start: string) => string);
  /** Id stem, before "-<place>-<yyyy>-<mm>". */
  slug: string | ((m: RegExpExecArray, start: string) => string);
}

const g7or8 = (m: RegExpExecArray, start: string): string => {
  const n = /G[-–‑ ]?(\d)/.exec(m[0])?.[1];
  if (n === '8' || n === '7') return `G${n}`;
  // "Economic Summit Meeting" before the name G-7 came into use; Russia joined 1997/98.
  return start >= '1998-01-01' && start < '2014-01-01' ? 'G8' : 'G7';
};
const lower = (s: string) => s.toLowerCase();

export const EVENT_RULES: readonly EventRule[] = [
  {
    id: 'attended-nato-summit',
    group: 'nato',
    pattern: /\bNATO(?:’s|'s)?(?: [\w-]+ Anniversary)? Summit|\bNorth Atlantic Alliance Summit|\bNATO Heads of (?:State|Government)/,
    kind: 'summit', series: 'NATO', name: 'NATO Summit', slug: 'nato-summit',
  },
  {
    id: 'attended-nato-ministerial',
    group: 'nato',
    pattern: /\bNATO(?: and [A-Z]+)?(?: Foreign)? Minist(?:erial|ers[’']?|er[’']s)|\bNorth Atlantic Council\b|\bNATO Defense Ministers/,
    kind: 'ministerial', series: 'NATO', name: 'NATO Ministerial Meeting', slug: 'nato-ministerial',
  },
  {
    id: 'attended-g7-foreign-ministers',
    group: 'g7',
    pattern: /\bG[-–‑ ]?[78] Foreign Minist/,
    unless: /\bG[-–‑ ]?20\b/,
    kind: 'ministerial', series: g7or8,
    name: (m, s) => `${g7or8(m, s)} Foreign Ministers’ Meeting`, slug: (m, s) => `${lower(g7or8(m, s))}-foreign-ministers-meeting`,
  },
  {
    id: 'attended-g7-summit',
    group: 'g7',
    pattern: /\bG[-–‑ ]?[78] (?:Economic |Leaders[’']? )?Summit|\bG[-–‑ ]?[78] Leaders[’']? Meeting|\bEconomic Summit Meeting|\bEconomic Summit (?:in|at) /,
    // "the G-20 Economic Summit Meeting" is the G20's.
    unless: /\bG[-–‑ ]?20\b|\bAfrica/,
    kind: 'summit', series: g7or8,
    name: (m, s) => `${g7or8(m, s)} Summit`, slug: (m, s) => `${lower(g7or8(m, s))}-summit`,
  },
  {
    id: 'attended-g20-summit',
    group: 'g20',
    pattern: /\bG[-–‑ ]?20 (?:Economic )?(?:Leaders[’']? )?Summit|\bG[-–‑ ]?20 Leaders/,
    kind: 'summit', series: 'G20', name: 'G20 Summit', slug: 'g20-summit',
  },
  {
    id: 'attended-g20-ministerial',
    group: 'g20',
    pattern: /\bG[-–‑ ]?20 (?:Foreign |Finance )?Minist/,
    kind: 'ministerial', series: 'G20', name: 'G20 Foreign Ministers’ Meeting', slug: 'g20-foreign-ministers-meeting',
  },
  {
    id: 'attended-apec-leaders',
    group: 'apec-leaders',
    pattern: /\b(?:APEC|Asia[- ]Pacific Economic (?:and )?Cooperation)(?: Economic)? (?:Leaders|Summit)|\bAPEC meeting in Seattle|\bAsia[- ]Pacific Economic (?:and )?Cooperation Summit|\bAPEC Foreign and Trade Ministerial and Summit|\bAPEC Ministerial and Leaders/,
    kind: 'summit', series: 'APEC', name: 'APEC Leaders’ Meeting', slug: 'apec-leaders-meeting',
  },
  {
    id: 'attended-apec-ministerial',
    group: 'apec-ministerial',
    pattern: /\bAPEC(?: Foreign and Trade)? Ministerial|\bAsia[- ]Pacific Economic Cooperation (?:Meeting|Conference|Ministerial)|\bSecond Asia-Pacific Economic Cooperation Meeting/,
    kind: 'ministerial', series: 'APEC', name: 'APEC Ministerial Meeting', slug: 'apec-ministerial',
  },
  {
    // The Americas Partnership for Economic Prosperity, not APEC.
    id: 'attended-apep-leaders-summit',
    group: 'apep',
    pattern: /\bAPEP Leaders|\bAmericas Partnership for Economic Prosperity/,
    kind: 'summit', series: 'APEP', name: 'APEP Leaders’ Summit', slug: 'apep-leaders-summit',
  },
  {
    id: 'attended-asean-summit',
    group: 'asean-summit',
    // "the East Asia Summit Foreign Ministers Meeting" is a ministerial, not the summit.
    pattern: /\b(?:U\.S\.-)?ASEAN (?:Leaders[’']? )?Summit|\bU\.S\.-ASEAN Leaders[’']? Meeting|\bASEAN Leaders Summit|\bEast Asia Summit(?! (?:Foreign )?Minist)/,
    kind: 'summit', series: 'ASEAN', name: 'ASEAN-related Summit', slug: 'asean-summit',
  },
  {
    id: 'attended-asean-ministerial',
    group: 'asean-ministerial',
    pattern: /\bASEAN (?:Regional Forum|Post[- ]?\s?Ministerial|Foreign Ministers|Ministerial)|\bmeeting of ASEAN Foreign Ministers|\bU\.S\.-ASEAN Ministerial/,
    kind: 'ministerial', series: 'ASEAN', name: 'ASEAN Ministerial Meetings', slug: 'asean-ministerial',
  },
  {
    id: 'attended-oas-general-assembly',
    group: 'oas',
    pattern: /\bOAS General Assembly|\bGeneral Assembly of the (?:OAS|Organization of American States)|\bOAS (?:[Mm]inisterial|Foreign Ministers)/,
    kind: 'ministerial', series: 'OAS', name: 'OAS General Assembly', slug: 'oas-general-assembly',
  },
  {
    id: 'attended-csce-osce-summit',
    group: 'csce',
    pattern: /\b(?:CSCE|OSCE) Summit/,
    kind: 'summit', series: (_m, s) => (s >= '1995-01-01' ? 'OSCE' : 'CSCE'),
    name: (_m, s) => `${s >= '1995-01-01' ? 'OSCE' : 'CSCE'} Summit`, slug: (_m, s) => `${s >= '1995-01-01' ? 'osce' : 'csce'}-summit`,
  },
  {
    id: 'attended-csce-osce-ministerial',
    group: 'csce',
    // Ministers only: "the OSCE Conference on Anti-Semitism" is not a ministerial.
    pattern: /\b(?:CSCE|OSCE) (?:Foreign Ministers|Ministerial|Council of Ministers|Ministerial Council)|\ban OSCE Ministerial/,
    kind: 'ministerial', series: (_m, s) => (s >= '1995-01-01' ? 'OSCE' : 'CSCE'),
    name: (_m, s) => `${s >= '1995-01-01' ? 'OSCE' : 'CSCE'} Ministerial Meeting`, slug: (_m, s) => `${s >= '1995-01-01' ? 'osce' : 'csce'}-ministerial`,
  },
  {
    id: 'attended-un-general-assembly',
    group: 'unga',
    pattern: /\b(?:UN|U\.N\.|United Nations) General Assembly/,
    unless: /\bOAS\b/,
    kind: 'conference', series: 'UNGA', name: 'UN General Assembly', slug: 'un-general-assembly',
  },
  {
    id: 'attended-summit-of-the-americas',
    group: 'americas',
    pattern: /\bSummit of the Americas/,
    kind: 'summit', series: 'Summit of the Americas', name: 'Summit of the Americas', slug: 'summit-of-the-americas',
  },
  {
    id: 'attended-nuclear-security-summit',
    group: 'nss',
    pattern: /\bNuclear Security Summit/,
    kind: 'summit', series: 'Nuclear Security Summit', name: 'Nuclear Security Summit', slug: 'nuclear-security-summit',
  },
  {
    id: 'attended-north-american-leaders-summit',
    group: 'nals',
    pattern: /\bNorth American Leaders[’']? Summit/,
    kind: 'summit', series: 'North American Leaders’ Summit', name: 'North American Leaders’ Summit', slug: 'north-american-leaders-summit',
  },
  {
    id: 'attended-us-africa-leaders-summit',
    group: 'us-africa',
    pattern: /\bU\.S\.-Africa Leaders[’']? Summit/,
    kind: 'summit', series: 'U.S.-Africa Leaders’ Summit', name: 'U.S.-Africa Leaders’ Summit', slug: 'us-africa-leaders-summit',
  },
  {
    id: 'attended-pacific-islands-summit',
    group: 'pacific-islands',
    pattern: /\bPacific Islands? (?:Countries |Country |Nations-United States )?Summit|\bU\.S\.-Pacific Islands? Country Summit/,
    kind: 'summit', series: 'U.S.-Pacific Islands Summit', name: 'U.S.-Pacific Islands Summit', slug: 'us-pacific-islands-summit',
  },
  {
    id: 'attended-us-eu-summit',
    group: 'us-eu',
    pattern: /\bU\.S\.-(?:EU|European Union) Summit/,
    kind: 'summit', series: 'U.S.-EU Summit', name: 'U.S.-EU Summit', slug: 'us-eu-summit',
  },
  {
    id: 'attended-quad-leaders-summit',
    group: 'quad',
    pattern: /\bQuad Leaders[’']? Summit/,
    kind: 'summit', series: 'Quad', name: 'Quad Leaders’ Summit', slug: 'quad-leaders-summit',
  },
  {
    id: 'attended-cento-ministerial',
    group: 'cento',
    pattern: /\bCENTO (?:Ministerial|Council)/,
    kind: 'ministerial', series: 'CENTO', name: 'CENTO Ministerial Council', slug: 'cento-ministerial',
  },
  {
    id: 'attended-seato-council',
    group: 'seato',
    pattern: /\bSEATO(?: Ministerial)? Council|\bSEATO and ANZUS Council|\bSEATO Council of Ministers|\bSEATO Ministerial Council/,
    kind: 'ministerial', series: 'SEATO', name: 'SEATO Council Meeting', slug: 'seato-council',
  },
  {
    id: 'attended-anzus-council',
    group: 'anzus',
    pattern: /\bANZUS Council/,
    kind: 'ministerial', series: 'ANZUS', name: 'ANZUS Council Meeting', slug: 'anzus-council',
  },
  {
    id: 'attended-munich-security-conference',
    group: 'munich',
    pattern: /\bMunich Security Conference|\bMunich Conference on Security Policy|\bWehrkunde/,
    kind: 'conference', series: 'Munich Security Conference', name: 'Munich Security Conference', slug: 'munich-security-conference',
  },
  {
    id: 'attended-world-economic-forum',
    group: 'wef',
    pattern: /\bWorld Economic Forum/,
    kind: 'conference', series: 'World Economic Forum', name: 'World Economic Forum', slug: 'world-economic-forum',
  },
  {
    id: 'attended-inauguration',
    group: 'ceremony',
    pattern: /\binauguration of (?:the )?(?:new )?(President|Prime Minister)(?:-elect)? ((?:[A-Z][\w'’.-]*|de|da|do|dos|del|y|van|von)(?: (?:[A-Z][\w'’.-]*|de|da|do|dos|del|y|van|von))*)/,
    kind: 'ceremony',
    name: (m) => `Inauguration of ${m[1]} ${m[2]!.replace(/(?: (?:de|da|do|dos|del|y|van|von))+$/, '')}`,
    slug: (m) => `inauguration-${m[2]!.replace(/(?: (?:de|da|do|dos|del|y|van|von))+$/, '')}`,
  },
];
