// The `diplomatic-visits` command (dist/cli.js).
import { run } from './run.js';

// `diplomatic-visits visits | head` closes stdout early: that is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
});
process.exitCode = code;
