// The fast check loadDataset uses on text it parsed must never accept what zod
// refuses, nor anything zod would return changed (key order included); and it
// must accept what zod accepts unchanged, or loadDataset would gain nothing.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { buildDataset } from '../../scripts/build/assemble.js';
import { writeDataDir } from '../../tests/fixtures/data-dir.js';
import { deeplyNested } from '../../tests/fixtures/hostile-data.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { unfrozenPaths } from '../../tests/helpers/unfrozen.js';
import { DatasetSchema } from './dataset.js';
import { fastCheckOf, isKebabCase } from './fast-check.js';
import { KEBAB_CASE } from './common.js';

const check = fastCheckOf(DatasetSchema)!;

/** What zod makes of a value: refused, accepted as it is, or accepted changed. */
function zodVerdict(value: unknown): 'refused' | 'same' | 'changed' {
  const result = DatasetSchema.safeParse(value);
  if (!result.success) return 'refused';
  return JSON.stringify(result.data) === JSON.stringify(value) ? 'same' : 'changed';
}

/** The fast check says yes exactly when zod accepts the value unchanged: the cases where it does not, collected. */
const disagreements: string[] = [];
function expectAgreement(value: unknown, label: string): void {
  const fast = check(value);
  if (fast !== (zodVerdict(value) === 'same')) disagreements.push(`${label}: the fast check says ${fast ? 'yes' : 'no'}`);
}

type Path = (string | number)[];
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

// Values of every kind the schemas tell apart: wrong types, empty and over-long
// strings, dates that are no dates, ids that are no ids, numbers that are no counts.
const REPLACEMENTS: unknown[] = [
  null, true, 0, -1, 1.5, 2 ** 60, '', 'x', 'X', 'Not An Id', 'hsg-travel-1', 'JP', '2023-02-30', '2024-02-29', 'a'.repeat(301),
  '\u{1F600}', [], ['x'], {}, { id: 'x' },
];

const validText = JSON.stringify(freshSmallDataset());
const builtText = JSON.stringify(buildDataset(writeDataDir(), '1.0.0').dataset);

