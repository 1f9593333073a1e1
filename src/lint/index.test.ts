import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validContent } from '../../tests/fixtures/lint-base.js';
import { errorRules, fixRecords, formatFix, formatProblem, lintDataset, lintWithExceptions, parseExceptions, rules } from './index.js';
import type { LintException } from './types.js';

/** A dataset with one warning (visit-events on austin-2021-03-15-jp) and one error (date-ranges on hsg-travel-2). */
function faulty() {
  const data = validContent();
  data.events[0]!.participantIds = ['blinken-antony-j'];
  data.visits[1]!.end = '2021-03-16';
  return data;
}
const exception: LintException = { rule: 'visit-events', collection: 'visits', id: 'austin-2021-03-15-jp', reason: 'The article names Austin at the 2+2; the event lists its hosts only.' };

describe('rules', () => {
  it('each has a kebab-case name, a description and a severity', () => {
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(['error', 'warning']).toContain(rule.severity);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });
  it('lintDataset runs the error rules only, unless told which', () => {
    expect(errorRules.every((r) => r.severity === 'error')).toBe(true);
    expect(lintDataset(faulty()).map((p) => p.rule)).toEqual(['date-ranges']);
    expect(lintDataset(faulty(), rules).map((p) => p.rule)).toEqual(['date-ranges', 'visit-events']);
  });
});

describe('README.md', () => {
  it("gives each rule's severity, and whether it has a fixer, as the code does", () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| (error|warning) \| [^|]+ \| ([^|]+) \|/gm)].map((m) => [m[1], m[2], m[3]!.trim() !== '—']);
    expect(rows).toEqual(rules.map((r) => [r.name, r.severity, r.fix !== undefined]));
  });
});

describe('lintWithExceptions', () => {
  it('sorts problems into errors and warnings', () => {
    const report = lintWithExceptions(faulty());
    expect(report.errors).toMatchObject([{ rule: 'date-ranges', id: 'hsg-travel-2' }]);
    expect(report.warnings).toMatchObject([{ rule: 'visit-events', id: 'austin-2021-03-15-jp' }]);
    expect(report.excepted).toEqual([]);
    expect(report.unusedExceptions).toEqual([]);
  });
  it('skips a warning an exception covers, and says which exception covered it', () => {
    const report = lintWithExceptions(faulty(), [exception]);
    expect(report.warnings).toEqual([]);
    expect(report.excepted).toEqual([{ problem: expect.objectContaining({ id: 'austin-2021-03-15-jp' }), exception }]);
    expect(report.errors).toHaveLength(1);
  });
  it('never lets an exception cover an error', () => {
    const report = lintWithExceptions(faulty(), [{ rule: 'date-ranges', collection: 'visits', id: 'hsg-travel-2', reason: 'no' }]);
    expect(report.errors).toMatchObject([{ rule: 'date-ranges' }]);
  });
  it('reports an exception that covers nothing any more', () => {
    const report = lintWithExceptions(validContent(), [exception]);
    expect(report.warnings).toEqual([]);
    expect(report.unusedExceptions).toEqual([exception]);
  });
  it('does not report an exception of a rule it did not run', () => {
    expect(lintWithExceptions(validContent(), [exception], errorRules).unusedExceptions).toEqual([]);
  });
});

describe('parseExceptions', () => {
  it('accepts well-formed exceptions of warning rules', () => {
    expect(parseExceptions([exception], rules)).toEqual({ exceptions: [exception], problems: [] });
    expect(parseExceptions([], rules)).toEqual({ exceptions: [], problems: [] });
  });
  it('refuses anything else, one line per exception, naming the file and the index', () => {
    const { exceptions, problems } = parseExceptions(
      [
        exception,
        { ...exception },
        { ...exception, rule: 'references' },
        { ...exception, rule: 'no-such-rule' },
        { ...exception, collection: 'trip' },
        { ...exception, reason: '  ' },
        { ...exception, field: 'eventIds[0]' },
        'visit-events',
      ],
      rules,
      'data/reference/lint-exceptions.json',
    );
    expect(exceptions).toEqual([exception]);
    expect(problems).toEqual([
      'data/reference/lint-exceptions.json: exception #1: repeats the exception for visit-events on visits "austin-2021-03-15-jp": expected each once',
      'data/reference/lint-exceptions.json: exception #2: names the error rule "references": an error admits no exception, fix the data instead',
      expect.stringMatching(/^data\/reference\/lint-exceptions.json: exception #3: names no rule "no-such-rule": expected one of unique-ids, references, /),
      expect.stringMatching(/exception #4: collection "trip": expected one of countries, people, /),
      'data/reference/lint-exceptions.json: exception #5: reason missing or empty: expected a non-empty string each',
      'data/reference/lint-exceptions.json: exception #6: unknown key(s) field: expected only rule, collection, id, reason',
      'data/reference/lint-exceptions.json: exception #7: expected an object { rule, collection, id, reason }',
    ]);
  });
  it('refuses a file that is not an array', () => {
    expect(parseExceptions({}, rules).problems).toEqual(['lint-exceptions.json: expected a JSON array of { rule, collection, id, reason }, found object']);
  });
});

describe('fixRecords', () => {
  it('applies every fixer in rule order and returns every change', () => {
    const data = validContent();
    data.trips[0]!.visitIds.reverse();
    data.issueLinks[0]!.evidence[0]!.quote = 'military channels ';
    data.issues[1]!.reserved = true;
    expect(fixRecords(data, data).map((f) => [f.rule, f.id, f.field])).toEqual([
      ['trip-order', 'blinken-antony-j-2021-03-15', 'visitIds'],
      ['evidence', 'link-1', 'evidence[0].quote'],
      ['vocabulary-usage', 'military-communication', 'reserved'],
    ]);
    expect(data).toEqual(validContent());
    expect(lintDataset(data, rules)).toEqual([]);
    expect(fixRecords(data, data)).toEqual([]);
  });
});

describe('formatting', () => {
  it('says where, which record, which field and what was expected, and when fix:data fixes it', () => {
    const [problem] = lintDataset(faulty());
    expect(formatProblem(problem!, 'data/official/visits.json')).toBe(
      'data/official/visits.json: visits "hsg-travel-2" field end: end 2021-03-16 is before start 2021-03-17: expected start <= end [date-ranges]',
    );
    expect(formatProblem({ ...problem!, fixable: true })).toMatch(/^visits: visits "hsg-travel-2" .* \[date-ranges\] \(npm run fix:data fixes this\)$/);
  });
  it('shows a change from what to what, an absent value as such, long values cut short', () => {
    expect(formatFix({ rule: 'vocabulary-usage', collection: 'issues', id: 'taiwan', field: 'reserved', before: true, after: undefined }, 'data/curated/issues.json')).toBe(
      'data/curated/issues.json: issues "taiwan" field reserved: true -> (absent) [vocabulary-usage]',
    );
    const line = formatFix({ rule: 'evidence', collection: 'issueLinks', id: 'l', field: 'evidence[0].quote', before: ` ${'x'.repeat(300)}`, after: 'x'.repeat(300) });
    expect(line.length).toBeLessThan(300);
    expect(line).toMatch(/^issueLinks: issueLinks "l" field evidence\[0\].quote: " x{47}…x{49}" -> "x{48}…x{49}" \[evidence\]$/);
    expect(formatFix({ rule: 'evidence', collection: 'trips', id: 't', field: 'f', before: `${'y'.repeat(200)} `, after: 'y'.repeat(200) })).toMatch(/: "y{48}…y{48} " -> "y{48}…y{49}" \[evidence\]$/);
  });
});
