// Reads the data model off the zod schemas with zod's public API: the fields of
// an object schema in order, whether each is required, its description
// (`.meta()`), and what kind of value it holds. The CSV columns and the field
// tables of the schema pages are generated from it.
import { z } from 'zod/v4';
import { CountryCodeSchema, IdSchema, IsoDateSchema } from '../../src/schemas/common.js';

export interface ModelField {
  /** The path from the record: `['traveler', 'personId']`. */
  path: string[];
  /** The field's schema without its optional wrapper. */
  schema: z.ZodType;
  /** The field may be absent (here or on an object above it). */
  optional: boolean;
  /** The field's description: its own `.meta()`, else the one of the schema it is made of. */
  description: string | undefined;
}

/** The description of a schema: the outermost one, looking through optional wrappers. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  for (let s: z.ZodType | undefined = schema; s; s = s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : undefined) {
    const description = z.globalRegistry.get(s)?.description;
    if (description) return description;
  }
  return undefined;
}

/** The schema without optional wrappers, and whether there was one. */
export function unwrapOptional(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner instanceof z.ZodOptional) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, optional };
}

/** True for `named` itself or a copy of it made by `.meta()`/`.describe()` (they share its definition). */
export const isSchema = (schema: z.ZodType, named: z.ZodType): boolean => schema === named || schema.def === named.def;

/** The direct fields of an object schema, in the order it declares them. */
export function fieldsOf(schema: z.ZodType, prefix: string[] = [], optionalAbove = false): ModelField[] {
  if (!(schema instanceof z.ZodObject)) throw new Error(`expected an object schema at ${prefix.join('.') || '(record)'}`);
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, child]) => {
    const { inner, optional } = unwrapOptional(child);
    return { path: [...prefix, key], schema: inner, optional: optional || optionalAbove, description: descriptionOf(child) };
  });
}

/** The element schema of a list field, or undefined for any other. */
export const elementOf = (schema: z.ZodType): z.ZodType | undefined => (schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined);

/** What a value is, in words, for the schema pages: `kebab-case id`, `ISO date`, `` `a` \| `b` ``, `array of …`. */
export function typeLabel(schema: z.ZodType): string {
  if (isSchema(schema, IdSchema)) return 'kebab-case id';
  if (isSchema(schema, IsoDateSchema)) return 'ISO date `YYYY-MM-DD`';
  if (isSchema(schema, CountryCodeSchema)) return 'country code';
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).map((o) => `\`${o}\``).join(' \\| ');
  if (schema instanceof z.ZodLiteral) return (schema.values as Set<unknown>).size === 1 ? `\`${JSON.stringify(schema.value)}\`` : 'literal';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodObject) return 'object';
  if (schema instanceof z.ZodNumber) {
    const { minimum, exclusiveMinimum } = jsonSchemaOf(schema);
    const sign = exclusiveMinimum === 0 || (minimum !== undefined && minimum > 0) ? 'positive ' : minimum === 0 ? 'non-negative ' : '';
    return `${sign}${schema.isInt ? 'integer' : 'number'}`;
  }
  if (schema instanceof z.ZodURL) return 'URL';
  if (schema instanceof z.ZodString) {
    const { minLength, maxLength } = schema;
    const pattern = patternOf(schema);
    if (pattern === '^[0-9a-f]{64}$') return '64 lowercase hex digits';
    if (pattern === '^[0-9a-f]{40}$') return '40 lowercase hex digits';
    if (pattern === '^hsg-(?:travel|visit)-\\d+$') return '`hsg-travel-<n>` \\| `hsg-visit-<n>`';
    if (pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'kebab-case id';
    if (pattern?.startsWith('^\\d+\\.\\d+\\.\\d+')) return 'semver string';
    if (pattern) return 'string (pattern)';
    if (maxLength !== null) return `string, ${minLength ?? 0}–${maxLength} characters`;
    return minLength ? 'non-empty string' : 'string';
  }
  const element = elementOf(schema);
  if (element) {
    return `array of ${plural(typeLabel(element))}${jsonSchemaOf(schema).minItems ? ', at least one' : ''}`;
  }
  return 'value';
}

// Checks such as a pattern or a minimum length are read from the schema's JSON Schema: zod has no other public accessor for them.
const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as { pattern?: string; minItems?: number; minimum?: number; exclusiveMinimum?: number };
const patternOf = (schema: z.ZodString): string | undefined => jsonSchemaOf(schema).pattern;

const plural = (label: string) =>
  label === 'object' ? 'objects' : /^(kebab-case id|ISO date|country code)/.test(label) ? label.replace(/^(kebab-case id|ISO date|country code)/, '$1s') : label.includes('|') ? `${label}` : label.replace(/^non-empty string$/, 'non-empty strings');
