/**
 * Canonical JSON for the files the importer writes: validated, keys in schema
 * order, two-space indent, final newline — the same rules as every other file
 * under data/ (scripts/build/canonical-data.ts), so `fix:data` never disagrees.
 */
import type { z } from 'zod/v4';
import { formatJson, keyOrderOf, orderKeys } from '../build/canonical-data.js';

export const toJson = formatJson;

/** Validates every record (throwing with the record's id and zod's message) and serializes canonically. */
export function canonicalCollection<T>(name: string, records: T[], schema: z.ZodType, idOf: (r: T) => string): string {
  const problems: string[] = [];
  for (const r of records) {
    const result = schema.safeParse(r);
    if (!result.success) {
      problems.push(`${idOf(r)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`import-historian: ${problems.length} invalid record(s) in ${name}:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  const order = keyOrderOf(schema);
  return formatJson(records.map((r) => orderKeys(r, order)));
}
