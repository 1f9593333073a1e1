import { diffDatasets, diffToMarkdown, diffToText } from '../../api.js';
import { DatasetValidationError, isDatasetValidationError } from '../../api.js';
import type { Dataset } from '../records.js';
import { count, DEFAULT_MAX_DATASET_MB, MAX_DATASET_ENV, maxDatasetBytes, readUserFile, str, UsageError, type Command } from '../command.js';
import { renderJson } from '../format.js';

/** The bytes of a dataset file, or of the dataset.json of a published version (`npm:<spec>`). */
async function read(label: string, file: string): Promise<Uint8Array> {
  if (!file.startsWith('npm:')) return readUserFile(label, file);
  const { datasetFromNpm, NpmPackError } = await import('../npm-pack.js');
  try {
    return datasetFromNpm(file.slice(4), maxDatasetBytes());
  } catch (error) {
    if (error instanceof NpmPackError) throw new UsageError(`${label}: ${error.message}`);
    throw error;
  }
}

/** Reads and validates one dataset file; an unreadable file is bad usage, an invalid one a validation error. */
async function load(label: string, file: string): Promise<Dataset> {
  const text = await read(label, file);
  // zod loads only for this command, through the public `diplomatic-visits/schemas` entry (dist/schemas.cjs).
  const { loadDataset } = await import('../../schemas/index.js');
  try {
    return loadDataset(text);
  } catch (error) {
    if (isDatasetValidationError(error)) throw new DatasetValidationError(`${file}: ${error.message}`);
    throw error;
  }
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what was added, removed and changed between two dataset files',
  usage: '<old.json> <new.json> [options]',
  description:
    `Either side may be npm:<spec> (npm:diplomatic-visits@1.0.0, npm:diplomatic-visits@latest): the dataset.json of that published version, fetched with \`npm pack <spec>\` from the registry npm is configured for. Both files are validated (schema, checksum, integrity) first; each must be a regular file of at most ${DEFAULT_MAX_DATASET_MB} MiB (${MAX_DATASET_ENV} allows more). Records are matched by id (countries by code); a changed record lists the dotted paths of the fields that changed.\n--format json prints the whole diff: ids, fields, old and new values, counts; --format markdown a summary for release notes (as diffToMarkdown). Exit code 0 whether or not they differ (with --exit-code: 1 when they differ); 2 when a file cannot be read, 1 when one is read but invalid.`,
  options: {
    limit: { type: 'string', value: 'n', description: 'table and markdown: list at most n ids per collection and kind of change (default: all in the table, 25 in markdown)' },
    'exit-code': { type: 'boolean', description: 'exit 1 when the files differ, 0 when they do not (for CI)' },
  },
  formats: ['table', 'json', 'markdown'],
  dataset: false,
  positionals: { min: 2, max: 2, names: '<old.json> <new.json>' },
  examples: [
    'diplomatic-visits diff node_modules/diplomatic-visits/dist/dataset.json dist/dataset.json',
    'diplomatic-visits diff dataset-1.0.0.json dataset-1.1.0.json --format json',
    'diplomatic-visits diff old.json new.json --format markdown --exit-code',
    'diplomatic-visits diff npm:diplomatic-visits@1.0.0 npm:diplomatic-visits@latest',
  ],
  async run(ctx) {
    const limit = count(ctx, 'limit', 0);
    const [oldFile, newFile] = ctx.positionals as [string, string];
    const diff = diffDatasets(await load('diff: <old.json>', oldFile), await load('diff: <new.json>', newFile));
    ctx.out(ctx.format === 'json' ? renderJson(diff) : ctx.format === 'markdown' ? diffToMarkdown(diff, { maxIds: limit }) : diffToText(diff, { maxIds: limit }));
    return ctx.values['exit-code'] === true && diff.hasChanges ? 1 : 0;
  },
};
