import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../../src/lint/index.js';
import { remarkQuotes } from '../../src/lint/rules/remark-quotes.js';
import type { DatasetContent } from '../../src/schemas/dataset.js';

export interface EvidenceReport {
  quotesChecked: number;
  /** Quotes from the official records, checked against the records' remarks (the `remark-quotes` rule). */
  remarkQuotesChecked: number;
  sourcesMatched: number;
  problems: string[];
}

/**
 * Every news article is pinned by a `textSha256` whose text is in `dir` (found
 * by hash), and every quote that cites a source with a `textSha256` stands
 * verbatim in that text.
 */
export function verifyEvidence(content: DatasetContent, dir: string): EvidenceReport {
  const byHash = new Map<string, { file: string; text: string }>();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    byHash.set(createHash('sha256').update(bytes).digest('hex'), { file: name, text: bytes.toString('utf8') });
  }
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const source of content.sources) {
    if (!source.textSha256) {
      if (source.kind === 'news-article') problems.push(`sources "${source.id}": a news article without textSha256: expected the sha256 of its text, so its quotes can be checked`);
      continue;
    }
    const found = byHash.get(source.textSha256);
    if (found) texts.set(source.id, found.text);
    else problems.push(`sources "${source.id}": no file in ${dir} has sha256 ${source.textSha256}: expected the source text there`);
  }

  let quotesChecked = 0;
  let remarkQuotesChecked = 0;
  const official = new Set(content.sources.filter((s) => s.kind === 'official-dataset' && !s.textSha256).map((s) => s.id));
  const check = (where: string, sourceId: string, quote: string | undefined) => {
    if (quote === undefined) return;
    // An official record's quote is checked against its remarks, below.
    if (official.has(sourceId)) {
      remarkQuotesChecked++;
      return;
    }
    const text = texts.get(sourceId);
    if (text === undefined) {
      if (!content.sources.some((s) => s.id === sourceId && s.textSha256)) {
        problems.push(`${where}: quotes source "${sourceId}", which has no textSha256: expected quotes only from sources whose text can be checked`);
      }
      return;
    }
    quotesChecked++;
    if (!text.includes(quote)) problems.push(`${where}: quote not found verbatim in "${sourceId}": ${JSON.stringify(quote.slice(0, 80))}${quote.length > 80 ? '…' : ''}`);
  };
  for (const v of content.visits) v.provenance.forEach((p, i) => check(`visits "${v.id}" provenance[${i}]`, p.sourceId, p.quote));
  for (const t of content.trips) t.provenance?.forEach((p, i) => check(`trips "${t.id}" provenance[${i}]`, p.sourceId, p.quote));
  for (const e of content.events) e.provenance.forEach((p, i) => check(`events "${e.id}" provenance[${i}]`, p.sourceId, p.quote));
  for (const l of content.issueLinks) l.evidence.forEach((e, i) => check(`issueLinks "${l.id}" evidence[${i}]`, e.sourceId, e.quote));
  for (const p of remarkQuotes.check(content)) problems.push(formatProblem(p));
  return { quotesChecked, remarkQuotesChecked, sourcesMatched: texts.size, problems };
}
