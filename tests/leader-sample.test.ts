// The hand-checked sample of foreign leaders' identities (tests/fixtures/leader-sample.json):
// drawn by its seed from the committed visits, so it can not be picked to pass; every sampled
// visit must still resolve to the person the hand check decided, with the same name forms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../src/schemas/person.js';
import type { Visit } from '../src/schemas/visit.js';

const root = path.resolve(import.meta.dirname, '..');
const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as T;

interface Sample {
  seed: number;
  draws: number;
  firstPass: { checked: number; wrong: number };
  sample: { visitId: string; visitor: string; travelerCountry: string; personId: string; names: string[]; decision: string; reason: string }[];
}
const fixture = read<Sample>('tests/fixtures/leader-sample.json');
const visits = read<Visit[]>('data/official/visits.json');
const people = new Map(read<Person[]>('data/official/people.json').map((p) => [p.id, p]));

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('hand-checked sample of foreign leaders', () => {
  it('is the seeded random draw from the visits, not a chosen list', () => {
    const pool = visits.filter((v) => v.kind === 'foreign-leader-visit').map((v) => v.id).sort((a, b) => Number(a.slice(10)) - Number(b.slice(10)));
    const next = mulberry32(fixture.seed);
    const drawn: string[] = [];
    while (drawn.length < fixture.draws) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    expect(fixture.sample.map((s) => s.visitId)).toEqual(drawn);
    expect(fixture.sample.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every sampled visit the person the hand check decided, with the same name forms', () => {
    const byId = new Map(visits.map((v) => [v.id, v]));
    for (const s of fixture.sample) {
      const v = byId.get(s.visitId)!;
      expect([v.traveler.title, v.traveler.name].filter(Boolean).join(' '), s.visitId).toBe(s.visitor);
      expect(v.travelerCountry, s.visitId).toBe(s.travelerCountry);
      expect(v.traveler.personId, `${s.visitId}: ${s.reason}`).toBe(s.personId);
      expect(people.get(s.personId)!.derivation!.names, s.visitId).toEqual(s.names);
      expect(s.reason.length).toBeGreaterThan(10);
    }
  });

  it('measured the first pass of the rules at no more than 5% wrong, and every error is corrected', () => {
    const wrong = fixture.sample.filter((s) => s.decision !== 'right');
    expect(fixture.firstPass).toEqual({ checked: fixture.sample.length, wrong: wrong.length });
    expect(wrong.length / fixture.sample.length).toBeLessThanOrEqual(0.05);
    for (const s of wrong) expect(s.decision).toBe('wrong in the first pass (split), corrected');
  });
});
