/**
 * Canonical JSON for data files: keys in schema field order, two-space
 * indent, final newline. Key order comes from the zod schema itself, so the
 * files follow the schema even if the code builds objects in another order.
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** A copy of `value` with object keys in the order of `schema`'s shape. */
export function orderKeys(value: unknown, schema: z.ZodType): unknown {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    return value === undefined || value === null ? value : orderKeys(value, def.innerType!);
  }
  if (def.type === 'array' && Array.isArray(value)) return value.map((v) => orderKeys(v, def.element!));
  if (def.type === 'object' && value && typeof value === 'object') {
    const shape = def.shape!;
    const source = value as Record<string, unknown>;
    const extra = Object.keys(source).filter((k) => !(k in shape));
    if (extra.length > 0) throw new Error(`canonical JSON: keys not in the schema: ${extra.join(', ')}`);
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(shape)) {
      if (source[key] !== undefined) out[key] = orderKeys(source[key], fieldSchema);
    }
    return out;
  }
  return value;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

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
  return toJson(records.map((r) => orderKeys(r, schema)));
}
