/**
 * The seeded random sample of derived facts that tests/fixtures/derived-sample.json
 * judges by hand (precision, and recall on the same remarks). Deterministic:
 * the same data and seed give the same sample.
 *
 *   npx tsx scripts/historian/derive/sample.ts [seed] [n]   # prints the unjudged draft
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../../../src/schemas/event.js';
import type { IssueLink } from '../../../src/schemas/issue.js';
import type { Visit } from '../../../src/schemas/visit.js';
import { compareStrings } from '../text.js';

export interface DerivedFact {
  /** `event:<event id>@<visit id>` or `issue:<issue id>@<visit id>`. */
  key: string;
  visitId: string;
  rule: string;
  quote: string;
}

/** Every derived fact: one per visit attending a derived event, one per derived issue link; sorted by key. */
export function derivedFacts(visits: readonly Visit[], events: readonly Event[], links: readonly IssueLink[]): DerivedFact[] {
  const byRecord = new Map<string, Visit>();
  for (const v of visits) for (const p of v.provenance) for (const r of p.recordIds ?? []) byRecord.set(r, v);
  const facts: DerivedFact[] = [];
  for (const e of events) {
    if (!e.derivedBy) continue;
    for (const p of e.provenance) {
      const v = byRecord.get(p.recordIds?.[0] ?? '');
      if (v && p.quote) facts.push({ key: `event:${e.id}@${v.id}`, visitId: v.id, rule: e.derivedBy.rule, quote: p.quote });
    }
  }
  for (const l of links) {
    if (!l.derivedBy) continue;
    facts.push({ key: `issue:${l.issueId}@${l.subject.id}`, visitId: l.subject.id, rule: l.derivedBy.rule, quote: l.evidence[0]!.quote });
  }
  return facts.sort((a, b) => compareStrings(a.key, b.key));
}

/** mulberry32: a small seeded PRNG, so the sample does not depend on Math.random. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` facts drawn without replacement (a seeded Fisher–Yates prefix), in key order. */
export function sampleFacts(facts: readonly DerivedFact[], seed: number, n: number): DerivedFact[] {
  const pool = [...facts];
  const next = prng(seed);
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).sort((a, b) => compareStrings(a.key, b.key));
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const read = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as T;
  const visits = read<Visit[]>('data/official/visits.json');
  const facts = derivedFacts(visits, read<Event[]>('data/official/events.json'), read<IssueLink[]>('data/official/issue-links.json'));
  const seed = Number(process.argv[2] ?? 13);
  const n = Number(process.argv[3] ?? 120);
  const byId = new Map(visits.map((v) => [v.id, v]));
  const sample = sampleFacts(facts, seed, n).map((f) => ({ key: f.key, rule: f.rule, remark: byId.get(f.visitId)!.remarks, verdict: 'correct', reason: '' }));
  console.log(JSON.stringify({ seed, n, facts: facts.length, sample }, null, 2));
}
