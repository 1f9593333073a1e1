// CITATION.cff (CFF 1.2.0) stays in step with package.json and the official snapshots.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const cff = readFileSync(path.join(root, 'CITATION.cff'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; license: string; files: string[] };

/** The scalar value of a top-level key (quotes removed), or undefined. */
function topLevel(key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(cff);
  return m?.[1]?.trim().replace(/^"(.*)"$/, '$1');
}
const topLevelKeys = [...cff.matchAll(/^([a-z-]+):/gm)].map((m) => m[1]);

describe('CITATION.cff', () => {
  it('is CFF 1.2.0 with the keys the format requires', () => {
    expect(topLevel('cff-version')).toBe('1.2.0');
    for (const key of ['message', 'title', 'authors', 'version', 'abstract', 'license', 'references']) expect(topLevelKeys).toContain(key);
    expect(topLevel('type')).toBe('dataset');
    expect(cff).not.toMatch(/\t/);
    expect(cff.endsWith('\n')).toBe(true);
  });

  it("has the version of package.json (update it with every release: see docs/releasing.md)", () => {
    expect(topLevel('version'), 'CITATION.cff version differs from package.json: set it to the released version').toBe(pkg.version);
  });

  it("has the package's licence, and no repository-code", () => {
    expect(topLevel('license')).toBe(pkg.license);
    expect(topLevelKeys).not.toContain('repository-code');
  });

  it('is shipped in the package', () => {
    expect(pkg.files).toContain('CITATION.cff');
  });

  it('cites the Office of the Historian datasets, CC0', () => {
    const refs = cff.slice(cff.indexOf('\nreferences:'));
    for (const repo of ['HistoryAtState/travels', 'HistoryAtState/visits', 'HistoryAtState/pocom']) expect(refs).toContain(`repository: "https://github.com/${repo}"`);
    expect(refs.match(/license: CC0-1\.0/g)).toHaveLength(3);
    expect(refs.match(/- name: "Office of the Historian, U\.S\. Department of State"/g)).toHaveLength(3);
  });

  const report = path.join(root, 'data', 'official', 'import-report.json');
  it('cites the commits of the official snapshots the data was imported from', () => {
    const { snapshots } = JSON.parse(readFileSync(report, 'utf8')) as { snapshots: { repository: string; commit: string }[] };
    expect(snapshots.length).toBeGreaterThan(0);
    for (const s of snapshots) {
      const block = new RegExp(`repository: "https://github\\.com/${s.repository}"\\n\\s+commit: ([0-9a-f]{40})`).exec(cff);
      expect(block?.[1], s.repository).toBe(s.commit);
    }
  });
});
