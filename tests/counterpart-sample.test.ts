// The counterparts derived from "Met with …" remarks (scripts/historian/derive/counterparts.ts),
// judged: precision on a seeded random sample committed with a verdict and a reason
// per counterpart, and the rule's promises checked over every visit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { counterpartFacts } from '../scripts/historian/derive/counterpart-sample.js';
import { sampleFacts } from '../scripts/historian/derive/sample.js';
import type { Event } from '../src/schemas/event.js';
import type { Person } from '../src/schemas/person.js';
import type { Visit } from '../src/schemas/visit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
const visits = read<Visit[]>('data/official/visits.json');
const people = new Map(read<Person[]>('data/official/people.json').map((p) => [p.id, p]));
const fixture = read<{
  seed: number;
  n: number;
  population: number;
  sample: { key: string; quote: string; remark: string; judged: { personId?: string; name?: string }; verdict: 'correct' | 'wrong'; reason: string }[];
  missed: { visitId: string; person: string; reason: string }[];
}>('tests/fixtures/counterpart-sample.json');
const visitById = new Map(visits.map((v) => [v.id, v]));
const facts = counterpartFacts(visits);

describe('counterparts derived from the official remarks', () => {
  it('the judged sample is the seeded sample of the counterparts the rule derives now', () => {
    expect(fixture.sample.length).toBeGreaterThanOrEqual(100);
    expect(facts.length, 'the derived counterparts changed: regenerate the sample and judge it again').toBe(fixture.population);
    const drawn = sampleFacts(facts, fixture.seed, fixture.n);
    expect(fixture.sample.map((s) => s.key)).toEqual(drawn.map((f) => f.key));
    for (const [i, f] of drawn.entries()) {
      const judged = fixture.sample[i]!;
      const visit = visitById.get(f.visitId)!;
      const c = visit.counterparts![Number(f.key.split('#')[1]) - 1]!;
      expect(judged.remark).toBe(visit.remarks);
      // The words that stand in the remarks: the quote of a resolved counterpart, the name of one kept as a name.
      expect(judged.quote).toBe(c.quote ?? c.name);
      expect(judged.remark.includes(judged.quote)).toBe(true);
      // What was judged is what is derived: the same person, or the same name.
      expect(judged.judged, judged.key).toEqual(c.personId ? { personId: c.personId } : { name: c.name });
      expect(judged.reason.length, judged.key).toBeGreaterThan(20);
    }
  });

  it('has a precision of at least 97% on the sample', () => {
    const correct = fixture.sample.filter((s) => s.verdict === 'correct').length;
    const precision = correct / fixture.sample.length;
    const resolved = fixture.sample.filter((s) => s.judged.personId).length;
    console.log(`counterparts: precision ${(precision * 100).toFixed(1)}% (${correct}/${fixture.sample.length}; ${resolved} resolved to a person)`);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });

  it('has a recall measured on the remarks of the sampled visits', () => {
    const sampled = new Set(fixture.sample.map((s) => s.key.slice('counterpart:'.length).split('#')[0]!));
    for (const m of fixture.missed) {
      expect(sampled.has(m.visitId), m.visitId).toBe(true);
      expect(visitById.get(m.visitId)!.remarks, m.visitId).toContain(m.person);
      expect(m.reason.length).toBeGreaterThan(20);
    }
    const found = facts.filter((f) => sampled.has(f.visitId)).length;
    const recall = found / (found + fixture.missed.length);
    console.log(`counterparts: recall ${(recall * 100).toFixed(1)}% (${found} of ${found + fixture.missed.length} people named as met in ${sampled.size} remarks)`);
    expect(recall).toBeGreaterThan(0.9);
  });

  it('writes a person id with its quote or a name with its title, never both, each standing in the remarks, each person once per visit', () => {
    let resolved = 0;
    for (const v of visits) {
      if (!v.counterparts) continue;
      expect(v.counterparts.length).toBeGreaterThan(0);
      for (const c of v.counterparts) {
        expect((c.personId === undefined) !== (c.name === undefined), v.id).toBe(true);
        expect(c.personId === undefined ? c.title !== undefined && c.quote === undefined : c.quote !== undefined && c.title === undefined, v.id).toBe(true);
        expect(v.remarks, v.id).toContain(c.quote ?? `${c.title} ${c.name}`);
        expect(c.rule).toBe('met-with');
        if (c.personId) {
          resolved++;
          expect(people.has(c.personId), c.personId).toBe(true);
          expect(c.personId, v.id).not.toBe(v.traveler.personId);
        }
      }
      const ids = v.counterparts.flatMap((c) => c.personId ?? []);
      expect(new Set(ids).size, v.id).toBe(ids.length);
    }
    expect(visits.filter((v) => v.counterparts).length).toBeGreaterThan(2500);
    expect(resolved).toBeGreaterThan(1800);
  });

  it('takes counterparts only from remarks that say the traveller met them', () => {
    for (const v of visits) if (v.counterparts) expect(v.remarks, v.id).toMatch(/\bmet (?:\w+ )?with /i);
  });

  it('does not repeat a person a curated event of the visit already lists', () => {
    const curated = read<Event[]>('data/curated/events.json');
    const annotations = read<{ visitId: string; eventIds?: string[] }[]>('data/curated/visit-annotations.json');
    const listed = new Map<string, Set<string>>();
    for (const a of annotations) {
      for (const e of a.eventIds ?? []) for (const p of curated.find((x) => x.id === e)?.participantIds ?? []) listed.set(a.visitId, new Set([...(listed.get(a.visitId) ?? []), p]));
    }
    expect(listed.size).toBeGreaterThan(0);
    for (const [visitId, ids] of listed) for (const c of visitById.get(visitId)?.counterparts ?? []) expect(ids.has(c.personId ?? ''), `${visitId} ${c.personId}`).toBe(false);
  });
});
