// The facts derived from the official remarks (scripts/historian/derive), judged:
// precision on a seeded random sample committed with a verdict and a reason per
// fact, recall on the remarks of the same visits, and the rules' promises checked
// over the whole derived layer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derivedFacts, sampleFacts } from '../scripts/historian/derive/sample.js';
import type { Event } from '../src/schemas/event.js';
import type { IssueLink } from '../src/schemas/issue.js';
import type { Visit } from '../src/schemas/visit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
const visits = read<Visit[]>('data/official/visits.json');
const events = read<Event[]>('data/official/events.json');
const links = read<IssueLink[]>('data/official/issue-links.json');
const fixture = read<{
  seed: number;
  n: number;
  population: number;
  sample: { key: string; rule: string; remark: string; verdict: 'correct' | 'wrong'; reason: string }[];
  missed: { visitId: string; fact: string; reason: string }[];
}>('tests/fixtures/derived-sample.json');
const visitById = new Map(visits.map((v) => [v.id, v]));
const facts = derivedFacts(visits, events, links);

describe('facts derived from the official remarks', () => {
  it('the judged sample is the seeded sample of the facts the rules derive now', () => {
    expect(fixture.sample.length).toBeGreaterThanOrEqual(100);
    expect(facts.length, 'the derived facts changed: regenerate the sample and judge it again').toBe(fixture.population);
    const drawn = sampleFacts(facts, fixture.seed, fixture.n);
    expect(fixture.sample.map((s) => s.key)).toEqual(drawn.map((f) => f.key));
    for (const [i, f] of drawn.entries()) {
      const judged = fixture.sample[i]!;
      expect(judged.rule).toBe(f.rule);
      expect(judged.remark).toBe(visitById.get(f.visitId)!.remarks);
      expect(judged.remark.includes(f.quote)).toBe(true);
      expect(judged.reason.length, judged.key).toBeGreaterThan(20);
    }
  });

  it('has a precision of at least 97% on the sample, and a recall measured on the same remarks', () => {
    const correct = fixture.sample.filter((s) => s.verdict === 'correct').length;
    const precision = correct / fixture.sample.length;
    const sampled = new Set(fixture.sample.map((s) => s.key.split('@')[1]!));
    for (const m of fixture.missed) expect(sampled.has(m.visitId), m.visitId).toBe(true);
    const found = facts.filter((f) => sampled.has(f.visitId)).length;
    const recall = found / (found + fixture.missed.length);
    console.log(`derived-remarks: precision ${(precision * 100).toFixed(1)}% (${correct}/${fixture.sample.length}); recall ${(recall * 100).toFixed(1)}% (${found} of ${found + fixture.missed.length} facts stated in ${sampled.size} remarks)`);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThan(0.85);
  });

  it('links an issue only where the remark says it was discussed', () => {
    for (const l of links) {
      const remark = visitById.get(l.subject.id)!.remarks!;
      expect(l.relation).toBe('agenda');
      expect(l.evidence[0]!.quote).toMatch(/discuss/i);
      expect(remark).toContain(l.evidence[0]!.quote);
    }
    // A bare meeting or a state visit gets none.
    const bare = visits.filter((v) => v.remarks && !/discuss/i.test(v.remarks));
    expect(bare.length).toBeGreaterThan(5000);
    const linked = new Set(links.map((l) => l.subject.id));
    expect(bare.filter((v) => linked.has(v.id))).toEqual([]);
  });

  it('shares each event among the visits that attended it, each citing its own remark', () => {
    const holders = new Map<string, string[]>();
    for (const v of visits) for (const e of v.eventIds) holders.set(e, [...(holders.get(e) ?? []), v.id]);
    for (const e of events) {
      const recordVisits = e.provenance.map((p) => p.recordIds![0]!);
      expect(holders.get(e.id)?.length, e.id).toBe(e.provenance.length);
      for (const p of e.provenance) expect(p.quote).toMatch(/attend|particip|invited guest/i);
      expect(e.derivedBy!.recordIds.length).toBeGreaterThanOrEqual(recordVisits.length);
    }
    // The Secretary's and the President's visits to one summit hold one event (APEC, Singapore, 2009).
    expect(events.find((e) => e.id === 'apec-leaders-meeting-singapore-2009-11')).toMatchObject({ series: 'APEC', participantIds: ['clinton-hillary-rodham', 'obama-barack'] });
    // The foreign leaders who attended a summit held in the US share it.
    expect(events.find((e) => e.id === 'nato-summit-chicago-2012-05')!.provenance.filter((p) => p.sourceId === 'hsg-visits').length).toBeGreaterThan(30);
  });
});
