// Text that reaches a terminal: input echoed in messages and data printed by
// the CLI. Neither may drive the terminal (clear the screen, retitle the
// window, move the cursor to overwrite what was printed) nor flood it.

// C0 controls but tab and line feed, DEL, C1 controls (U+0080–U+009F: 0x9B is
// a one-character CSI on some terminals), the bidirectional overrides and
// isolates that reorder what is shown, and the line/paragraph separators.
// A carriage return stays only as the first half of CRLF (CSV line ends).
const CONTROL = /\r(?!\n)|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Shows each control character as a visible escape (`\x1b`, `\u202e`) instead of sending it to the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** How much of an input a message echoes. */
export const ECHO_MAX = 80;

/** At most `max` characters of `text` (code points, so no surrogate pair is split), the cut marked with an ellipsis. */
export function clip(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
  if (chars.length <= max && text.length <= max * 2) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}
