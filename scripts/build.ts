// npm run build: every build step in turn, with one progress line each on
// stderr ("building dataset… 7,535 official records, …, 0.9 s"), so that
// `npm start`, which discards the build's stdout, is not a minute of silence.
// A step's own output follows its line (stdout to stdout); a failing step
// stops the build, shows its output and passes on its exit code.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildStep {
  label: string;
  /** Arguments of a `node` child process run in the repository. */
  node: string[];
  /** What the step made, shown after its label ("7,535 official records"). */
  summary?: () => string;
}

export interface BuildIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `node <args>`, collecting its output. */
function runNode(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => resolve({ code: 1, stdout: '', stderr: `${e.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

/** Runs the steps in order; returns 0, or the exit code of the first step that fails. */
export async function runBuild(steps: readonly BuildStep[], io: BuildIo): Promise<number> {
  const started = performance.now();
  for (const step of steps) {
    io.stderr(`${step.label}… `);
    const t0 = performance.now();
    const result = await runNode(step.node, io.cwd);
    const took = seconds(performance.now() - t0);
    if (result.code !== 0) {
      io.stderr(`failed after ${took}\n`);
      io.stdout(result.stdout);
      io.stderr(result.stderr);
      io.stderr(`build: ${step.label} failed (exit code ${result.code})\n`);
      return result.code;
    }
    let summary = '';
    try {
      summary = step.summary ? `${step.summary()}, ` : '';
    } catch {
      // a summary is a courtesy: the step succeeded, so the build goes on
    }
    io.stderr(`${summary}${took}\n`);
    io.stdout(result.stdout);
    io.stderr(result.stderr);
  }
  io.stderr(`built in ${seconds(performance.now() - started)}\n`);
  return 0;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The steps of `npm run build`, each runnable on its own too (npm run build:data, …). */
export function buildSteps(): BuildStep[] {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cli');
  const dist = path.join(root, 'dist');
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    {
      label: 'building dataset',
      node: [tsx, 'scripts/build-dataset.ts'],
      summary: () => {
        const { meta } = JSON.parse(readFileSync(path.join(dist, 'dataset.json'), 'utf8')) as {
          meta: { counts: { visits: number; trips: number }; official: { records: { travel: number; visit: number } } };
        };
        return `${n(meta.official.records.travel + meta.official.records.visit)} official records, ${n(meta.counts.visits)} visits, ${n(meta.counts.trips)} trips`;
      },
    },
    {
      label: 'writing JSON Schema and CSV',
      node: [tsx, 'scripts/build-exports.ts'],
      summary: () => `${readdirSync(path.join(dist, 'csv')).length} files in dist/csv`,
    },
    {
      label: 'bundling (ESM, CommonJS, browser, CLI, type declarations)',
      node: [require.resolve('tsup/dist/cli-default.js'), '--silent'],
    },
  ];
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  process.exitCode = await runBuild(buildSteps(), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: root,
  });
}
