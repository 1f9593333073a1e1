// The `diplomatic-visits` command (dist/cli.cjs, the bin; dist/cli.js loads it).
// Built as CommonJS: an ES module entry costs Node about 4 ms more to start,
// and this runs once per question. Nothing here touches a standard stream a
// command may not need: process.stdin (and stderr, on a terminal or a pipe)
// loads stream, tty or net modules when first read.
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
let stderrReady = false;
function writeErr(text: string): void {
  if (!stderrReady) {
    stderrReady = true;
    // A message that cannot be written has nowhere else to go: a failure, without a stack.
    process.stderr.on('error', () => process.exit(1));
  }
  process.stderr.write(text);
}

void run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: writeErr,
  // Read only by the commands that use standard input (repl).
  get interactive() {
    return Boolean(process.stdin.isTTY && process.stdout.isTTY);
  },
  terminal: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  get input() {
    return process.stdin;
  },
  terminalStream: process.stdout.isTTY ? process.stdout : undefined,
}).then((code) => {
  process.exitCode = code;
});
