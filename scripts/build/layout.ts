import { asciiJson } from './ascii-json.js';
import type { RecordsIndex, ShippedLayout, StatusAt } from '../../src/dataset/layout.js';
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
export function shippedText(dataset: Record<string, unknown> & { meta: { sha256: string } }): { text: string; layout: ShippedLayout; records: RecordsIndex } {
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
  // Each visit's and trip's length in the file, and their positions by person: a query about one person parses
  // that person's records alone (read-node.ts). The array text is checked equal to the records joined.
  const recordsOf = (key: string, person: (record: Record<string, unknown>) => string): RecordsIndex['visits'] => {
    const list = (dataset[key] ?? []) as Record<string, unknown>[];
    const parts = list.map((r) => asciiJson(r));
    const [start, end] = collections[key] ?? [0, 0];
    if (`[${parts.join(',')}]` !== text.slice(start, end)) throw new Error(`shippedText: ${key} as records differs from the array written`);
    const byPerson: Record<string, number[]> = {};
    list.forEach((r, i) => (byPerson[person(r)] ??= []).push(i));
    // The visits whose remarks name a person as met (derived counterparts), each visit once per person.
    const byCounterpart: Record<string, number[]> = {};
    list.forEach((r, i) => {
      for (const id of new Set(((r.counterparts ?? []) as { personId?: string }[]).flatMap((c) => c.personId ?? []))) (byCounterpart[id] ??= []).push(i);
    });
    // The visits at each event (each visit once per event), and every record's id in order (records are found by id alone).
    const byEvent: Record<string, number[]> = {};
    list.forEach((r, i) => {
      for (const id of new Set((r.eventIds ?? []) as string[])) (byEvent[id] ??= []).push(i);
    });
    return { lengths: parts.map((p) => p.length), ids: `\n${list.map((r) => r.id as string).join('\n')}\n`, byPerson, byCounterpart, byEvent };
  };
  const records: RecordsIndex = {
    layoutVersion: LAYOUT_VERSION,
    sha256: dataset.meta.sha256,
    visits: recordsOf('visits', (v) => (v.traveler as { personId: string }).personId),
    trips: recordsOf('trips', (t) => t.personId as string),
  };
  const bytes = text.length + 1; // the file ends with a newline
  return {
    records,
    text: `${text}\n`,
    layout: { layoutVersion: LAYOUT_VERSION, bytes, sha256: dataset.meta.sha256, collections, withStatus: { visits: withStatus(dataset.visits), trips: withStatus(dataset.trips) }, ids: { people: ids(dataset.people, 'id'), countries: ids(dataset.countries, 'code') } },
  };
}
