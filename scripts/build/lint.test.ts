import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintWithExceptions } from '../../src/lint/index.js';
import type { Dataset } from '../../src/schemas/dataset.js';
import { validContent } from '../../tests/fixtures/lint-base.js';
import { writeDataDir } from '../../tests/fixtures/data-dir.js';
import { buildDataset } from './assemble.js';
import { LINT_EXCEPTIONS_FILE, readLintExceptions } from './lint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** validContent with a warning: the 2+2 does not list Austin, whose visit lists it. */
function withWarning() {
  const content = validContent();
  content.events[0]!.participantIds = ['blinken-antony-j'];
  return content;
}
const exception = { rule: 'visit-events', collection: 'visits', id: 'austin-2021-03-15-jp', reason: 'The event lists its hosts only.' };
function withExceptions(dir: string, value: unknown): string {
  mkdirSync(path.join(dir, 'reference'), { recursive: true });
  writeFileSync(path.join(dir, LINT_EXCEPTIONS_FILE), JSON.stringify(value));
  return dir;
}

describe('the build and the lint rules', () => {
  it('prints a warning and builds the same dataset as without it', () => {
    const plain = buildDataset(writeDataDir(withWarning()), '0.0.0');
    expect(plain.problems).toEqual([]);
    expect(plain.warnings).toEqual([
      'data/curated/visits.json: visits "austin-2021-03-15-jp" field eventIds[0]: event "tokyo-2-plus-2" does not list austin-lloyd-j among its participantIds: expected the traveller to take part [visit-events]',
    ]);
    const excepted = buildDataset(withExceptions(writeDataDir(withWarning()), [exception]), '0.0.0');
    expect(excepted.warnings).toEqual([]);
    expect(excepted.excepted).toBe(1);
    expect(excepted.dataset).toEqual(plain.dataset);
  });
  it('refuses an exception that skips nothing any more, and a malformed one', () => {
    const { dataset, problems } = buildDataset(withExceptions(writeDataDir(), [exception, { ...exception, rule: 'references', id: 'x' }]), '0.0.0');
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([
      'data/reference/lint-exceptions.json: exception #1: names the error rule "references": an error admits no exception, fix the data instead',
      'data/reference/lint-exceptions.json: the exception for visit-events on visits "austin-2021-03-15-jp" skips no problem: expected it removed (the record passes the rule now, or is gone)',
    ]);
  });
  it('refuses an exceptions file that is not JSON', () => {
    const dir = writeDataDir();
    writeFileSync(path.join(dir, LINT_EXCEPTIONS_FILE), '[{');
    expect(buildDataset(dir, '0.0.0').problems).toEqual([expect.stringMatching(/^data\/reference\/lint-exceptions.json: not valid JSON: /)]);
  });
  it("the repository's exceptions are well-formed, each has a reason, and each skips a warning of the bundled data", () => {
    const { exceptions, problems } = readLintExceptions(path.join(root, 'data'));
    expect(problems).toEqual([]);
    const dataset = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as Dataset;
    const report = lintWithExceptions(dataset, exceptions);
    expect(report.errors).toEqual([]);
    expect(report.unusedExceptions).toEqual([]);
    expect(report.excepted.length).toBeGreaterThanOrEqual(exceptions.length);
  });
});
