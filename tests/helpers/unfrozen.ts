/** The paths (from `at`) of every object and array in `value` that is not frozen: [] for a value frozen at every depth. */
export function unfrozenPaths(value: unknown, at = 'dataset', out: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return out;
  if (!Object.isFrozen(value)) out.push(at);
  for (const [key, item] of Object.entries(value)) unfrozenPaths(item, `${at}.${key}`, out);
  return out;
}
