import { asciiJson } from './ascii-json.js';
import type { ShippedLayout, StatusAt } from '../../src/dataset/layout.js';
import { LAYOUT_VERSION } from '../../src/dataset/layout.js';

/**
 * A shipped dataset file's text (ASCII JSON, as {@link asciiJson} writes it)
 * and its layout: where each top-level value sits in the file, and which
 * visits and trips carry a `status`. The library reads the file one
 * collection at a time through it (src/dataset/read-node.ts), so a first
 * query parses only what it touches. The text is written piece by piece
 * here, and checked equal to asciiJson of the whole value, so the offsets
 * cannot drift from the file.
 */
export function shippedText(dataset: Record<string, unknown> & { meta: { sha256: string } }): { text: string; layout: ShippedLayout } {
  const collections: Record<string, [number, number]> = {};
  let text = '{';
  for (const [key, value] of Object.entries(dataset)) {
    if (value === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${asciiJson(key)}:`;
    const json = asciiJson(value);
    collections[key] = [text.length, text.length + json.length];
    text += json;
  }
  text += '}';
  if (text !== asciiJson(dataset)) throw new Error('shippedText: the file written piece by piece differs from JSON.stringify of the whole (a toJSON or a non-JSON value?)');
  const withStatus = (records: unknown): StatusAt[] => {
    const out: StatusAt[] = [];
    if (Array.isArray(records)) {
      records.forEach((r: { id: string; status?: string }, index) => {
        if (r.status !== undefined) out.push([index, r.id, r.status]);
      });
    }
    return out;
  };
  const ids = (records: unknown, key: string): string => (Array.isArray(records) ? `\n${records.map((r: Record<string, string>) => r[key]).join('\n')}\n` : '\n');
  const bytes = text.length + 1; // the file ends with a newline
  return {
    text: `${text}\n`,
    layout: { layoutVersion: LAYOUT_VERSION, bytes, sha256: dataset.meta.sha256, collections, withStatus: { visits: withStatus(dataset.visits), trips: withStatus(dataset.trips) }, ids: { people: ids(dataset.people, 'id'), countries: ids(dataset.countries, 'code') } },
  };
}
