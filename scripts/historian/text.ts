/** Small pure helpers shared by the Office of the Historian importer. */

/** Collapses every run of white space (including line breaks and no-break spaces) to one space and trims. */
export function normalizeSpace(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** `hsg-travel-12` -> { prefix: 'hsg-travel', n: 12 }. */
function splitRecordId(id: string): { prefix: string; n: number } {
  const m = /^(.*)-(\d+)$/.exec(id);
  return m ? { prefix: m[1]!, n: Number(m[2]) } : { prefix: id, n: Number.NaN };
}

/**
 * Orders official ids by prefix, then numerically by record number, so that
 * `hsg-travel-2` < `hsg-travel-10` < `hsg-visit-1`. Other ids sort as strings.
 */
export function compareRecordIds(a: string, b: string): number {
  const x = splitRecordId(a);
  const y = splitRecordId(b);
  if (x.prefix !== y.prefix) return x.prefix < y.prefix ? -1 : 1;
  if (Number.isNaN(x.n) || Number.isNaN(y.n) || x.n === y.n) return a < b ? -1 : a > b ? 1 : 0;
  return x.n - y.n;
}

/** Plain code-unit string comparison (locale-independent, so output never depends on the machine). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "March 2021", "November–December 2023", "December 2023–January 2024". */
export function monthSpan(start: string, end: string): string {
  const [sy, sm] = [start.slice(0, 4), Number(start.slice(5, 7))];
  const [ey, em] = [end.slice(0, 4), Number(end.slice(5, 7))];
  if (sy === ey && sm === em) return `${MONTHS[sm - 1]} ${sy}`;
  if (sy === ey) return `${MONTHS[sm - 1]}–${MONTHS[em - 1]} ${sy}`;
  return `${MONTHS[sm - 1]} ${sy}–${MONTHS[em - 1]} ${ey}`;
}

/** "A", "A and B", "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
