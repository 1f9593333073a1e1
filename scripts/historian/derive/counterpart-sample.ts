/**
 * The seeded random sample of derived counterparts that
 * tests/fixtures/counterpart-sample.json judges by hand (precision). One fact
 * per counterpart: `<visit id>#<position>`. Deterministic: the same data and
 * seed give the same sample.
 *
 *   npx tsx scripts/historian/derive/counterpart-sample.ts [seed] [n]   # prints the unjudged draft
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Person } from '../../../src/schemas/person.js';
import type { Visit } from '../../../src/schemas/visit.js';
import { compareStrings } from '../text.js';
import { sampleFacts, type DerivedFact } from './sample.js';

/** Every derived counterpart (its quote, or its name) as a fact keyed `counterpart:<visit id>#<1-based position>`, sorted by key. */
export function counterpartFacts(visits: readonly Visit[]): DerivedFact[] {
  const facts: DerivedFact[] = [];
  for (const v of visits) {
    v.counterparts?.forEach((c, i) => facts.push({ key: `counterpart:${v.id}#${i + 1}`, visitId: v.id, rule: c.rule, quote: c.quote ?? c.name! }));
  }
  return facts.sort((a, b) => compareStrings(a.key, b.key));
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const read = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as T;
  const visits = read<Visit[]>('data/official/visits.json');
  const people = new Map(read<Person[]>('data/official/people.json').map((p) => [p.id, p]));
  const facts = counterpartFacts(visits);
  const seed = Number(process.argv[2] ?? 13);
  const n = Number(process.argv[3] ?? 120);
  const byId = new Map(visits.map((v) => [v.id, v]));
  const sample = sampleFacts(facts, seed, n).map((f) => {
    const v = byId.get(f.visitId)!;
    const c = v.counterparts![Number(f.key.split('#')[1]) - 1]!;
    const person = c.personId ? people.get(c.personId) : undefined;
    return {
      key: f.key,
      quote: f.quote,
      derived: person ? `${c.personId} (${person.name}; ${person.roles.map((r) => `${r.title} ${r.country} ${r.start ?? r.firstSeen ?? ''}–${r.end ?? r.lastSeen ?? ''}`).join(', ')})` : `name: ${c.name}`,
      visit: `${v.country} ${v.start} ${v.traveler.name}`,
      remark: v.remarks,
      verdict: 'correct',
      reason: '',
    };
  });
  console.log(JSON.stringify({ seed, n, population: facts.length, sample }, null, 2));
}
