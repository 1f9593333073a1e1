// npm run build (scripts/build.ts) prints a progress line per step on stderr,
// so npm start, which discards the build's stdout, is never long silence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSteps, runBuild, type BuildStep } from '../scripts/build.js';

const root = path.resolve(import.meta.dirname, '..');

async function run(steps: BuildStep[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBuild(steps, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: root });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('build progress', () => {
  it('prints one line per step, with what it made and how long it took, then the total', async () => {
    const r = await run([
      { label: 'first step', node: ['-e', 'console.log("details of the first step")'], summary: () => '3 things' },
      { label: 'second step', node: ['-e', 'console.error("a warning")'] },
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^first step… 3 things, \d+\.\d s\nsecond step… \d+\.\d s\na warning\nbuilt in \d+\.\d s\n$/);
    expect(r.stdout).toBe('details of the first step\n');
  });

  it('stops at a failing step, with its output and its exit code', async () => {
    const r = await run([
      { label: 'building dataset', node: ['-e', 'console.log("partial"); console.error("data/curated/trips.json: bad date"); process.exit(3)'] },
      { label: 'never run', node: ['-e', 'console.log("ran")'] },
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^building dataset… failed after \d+\.\d s\ndata\/curated\/trips\.json: bad date\nbuild: building dataset failed \(exit code 3\)\n$/);
    expect(r.stdout).toBe('partial\n');
  });

  it('is what npm run build runs, with the build steps, and npm start shows its stderr', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.build).toBe('tsx scripts/build.ts');
    // npm start discards the build's stdout only: the progress lines stay on the terminal.
    expect(scripts.start).toMatch(/^npm run -s build >\/dev\/null && node dist\/cli\.js trip /);
    expect(buildSteps().map((s) => s.label)).toEqual(['building dataset', 'writing JSON Schema and CSV', 'bundling (ESM, CommonJS, browser, CLI, type declarations)']);
  });
});
