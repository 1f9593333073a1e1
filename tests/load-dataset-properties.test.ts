// loadDataset under arbitrary input: whatever JSON document (or value) it is
// given, it answers with a library error or a dataset equal to what it was
// given, never a raw TypeError/RangeError and never a silently altered dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDiplomaticVisitsError } from '../src/errors.js';
import { loadDataset } from '../src/schemas/index.js';
import { freshSmallDataset } from './fixtures/small-dataset.js';

/** Runs loadDataset and returns 'error' for a library error, the dataset otherwise; anything else thrown fails the property. */
function attempt(input: unknown, options?: Parameters<typeof loadDataset>[1]): 'error' | unknown {
  try {
    return loadDataset(input, options);
  } catch (error) {
    if (isDiplomaticVisitsError(error)) {
      // every message stays bounded, whatever was echoed from the input
      expect((error as Error).message.length).toBeLessThan(20_000);
      return 'error';
    }
    throw error;
  }
}

/** Every path to a value inside a JSON value, as keys and indexes. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

const validText = JSON.stringify(freshSmallDataset());
const allPaths = paths(JSON.parse(validText));

describe('loadDataset: arbitrary documents', () => {
  it('any JSON text: a library error (or, never in practice, a valid dataset)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        expect(attempt(text)).toBe('error');
      }),
      { numRuns: 300 },
    );
  });

  it('any value, including non-JSON ones (bigint, Date, Map, typed arrays, null prototypes)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 3 }), (value) => {
        expect(attempt(value)).toBe('error');
      }),
      { numRuns: 300 },
    );
  });

  it('a valid dataset with one value replaced anywhere: a library error or the same content, with or without the checksum check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: allPaths.length - 1 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (pathIndex, replacement, verifyChecksum) => {
          const document = setAt(JSON.parse(validText), allPaths[pathIndex]!, replacement);
          const text = JSON.stringify(document);
          const result = attempt(text, { verifyChecksum });
          // loaded only when the document is still valid: then it is exactly what was given
          if (result !== 'error') expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the valid dataset loads and equals its input', () => {
    expect(JSON.stringify(attempt(validText))).toBe(validText);
  });
});
