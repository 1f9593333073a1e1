import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validContent } from '../../tests/fixtures/lint-base.js';
import { writeDataDir } from '../../tests/fixtures/data-dir.js';
import { applyFixers } from './apply-fixers.js';
import { buildDataset } from './assemble.js';
import { canonicalDataText } from './canonical-data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A data directory with one fixable fault of each fixer, and one fault no fixer touches. */
function brokenDataDir(): string {
  const content = validContent();
  content.trips[0]!.visitIds.reverse();
  content.issueLinks[0]!.evidence[0]!.quote = 'military channels\u00a0';
  content.issues[1]!.reserved = true;
  content.discrepancies[0]!.description = '  Dates differ.'; // free text, not a quote: left as it is
  return writeDataDir(content, {
    'curated/visit-annotations.json': [{ visitId: 'hsg-travel-1', eventIds: ['tokyo-2-plus-2'], evidence: [{ sourceId: 'article-a', quote: '\tBlinken in Tokyo' }] }],
  });
}

/** What npm run fix:data writes: the fixed text, laid out canonically. */
function writeFixes(dir: string, texts: Map<string, string>) {
  for (const [file, text] of texts) writeFileSync(path.join(dir, file), canonicalDataText(file, text));
}

describe('applyFixers', () => {
  it('fixes the curated files, says what it changed (file, record id, field), and a second run changes nothing', () => {
    const dir = brokenDataDir();
    expect(buildDataset(dir, '0.0.0').problems).toEqual([
      expect.stringMatching(/^data\/curated\/trips.json: trips "blinken-antony-j-2021-03-15" field visitIds\[1\]: .*expected travel order \[trip-order\] \(npm run fix:data fixes this\)$/),
      expect.stringMatching(/^data\/official\/visits.json \(annotated in data\/curated\/visit-annotations.json\): visits "hsg-travel-1" field provenance\[1\].quote: quote starts or ends with white space: expected it trimmed \[evidence\] \(npm run fix:data fixes this\)$/),
      expect.stringMatching(/^data\/curated\/issue-links.json: issueLinks "link-1" field evidence\[0\].quote: .* \[evidence\] \(npm run fix:data fixes this\)$/),
    ]);
    const { texts, lines } = applyFixers(dir);
    expect(lines).toEqual([
      'data/curated/trips.json: trips "blinken-antony-j-2021-03-15" field visitIds: ["hsg-travel-2","hsg-travel-1"] -> ["hsg-travel-1","hsg-travel-2"] [trip-order]',
      'data/curated/visit-annotations.json: visitAnnotations "hsg-travel-1" field evidence[0].quote: "\\tBlinken in Tokyo" -> "Blinken in Tokyo" [evidence]',
      'data/curated/issue-links.json: issueLinks "link-1" field evidence[0].quote: "military channels\u00a0" -> "military channels" [evidence]',
      'data/curated/issues.json: issues "military-communication" field reserved: true -> (absent) [vocabulary-usage]',
    ]);
    expect([...texts.keys()].sort()).toEqual(['curated/issue-links.json', 'curated/issues.json', 'curated/trips.json', 'curated/visit-annotations.json']);
    writeFixes(dir, texts);

    const built = buildDataset(dir, '0.0.0');
    expect(built.problems).toEqual([]);
    expect(built.warnings).toEqual([]);
    expect(built.dataset!.trips[0]!.visitIds).toEqual(['hsg-travel-1', 'hsg-travel-2']);
    expect(built.dataset!.discrepancies[0]!.description).toBe('  Dates differ.');
    expect(applyFixers(dir)).toEqual({ texts: new Map(), lines: [] });
  });

  it('leaves a record that fails its schema to the build, and fixes the others of its file', () => {
    const content = validContent();
    content.issueLinks[0]!.evidence[0]!.quote = ' military channels';
    const bad = { ...structuredClone(content.issueLinks[0]!), id: 'Bad Id' };
    const dir = writeDataDir(content, { 'curated/issue-links.json': [content.issueLinks[0], bad] });
    const { texts, lines } = applyFixers(dir);
    expect(lines).toEqual(['data/curated/issue-links.json: issueLinks "link-1" field evidence[0].quote: " military channels" -> "military channels" [evidence]']);
    const [fixed, untouched] = JSON.parse(texts.get('curated/issue-links.json')!) as { evidence: { quote: string }[] }[];
    expect(fixed!.evidence[0]!.quote).toBe('military channels');
    expect(untouched!.evidence[0]!.quote).toBe(' military channels');
  });

  it('npm run fix:data applies the fixers and lists them; --check lists them and changes nothing', () => {
    const dir = brokenDataDir();
    const fixData = (...args: string[]) =>
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'fix-data.ts'), dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const before = readFileSync(path.join(dir, 'curated', 'trips.json'), 'utf8');
    let error: { status?: number; stdout?: string } | undefined;
    try {
      fixData('--check');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.status).toBe(1);
    expect(error?.stdout).toMatch(/^fix-data: would fix 4 problem\(s\) in 4 file\(s\):\n {2}data\/curated\/trips.json: trips "blinken-antony-j-2021-03-15" field visitIds: /);
    expect(readFileSync(path.join(dir, 'curated', 'trips.json'), 'utf8')).toBe(before);
    expect(fixData()).toMatch(/^fix-data: fixed 4 problem\(s\) in 4 file\(s\):\n(?: {2}data\/curated\/.*\n){4}fix-data: rewrote \d+ of \d+ file/);
    expect((JSON.parse(readFileSync(path.join(dir, 'curated', 'trips.json'), 'utf8')) as { visitIds: string[] }[])[0]!.visitIds).toEqual(['hsg-travel-1', 'hsg-travel-2']);
    // A second run finds nothing to fix and nothing to lay out (checked in-process: a spawn costs seconds).
    expect(applyFixers(dir).lines).toEqual([]);
    for (const file of ['curated/trips.json', 'curated/issues.json', 'curated/issue-links.json', 'curated/visit-annotations.json']) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(canonicalDataText(file, text) === text, file).toBe(true);
    }
  });
});
