// The `diplomatic-visits` command (dist/cli.js).
import { run } from './run.js';

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
  EACCES: 'permission denied',
  EBADF: 'the output is closed',
};

// `diplomatic-visits visits | head` closes stdout early: that is not a failure.
// Any other write error (`> /dev/full`: ENOSPC) is one: said in one line, exit 1, no stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  try {
    process.stderr.write(`diplomatic-visits: cannot write the output: ${WRITE_ERRORS[error.code ?? ''] ?? error.message}${error.code ? ` (${error.code})` : ''}\n`);
  } finally {
    process.exit(1);
  }
});
// A message that cannot be written has nowhere else to go: a failure, without a stack.
process.stderr.on('error', () => process.exit(1));

const code = await run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  terminal: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  input: process.stdin,
  terminalStream: process.stdout.isTTY ? process.stdout : undefined,
});
process.exitCode = code;
