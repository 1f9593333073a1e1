// The field tables of the schema pages (src/schemas/*-schema.md), generated
// from the zod schemas: a table follows each `<!-- fields: Schema [shallow]
// [prefix=…] -->` marker. Field, type, required and meaning come from the
// schema (`.meta()` descriptions); the "Checked by" cell is the page's own
// (which integrity rules look at a field is src/lint's knowledge), kept from
// the current table, `schema` for a new field. The prose around stays as written.
import { z } from 'zod/v4';
import * as schemas from '../../src/schemas/index.js';
import { CountrySchema } from '../../src/schemas/country.js';
import { DiscrepancySchema, DiscrepancySubjectSchema } from '../../src/schemas/discrepancy.js';
import { EvidenceSchema, ProvenanceSchema } from '../../src/schemas/common.js';
import { EventSchema } from '../../src/schemas/event.js';
import { IssueLinkSchema, IssueSchema } from '../../src/schemas/issue.js';
import { OfficialSnapshotSchema } from '../../src/schemas/meta.js';
import { PersonSchema, RoleSchema } from '../../src/schemas/person.js';
import { SourceSchema } from '../../src/schemas/source.js';
import { TripSchema } from '../../src/schemas/trip.js';
import { CounterpartSchema, VisitSchema } from '../../src/schemas/visit.js';
import { elementOf, fieldsOf, isSchema, typeLabel } from './model.js';

/** How the pages name a list of these records. */
const NOUNS: [z.ZodType, string][] = [
  [CountrySchema, '[countries](./country-schema.md)'],
  [PersonSchema, '[people](./person-schema.md)'],
  [SourceSchema, '[sources](./source-schema.md)'],
  [VisitSchema, '[visits](./visit-schema.md)'],
  [TripSchema, '[trips](./trip-schema.md)'],
  [EventSchema, '[events](./event-schema.md)'],
  [IssueSchema, '[issues](./issue-schema.md)'],
  [IssueLinkSchema, '[issue links](./issue-schema.md#issue-link-fields)'],
  [DiscrepancySchema, '[discrepancies](./discrepancy-schema.md)'],
  [ProvenanceSchema, 'provenance entries'],
  [EvidenceSchema, 'evidence quotes'],
  [CounterpartSchema, 'counterparts'],
  [RoleSchema, 'roles'],
  [DiscrepancySubjectSchema, 'subjects'],
  [OfficialSnapshotSchema, 'snapshots'],
];

function typeCell(schema: z.ZodType): string {
  const element = elementOf(schema);
  const noun = element && NOUNS.find(([named]) => isSchema(element, named))?.[1];
  if (!noun) return typeLabel(schema);
  return `array of ${noun}${typeLabel(schema).endsWith(', at least one') ? ', at least one' : ''}`;
}

export interface FieldRow {
  field: string;
  type: string;
  required: string;
  meaning: string;
}

/** The rows of a field table: every field, nested ones too (`roles[].title`) unless `shallow`. */
export function fieldRows(schema: z.ZodType, prefix = '', shallow = false): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const field of fieldsOf(schema)) {
    const name = `${prefix}${field.path.at(-1)}`;
    const element = elementOf(field.schema);
    const mayBeEmpty = element && !typeCell(field.schema).endsWith('at least one');
    const meaning = field.description;
    if (!meaning) throw new Error(`${name}: no description: give the field one with .meta({ description })`);
    rows.push({ field: name, type: typeCell(field.schema), required: field.optional ? 'no' : mayBeEmpty ? 'yes (may be empty)' : 'yes', meaning });
    if (shallow) continue;
    if (field.schema instanceof z.ZodObject) rows.push(...fieldRows(field.schema, `${name}.`));
    if (element instanceof z.ZodObject) rows.push(...fieldRows(element, `${name}[].`));
  }
  return rows;
}

const schemaNamed = (name: string): z.ZodType => {
  const schema = (schemas as Record<string, unknown>)[name];
  if (!(schema instanceof z.ZodType)) throw new Error(`no schema ${name} in src/schemas/index.ts`);
  return schema;
};

const cell = (text: string) => text.replace(/\|/g, (m, i: number, all: string) => (all[i - 1] === '\\' ? m : '\\|')).replace(/\n/g, ' ');
const split = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());

/** The page with every field table regenerated from the schemas; the rest of the text as it was. */
export function schemaPageText(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    const m = /^<!-- fields: (\w+)((?: \S+)*) -->$/.exec(lines[i]!);
    if (!m) continue;
    const options = m[2]!.trim().split(/\s+/);
    const prefix = options.find((o) => o.startsWith('prefix='))?.slice(7) ?? '';
    const checkedBy = new Map<string, string>();
    let j = i + 1;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const cells = split(lines[j]!);
      if (j >= i + 3) checkedBy.set(cells[0]!.replace(/^`|`$/g, ''), cells[4] ?? 'schema');
    }
    out.push('| Field | Type | Required | Meaning | Checked by |', '|---|---|---|---|---|');
    for (const row of fieldRows(schemaNamed(m[1]!), prefix, options.includes('shallow'))) {
      out.push(`| \`${row.field}\` | ${cell(row.type)} | ${row.required} | ${cell(row.meaning)} | ${checkedBy.get(row.field) ?? 'schema'} |`);
    }
    i = j - 1;
  }
  return out.join('\n');
}
