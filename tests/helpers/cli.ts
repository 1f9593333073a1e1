// Runs the CLI in this process through `run(argv, io)`, the seam dist/cli.js
// uses, so a test costs no node start-up (about 0.3 s a spawn on 2 cores).
// The end-to-end spawns that test the bin itself (exit codes, pipes, the
// bundle's imports) stay in the test files that need them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { run, type Io } from '../../src/cli/run.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const cliFile = path.join(root, 'dist', 'cli.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** `diplomatic-visits ...args` in this process: stdout a pipe (not a terminal), as when spawned. */
export async function runCli(args: string[], io: Partial<Io> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { interactive: false, ...io, out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

/** `node dist/cli.js ...args` in a child process, for what only the bin can show. */
export function spawnCli(args: string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [cliFile, ...args], { encoding: 'utf8', input: options.input, cwd: options.cwd, timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
