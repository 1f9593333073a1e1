/** JSON with object keys sorted at every depth and no white space: the input of the dataset checksum. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * Orders ids naturally, so `hsg-travel-9` sorts before `hsg-travel-10`:
 * runs of digits compare as numbers, other runs as strings.
 * Hand-written rather than Intl.Collator so the order never depends on the ICU build;
 * walks the strings without allocating, as it runs on every tie of a first query's sort.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const da = isDigit(a.charCodeAt(i));
    const db = isDigit(b.charCodeAt(j));
    let ie = i + 1;
    while (ie < na && isDigit(a.charCodeAt(ie)) === da) ie++;
    let je = j + 1;
    while (je < nb && isDigit(b.charCodeAt(je)) === db) je++;
    const la = ie - i;
    const lb = je - j;
    let k = 0;
    while (k < la && k < lb && a.charCodeAt(i + k) === b.charCodeAt(j + k)) k++;
    if (k < la || k < lb) { // the runs differ
      if (da && db) {
        const diff = Number(a.slice(i, ie)) - Number(b.slice(j, je));
        if (diff !== 0) return diff;
        return la - lb;
      }
      if (k === la) return -1; // a's run is a prefix of b's
      if (k === lb) return 1;
      return a.charCodeAt(i + k) < b.charCodeAt(j + k) ? -1 : 1;
    }
    i = ie;
    j = je;
  }
  return i < na ? 1 : j < nb ? -1 : 0;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