describe('fastCheckOf(DatasetSchema)', () => {
  afterEach(() => {
    expect(disagreements.splice(0)).toEqual([]);
  });
  it('compiles: every construct the schemas use is known to it', () => {
    expect(typeof check).toBe('function');
  });

  it('accepts the valid datasets, as zod does without changing them', () => {
    for (const text of [validText, builtText]) expectAgreement(JSON.parse(text), 'valid');
  });

  it('agrees with zod on every value of a valid dataset replaced by every kind of wrong (or right) value', () => {
    const all = paths(JSON.parse(validText)).filter((p) => p.length > 0);
    for (const path of all) {
      for (const replacement of REPLACEMENTS) {
        const doc = JSON.parse(validText) as unknown;
        parentOf(doc, path)[path[path.length - 1]!] = replacement;
        expectAgreement(doc, `${path.join('.')} = ${JSON.stringify(replacement)}`);
      }
    }
  });

  it('agrees with zod on every key removed, every unknown key added and every object with its keys reordered', () => {
    const all = paths(JSON.parse(validText));
    for (const path of all) {
      const doc = JSON.parse(validText) as unknown;
      const node = path.length ? parentOf(doc, path)[path[path.length - 1]!] : doc;
      if (node === null || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        // an empty array: a .min(1) must refuse it
        const emptied = JSON.parse(validText) as unknown;
        if (path.length) parentOf(emptied, path)[path[path.length - 1]!] = [];
        expectAgreement(emptied, `${path.join('.')} = []`);
        continue;
      }
      const keys = Object.keys(node);
      for (const key of keys) {
        const removed = JSON.parse(validText) as unknown;
        const target = (path.length ? parentOf(removed, path)[path[path.length - 1]!] : removed) as Record<string, unknown>;
        delete target[key];
        expectAgreement(removed, `${path.join('.')} without ${key}`);
      }
      const added = JSON.parse(validText) as unknown;
      ((path.length ? parentOf(added, path)[path[path.length - 1]!] : added) as Record<string, unknown>).extra = 'x';
      expectAgreement(added, `${path.join('.')} with an unknown key`);
      // reordered: zod accepts it but returns its keys in schema order, so the fast check must say no
      if (keys.length > 1) {
        const reordered = JSON.parse(validText) as unknown;
        const reversed = Object.fromEntries(Object.entries(node).reverse());
        if (path.length) parentOf(reordered, path)[path[path.length - 1]!] = reversed;
        expectAgreement(path.length ? reordered : reversed, `${path.join('.')} reordered`);
      }
    }
  });

  it('agrees with zod on a "__proto__" key, as JSON.parse makes it an own key', () => {
    const doc = JSON.parse(validText.replace('"visits":[{', '"visits":[{"__proto__":{"id":"x"},')) as unknown;
    expectAgreement(doc, '__proto__ key');
    expect(check(doc)).toBe(false);
  });

  it('agrees with zod on the invalid values the other tests use: arbitrary JSON, a deep nest, a replaced value anywhere', () => {
    expectAgreement({ ...freshSmallDataset(), meta: deeplyNested(10_000) }, 'deeply nested meta');
    for (const value of [null, 1, 'text', [], {}, deeplyNested(100)]) expectAgreement(value, JSON.stringify(value).slice(0, 40));
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => check(JSON.parse(text)) === (zodVerdict(JSON.parse(text)) === 'same')), { numRuns: 300 });
    const all = paths(JSON.parse(validText));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: all.length - 1 }), fc.jsonValue({ maxDepth: 2 }), (at, replacement) => {
        const doc = JSON.parse(validText) as unknown;
        const path = all[at]!;
        parentOf(doc, path)[path[path.length - 1]!] = replacement;
        return check(doc) === (zodVerdict(doc) === 'same');
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves to zod what it does not know: a transform, a default, a refinement on an object, a union of objects', () => {
    expect(fastCheckOf(z.strictObject({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(fastCheckOf(z.strictObject({ a: z.string().default('x') }))).toBeUndefined();
    expect(fastCheckOf(z.strictObject({ a: z.string() }).refine(() => true))).toBeUndefined();
    expect(fastCheckOf(z.array(z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.string() })])))).toBeUndefined();
    // a leaf it does not know is run through zod: a URL, a coerced number
    const url = fastCheckOf(z.strictObject({ u: z.url(), n: z.coerce.number() }))!;
    expect(url({ u: 'https://example.org/', n: 1 })).toBe(true);
    expect(url({ u: 'not a url', n: 1 })).toBe(false);
    expect(url({ u: 'https://example.org/', n: '1' })).toBe(false); // zod would accept it, changed to 1
  });

  it('counts code points for lengths, as zod does', () => {
    const quote = fastCheckOf(z.strictObject({ q: z.string().min(2).max(3) }))!;
    for (const q of ['\u{1F600}', '\u{1F600}\u{1F600}', '\u{1F600}\u{1F600}\u{1F600}', '\u{1F600}\u{1F600}\u{1F600}\u{1F600}', 'ab', 'abcd', 'a']) {
      expect([q, quote({ q })]).toEqual([q, z.strictObject({ q: z.string().min(2).max(3) }).safeParse({ q }).success]);
    }
  });

  it('reads ids as the id pattern does', () => {
    expect(KEBAB_CASE.source).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    for (const id of ['', '-', 'a', 'a-', '-a', 'a--b', 'a-b', 'blinken-antony-j', 'hsg-travel-1', 'A', 'a_b', 'a b', 'é', 'a-b-', '0', '0-0']) {
      expect([id, isKebabCase(id)]).toEqual([id, KEBAB_CASE.test(id)]);
    }
    fc.assert(fc.property(fc.string({ maxLength: 8, unit: fc.constantFrom(...'az09-AZ_ .\u00e9'.split('')) }), (id) => isKebabCase(id) === KEBAB_CASE.test(id)), { numRuns: 5000 });
  });

  it('with freeze, freezes every object and array of a value it accepts, and answers as without', () => {
    const freezing = fastCheckOf(DatasetSchema, { freeze: true })!;
    for (const text of [validText, builtText]) {
      const value = JSON.parse(text) as unknown;
      expect(freezing(value)).toBe(true);
      expect(unfrozenPaths(value)).toEqual([]);
    }
    const bad = JSON.parse(validText) as { visits: { start: string }[] };
    bad.visits[0]!.start = '2023-02-30';
    expect(freezing(bad)).toBe(false);
    expect(DatasetSchema.safeParse(bad).success).toBe(false);
  });
});
