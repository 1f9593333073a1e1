// One description per field, kept on the zod schemas (.meta()): the JSON Schema and
// the CSV descriptor carry exactly those, so neither can drift from the schemas.
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { CSV_TABLES } from '../scripts/build/csv.js';
import { descriptionOf, fieldsOf } from '../scripts/build/model.js';
import * as schemas from '../src/schemas/index.js';
import { datasetJsonSchema } from '../src/schemas/json-schema.js';

type JsonObject = { description?: string; properties?: Record<string, JsonObject>; items?: JsonObject; $ref?: string };
const jsonSchema = datasetJsonSchema() as { $defs: Record<string, JsonObject> };
const named: [string, z.ZodType][] = Object.entries(jsonSchema.$defs).map(([name]) => [name, (schemas as Record<string, unknown>)[`${name}Schema`] as z.ZodType]);

describe('descriptions live on the zod schemas', () => {
  it('every $def of the JSON Schema is a named schema, described by its own .meta()', () => {
    expect(named.length).toBeGreaterThan(15);
    for (const [name, schema] of named) {
      expect(schema, `${name}Schema is exported from src/schemas`).toBeInstanceOf(z.ZodType);
      const own = z.globalRegistry.get(schema)?.description;
      expect(own, `${name}Schema has a description`).toBeTruthy();
      expect(jsonSchema.$defs[name]!.description).toBe(own);
    }
  });

  it('every field of every object $def has a description, the one on its zod field', () => {
    let checked = 0;
    const walk = (schema: z.ZodType, json: JsonObject, where: string) => {
      if (!(schema instanceof z.ZodObject)) return;
      for (const field of fieldsOf(schema)) {
        const key = field.path.at(-1)!;
        const property = json.properties?.[key];
        expect(property, `${where}.${key} in the JSON Schema`).toBeDefined();
        expect(field.description, `${where}.${key} has a description`).toBeTruthy();
        expect(property!.description, `${where}.${key}`).toBe(field.description);
        checked++;
        // nested objects that are not $defs of their own are inlined: check their fields too
        if (field.schema instanceof z.ZodObject && !property!.$ref) walk(field.schema, property!, `${where}.${key}`);
      }
    };
    for (const [name, schema] of named) walk(schema, jsonSchema.$defs[name]!, name);
    expect(checked).toBeGreaterThan(100);
  });

  it('the CSV columns carry the descriptions of the fields they come from', () => {
    const visits = CSV_TABLES.find((t) => t.name === 'visits')!;
    const locality = visits.columns.find((c) => c.name === 'locality')!;
    expect(locality.description).toBe(descriptionOf(schemas.VisitSchema.shape.locality));
    const person = visits.columns.find((c) => c.name === 'traveler_person_id')!;
    expect(person.description.startsWith(descriptionOf(schemas.TravelerSchema.shape.personId)!)).toBe(true);
    for (const table of CSV_TABLES) for (const column of table.columns) expect(column.description, `${table.name}.${column.name}`).toBeTruthy();
  });
});
