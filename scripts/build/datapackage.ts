// The Frictionless Data Package (v1) descriptor of dist/csv: what each CSV
// holds, its columns and types, keys, licences and sources.
import { createHash } from 'node:crypto';
import type { AnyDataset as Dataset } from '../../src/schemas/records.js';
import type { CsvColumn, CsvFile } from './csv.js';
import { LIST_SEPARATOR } from './csv.js';

/** What the descriptor takes from package.json. */
export interface PackageInfo {
  name: string;
  description?: string;
  license?: string;
  author?: string;
  keywords?: string[];
}

const LICENSE_URLS: Record<string, string> = {
  MIT: 'https://opensource.org/licenses/MIT',
  'Apache-2.0': 'https://www.apache.org/licenses/LICENSE-2.0',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

function field(column: CsvColumn): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (!column.optional && !column.list) constraints.required = true;
  if (column.unique) constraints.unique = true;
  if (column.enum) constraints.enum = [...column.enum];
  if (column.type === 'integer' && column.path === '@position') constraints.minimum = 1;
  const d = column.description;
  const description = column.list ? `${d} An empty cell is an empty list.` : column.optional && !/\bempty\b/i.test(d) ? `${d} Empty when absent.` : d;
  return {
    name: column.name,
    type: column.type,
    ...(column.type === 'date' ? { format: 'default' } : {}),
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function snapshotSource(s: Dataset['meta']['official']['snapshots'][number]): Record<string, string> {
  const repo = /^https?:\/\//.test(s.repository) ? s.repository.replace(/\/$/, '') : `https://github.com/${s.repository}`;
  return {
    title: `Office of the Historian, U.S. Department of State: ${s.repository} (${s.folder}) at commit ${s.commit.slice(0, 10)} (${s.date}), CC0 1.0`,
    path: `${repo}/tree/${s.commit}`,
  };
}

/**
 * The `datapackage.json` descriptor of the CSV files (Frictionless Data
 * Package v1, tabular-data-package profile). Deterministic: the same dataset
 * gives the same bytes.
 */
export function dataPackage(dataset: Dataset, files: readonly CsvFile[], pkg: PackageInfo): Record<string, unknown> {
  const { meta } = dataset;
  const license = pkg.license ?? 'MIT';
  const sources = [
    ...meta.official.snapshots.map(snapshotSource),
    ...dataset.sources
      .filter((s) => s.kind !== 'official-record')
      .map((s) => ({
        title: [s.title, s.publisher, s.published].filter(Boolean).join(', '),
        ...(s.url ? { path: s.url } : {}),
      })),
  ];
  return {
    profile: 'tabular-data-package',
    name: pkg.name,
    title: 'Diplomatic visits: high-level US diplomatic visits and the issues discussed on them',
    description: [
      pkg.description ?? '',
      `The CSV files are generated from dataset.json (schemaVersion ${meta.schemaVersion}, sha256 ${meta.sha256}) of ${pkg.name}@${meta.version}.`,
      `Flattening: nested objects become prefixed snake_case columns (traveler.personId -> traveler_person_id); lists of ids are joined with "${LIST_SEPARATOR}" in one cell (an item's own "${LIST_SEPARATOR}" and "\\" escaped with "\\"); lists of objects (provenance, roles, evidence, subjects) are long tables with the parent id and a 1-based position; an empty cell is an absent value.`,
      "Spreadsheet safety: a text cell that starts with = + - @, a tab, a carriage return or ' is written with a ' in front; remove one leading ' to get the exact value back.",
      `Licences: the official layer (visits hsg-travel-*, hsg-visit-*, and what is derived from them) comes from the U.S. Department of State Office of the Historian and is public domain (CC0 1.0); the package and its curated data are under ${license}. Evidence quotes are short verbatim extracts (at most 300 characters) from the cited articles, reproduced with attribution (sources.csv); their copyright stays with the publishers.`,
    ].filter(Boolean).join('\n\n'),
    version: meta.version,
    homepage: `https://www.npmjs.com/package/${pkg.name}`,
    keywords: pkg.keywords ?? [],
    contributors: [{ title: pkg.author ?? `${pkg.name} contributors`, role: 'author' }],
    licenses: [
      {
        name: license,
        path: LICENSE_URLS[license] ?? `https://spdx.org/licenses/${license}.html`,
        title: `${license}: the package, its curated data and these files`,
      },
      {
        name: 'CC0-1.0',
        path: LICENSE_URLS['CC0-1.0'],
        title: 'CC0 1.0 Universal: the official records of the Office of the Historian, U.S. Department of State (public domain)',
      },
    ],
    sources,
    schemaVersion: meta.schemaVersion,
    datasetSha256: meta.sha256,
    resources: files.map(({ table, file, text }) => {
      const bytes = Buffer.from(text, 'utf8');
      return {
        profile: 'tabular-data-resource',
        name: table.name,
        path: file,
        title: table.title,
        description: table.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false },
        schema: {
          fields: table.columns.map(field),
          missingValues: [''],
          primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : table.primaryKey,
          ...(table.foreignKeys.length ? { foreignKeys: table.foreignKeys } : {}),
        },
      };
    }),
  };
}
