// The lint rules' fixers (src/lint/README.md) applied to the curated data
// files, as npm run fix:data does before it lays every file out canonically.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixRecords, formatFix, type EditableRecords } from '../../src/lint/index.js';
import { mergeLayers, readDataFiles } from './assemble.js';
import { DATA_FILES, type DataFile } from './files.js';

/** The curated files a fixer may edit, and the collection each holds. */
export const FIXABLE_FILES = {
  'curated/people.json': 'people',
  'curated/sources.json': 'sources',
  'curated/visits.json': 'visits',
  'curated/visit-annotations.json': 'visitAnnotations',
  'curated/trips.json': 'trips',
  'curated/events.json': 'events',
  'curated/issues.json': 'issues',
  'curated/issue-links.json': 'issueLinks',
  'curated/discrepancies.json': 'discrepancies',
} as const satisfies Partial<Record<DataFile, keyof EditableRecords>>;

export interface AppliedFixes {
  /** The new text (not yet canonical) of each file a fixer changed, by path under the data directory. */
  texts: Map<string, string>;
  /** One line per change: file, record id, field, before -> after, rule. */
  lines: string[];
}

/**
 * Runs every fixer on the records of the curated files under `dataDir` that
 * pass their schema (a record that does not is left for the build to report),
 * with the merged dataset as context. Writes nothing: returns the new texts.
 */
export function applyFixers(dataDir: string): AppliedFixes {
  const records: EditableRecords = {};
  const raw = new Map<string, unknown[]>();
  const fileOf = new Map<string, string>();
  for (const [file, collection] of Object.entries(FIXABLE_FILES) as [keyof typeof FIXABLE_FILES, keyof EditableRecords][]) {
    const full = path.join(dataDir, file);
    if (!existsSync(full)) continue;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(full, 'utf8'));
    } catch {
      continue; // not JSON: reported by the canonical layout that follows
    }
    if (!Array.isArray(value)) continue;
    raw.set(file, value);
    fileOf.set(collection, file);
    // The very objects of the file, so that the fixers' edits land in it.
    (records as Record<string, unknown[]>)[collection] = value.filter((r) => DATA_FILES[file].schema.safeParse(r).success);
  }
  const { content } = mergeLayers(readDataFiles(dataDir).files);
  const fixes = fixRecords(records, content);
  const texts = new Map<string, string>();
  for (const fix of fixes) {
    const file = fileOf.get(fix.collection)!;
    texts.set(file, JSON.stringify(raw.get(file)));
  }
  return { texts, lines: fixes.map((f) => formatFix(f, `data/${fileOf.get(f.collection)}`)) };
}
