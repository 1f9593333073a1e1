// The pure parts of scripts/release-version.ts; the whole of it runs against a
// local registry in tests/release (npm run test:release).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bumpVersion, insertIntoChangelog, pendingBumps, ReleaseError } from '../scripts/release-version.js';

function changesets(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dv-release-version-'));
  mkdirSync(path.join(dir, '.changeset'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, '.changeset', name), text);
  return dir;
}

describe('release-version', () => {
  it('reads the bump each pending changeset asks for this package, skipping empty ones and the README', () => {
    const dir = changesets({
      'README.md': '# Changesets\n',
      'a.md': '---\n"diplomatic-visits": patch\n---\n\nFix.\n',
      'b.md': "---\ndiplomatic-visits: minor\n---\n\nAdd.\n",
      'empty.md': '---\n---\n\nRefactor.\n',
      'other.md': '---\n"another-package": major\n---\n\nNot ours.\n',
    });
    expect(pendingBumps(dir, 'diplomatic-visits')).toEqual([
      { file: 'a.md', bump: 'patch' },
      { file: 'b.md', bump: 'minor' },
    ]);
    const bad = changesets({ 'x.md': '---\n"diplomatic-visits": huge\n---\n' });
    expect(() => pendingBumps(bad, 'diplomatic-visits')).toThrow(new ReleaseError('.changeset/x.md: "huge" is not patch, minor or major'));
    const none = changesets({ 'y.md': 'no frontmatter\n' });
    expect(() => pendingBumps(none, 'diplomatic-visits')).toThrow(/\.changeset\/y\.md: no frontmatter/);
  });

  it('bumps x.y.z', () => {
    expect(bumpVersion('0.0.0', 'minor')).toBe('0.1.0');
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(() => bumpVersion('1.2.3-beta.1', 'patch')).toThrow(/expected x\.y\.z/);
  });

  it('puts the data section right under the new entry heading, and nowhere else', () => {
    const log = '# diplomatic-visits\n\n## 1.1.0\n\n### Minor Changes\n\n- abc: x\n\n## 1.0.0\n\n### Data\n\nold\n';
    expect(insertIntoChangelog(log, '1.1.0', '### Data\n\nData: visits 1 added.\n')).toBe(
      '# diplomatic-visits\n\n## 1.1.0\n\n### Data\n\nData: visits 1 added.\n\n### Minor Changes\n\n- abc: x\n\n## 1.0.0\n\n### Data\n\nold\n',
    );
    expect(() => insertIntoChangelog(log, '1.2.0', 'x')).toThrow(/no "## 1\.2\.0" entry/);
  });
});
