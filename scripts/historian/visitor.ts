/**
 * Splits the free-text `<visitor>` of a foreign leader's visit into a title
 * and a name, only where the text plainly is "<title> <one person's name>".
 * Anything else is kept whole as the name, with no title: text is never dropped
 * and never corrected (typos such as "Prime Minster" stay in the name).
 */

/** Titles the records use, longest first so "Prime Minister" wins over shorter prefixes. */
export const VISITOR_TITLES: readonly string[] = [
  'Chairman of the Presidency',
  'Interim Prime Minister',
  'Acting Prime Minister',
  'Provisional President',
  'Lieutenant General',
  'Brigadier General',
  'Federal Chancellor',
  'General Secretary',
  'Governor General',
  'Interim President',
  'Chancellor-elect',
  'President-Elect',
  'President-elect',
  'Acting President',
  'Vice President',
  'Chief of State',
  'First Secretary',
  'Head of State',
  'Prime Minister',
  'Grand Duchess',
  'Crown Prince',
  'Junta Member',
  'Vice Premier',
  'Grand Duke',
  'Chancellor',
  'President',
  'Taoiseach',
  'Chairman',
  'Princess',
  'Emperor',
  'Empress',
  'General',
  'Premier',
  'Prince',
  'Regent',
  'Sultan',
  'Queen',
  'Emir',
  'Amir',
  'King',
  'Pope',
  'Shah',
].slice().sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** A generational suffix after a comma belongs to the name: "Benigno S. Aquino, 3rd", "Tommy E. Remengesau, Jr.". */
const NAME_SUFFIX = /, (?:Jr\.?|Sr\.?|2nd|3rd|4th|II|III|IV)$/;

export type VisitorSplit =
  | { title: string; name: string }
  | { name: string; keptWhole: 'several people' | 'no known title' };

export function splitVisitor(visitor: string): VisitorSplit {
  const core = visitor.replace(NAME_SUFFIX, '');
  if (/ and |&|[,;/]/.test(core)) return { name: visitor, keptWhole: 'several people' };
  for (const title of VISITOR_TITLES) {
    if (visitor.startsWith(`${title} `)) {
      const name = visitor.slice(title.length + 1).trim();
      // The rest must be a name, not the continuation of a longer title ("President of ...").
      if (name && !/^(?:of|the|for|and)\b/.test(name)) return { title, name };
    }
  }
  return { name: visitor, keptWhole: 'no known title' };
}
