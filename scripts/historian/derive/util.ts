import type { Visit } from '../../../src/schemas/visit.js';
import { compareRecordIds } from '../text.js';

/** Lowercase kebab-case, diacritics dropped: "Sea Island" -> "sea-island", "Québec" -> "quebec". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every official record id the visit holds (a merged visit holds several). */
export function recordIdsOf(visit: Visit): string[] {
  return [...new Set(visit.provenance.flatMap((p) => p.recordIds ?? []))].sort(compareRecordIds);
}

/** The official source of the visit's records. */
export function sourceOf(visit: Visit): string {
  return visit.provenance.find((p) => (p.recordIds?.length ?? 0) > 0)?.sourceId ?? (visit.id.startsWith('hsg-visit-') ? 'hsg-visits' : 'hsg-travels');
}
