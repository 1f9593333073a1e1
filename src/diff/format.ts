import { COLLECTIONS as ORDER } from '../schemas/collections.js';
import type { DatasetDiff, FieldChange } from './types.js';
import { checkDiff, checkMaxIds } from './check.js';

/** Options of {@link diffToMarkdown} and {@link diffToText}. */
export interface DiffFormatOptions {
  /** At most this many ids listed per collection and kind of change; the rest are counted. Default: 25 in markdown, all in text. */
  maxIds?: number;
}


const short = (sha: string) => sha.slice(0, 12);

/** "12 visits added, 3 corrected; 1 event added" — or "no data changes". */
function sentence(diff: DatasetDiff): string {
  const parts: string[] = [];
  for (const name of ORDER) {
    const c = diff.summary.byCollection[name];
    const bits = [c.added && `${c.added} added`, c.removed && `${c.removed} removed`, c.changed && `${c.changed} corrected`].filter(Boolean);
    if (bits.length) parts.push(`${name} ${bits.join(', ')}`);
  }
  return parts.length ? parts.join('; ') : 'no data changes';
}

function listIds(ids: readonly string[], max: number, render: (id: string) => string = (id) => `\`${id}\``): string {
  const shown = ids.slice(0, max).map(render).join(', ');
  return ids.length > max ? `${shown}${shown ? ', ' : ''}… and ${ids.length - max} more` : shown;
}

/**
 * A markdown summary of a diff, made to paste into a changeset so that the
 * CHANGELOG says what changed in the data: a one-line summary, a table of
 * counts by collection, then the ids added, removed and corrected (with the
 * fields corrected).
 * @example
 * import { diffDatasets, diffToMarkdown, getDataset } from 'diplomatic-visits';
 * const old = getDataset();
 * const next = { ...old, visits: old.visits.filter((v) => v.id !== 'hsg-travel-3992') };
 * diffToMarkdown(diffDatasets(old, next), { maxIds: 10 }).split('\n').slice(-3);
 * //=> ['- **visits**', '  - removed (1): `hsg-travel-3992`', '']
 */
export function diffToMarkdown(diff: DatasetDiff, options: DiffFormatOptions = {}): string {
  checkDiff('diff', diff);
  const max = checkMaxIds(options) ?? 25;
  const versions = diff.from.version === diff.to.version ? `compared with dataset ${diff.from.version}` : `dataset ${diff.from.version} → ${diff.to.version}`;
  const lines = [`Data: ${sentence(diff)} (${versions}, sha256 \`${short(diff.from.sha256)}\` → \`${short(diff.to.sha256)}\`).`];
  if (!diff.hasChanges) return `${lines[0]}\n`;
  lines.push('', '| collection | before | after | added | removed | corrected |', '|---|--:|--:|--:|--:|--:|');
  for (const name of ORDER) {
    const c = diff.summary.byCollection[name];
    if (c.added || c.removed || c.changed) lines.push(`| ${name} | ${c.before} | ${c.after} | ${c.added} | ${c.removed} | ${c.changed} |`);
  }
  lines.push('');
  for (const name of ORDER) {
    const d = diff.collections[name];
    if (!d.added.length && !d.removed.length && !d.changed.length) continue;
    lines.push(`- **${name}**`);
    if (d.added.length) lines.push(`  - added (${d.added.length}): ${listIds(d.added, max)}`);
    if (d.removed.length) lines.push(`  - removed (${d.removed.length}): ${listIds(d.removed, max)}`);
    if (d.changed.length) {
      const fields = new Map(d.changed.map((c) => [c.id, c.fields]));
      lines.push(`  - corrected (${d.changed.length}): ${listIds(d.changed.map((c) => c.id), max, (id) => `\`${id}\` (${summarizeFields(fields.get(id)!)})`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `provenance.1.quote`, `provenance.2` → `provenance`; keeps the first segment of each path, once. */
function summarizeFields(paths: readonly string[]): string {
  return [...new Set(paths.map((p) => p.replace(/\.\d+(?:\..*)?$/, '')))].join(', ');
}

function value(v: unknown, width = 60): string {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function change(c: FieldChange): string {
  if (c.kind === 'added') return `${c.path}: + ${value(c.after)}`;
  if (c.kind === 'removed') return `${c.path}: - ${value(c.before)}`;
  return `${c.path}: ${value(c.before)} → ${value(c.after)}`;
}

/**
 * A plain-text report of a diff for a terminal: a table of counts by
 * collection, then every id added, removed and changed, with each changed
 * field's old and new value.
 * @example
 * import { diffDatasets, diffToText, getDataset } from 'diplomatic-visits';
 * const old = getDataset();
 * const next = { ...old, visits: old.visits.filter((v) => v.id !== 'hsg-travel-3992') };
 * diffToText(diffDatasets(old, next)).split('\n').filter((line) => line.includes('hsg-travel-3992'));
 * //=> ['  - hsg-travel-3992']
 */
export function diffToText(diff: DatasetDiff, options: DiffFormatOptions = {}): string {
  checkDiff('diff', diff);
  const max = checkMaxIds(options) ?? Infinity;
  const out = [
    `old: ${diff.from.version} (sha256 ${short(diff.from.sha256)})   new: ${diff.to.version} (sha256 ${short(diff.to.sha256)})   schemaVersion ${diff.to.schemaVersion}`,
    '',
  ];
  const header = ['collection', 'before', 'after', 'added', 'removed', 'changed', 'unchanged'];
  const rows = ORDER.map((name) => {
    const c = diff.summary.byCollection[name];
    return [name, c.before, c.after, c.added, c.removed, c.changed, c.unchanged].map(String);
  });
  const s = diff.summary;
  const sum = (k: 'before' | 'after') => ORDER.reduce((n, name) => n + s.byCollection[name][k], 0);
  rows.push(['total', sum('before'), sum('after'), s.added, s.removed, s.changed, s.unchanged].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  out.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(0, -1).map(fmt), fmt(rows[rows.length - 1]!));
  if (!diff.hasChanges) {
    out.push('', 'No record was added, removed or changed.');
    return `${out.join('\n')}\n`;
  }
  for (const name of ORDER) {
    const d = diff.collections[name];
    const more = (n: number) => (n > max ? [`  … and ${n - max} more`] : []);
    if (d.added.length) out.push('', `${name}: added (${d.added.length})`, ...d.added.slice(0, max).map((id) => `  + ${id}`), ...more(d.added.length));
    if (d.removed.length) out.push('', `${name}: removed (${d.removed.length})`, ...d.removed.slice(0, max).map((id) => `  - ${id}`), ...more(d.removed.length));
    if (d.changed.length) {
      out.push('', `${name}: changed (${d.changed.length})`);
      for (const c of d.changed.slice(0, max)) out.push(`  ~ ${c.id}`, ...c.changes.map((ch) => `      ${change(ch)}`));
      out.push(...more(d.changed.length));
    }
  }
  return `${out.join('\n')}\n`;
}
