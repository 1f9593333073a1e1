// Lookups several integrity rules need, built once per lintDataset run instead
// of once per rule (the visits by id: ~7,500 entries, wanted by four rules).
// Outside a run (a rule's check called on its own) each call builds its own.
import type { DatasetContent } from '../schemas/dataset.js';

type Visit = DatasetContent['visits'][number];

interface Run {
  data: DatasetContent;
  visitById?: ReadonlyMap<string, Visit>;
}

let current: Run | undefined;

/** Runs `fn` with the lookups of `data` shared between the rules it runs. */
export function withSharedLookups<T>(data: DatasetContent, fn: () => T): T {
  const previous = current;
  current = { data };
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The visits of `data` by id (the last of a duplicated id, which rule unique-ids reports). */
export function visitsById(data: DatasetContent): ReadonlyMap<string, Visit> {
  if (current?.data !== data) return new Map(data.visits.map((v) => [v.id, v]));
  return (current.visitById ??= new Map(data.visits.map((v) => [v.id, v])));
}
