// Turns the bytes or text of a dataset file into JSON text, and names the
// encoding when it is not UTF-8, rather than let JSON.parse say "Unexpected token".

/** Why the bytes are not UTF-8 JSON text, or undefined when they are. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'it is UTF-32 (little-endian byte order mark)' : 'it is UTF-16 (little-endian byte order mark)';
  if (a === 0xfe && b === 0xff) return 'it is UTF-16 (big-endian byte order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'it is UTF-32 (big-endian byte order mark)';
  // JSON text starts with an ASCII character: a NUL byte beside it means two or four bytes per character.
  if (bytes.length >= 2 && (a === 0) !== (b === 0)) return `it looks like UTF-16 or UTF-32 (a NUL byte at offset ${a === 0 ? 0 : 1})`;
  if (a === 0) return 'it starts with NUL bytes, which JSON text never holds (a binary file?)';
  return undefined;
}

/** The UTF-8 text of `bytes` (a UTF-8 byte order mark dropped), or a message saying where it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  const encoding = encodingProblem(bytes);
  if (encoding) {
    const utf = /UTF-(16|32)/.exec(encoding);
    return { problem: utf ? `dataset is not UTF-8 text: ${encoding}; expected UTF-8 JSON (convert it, e.g. iconv -f UTF-${utf[1]} -t UTF-8)` : `dataset is not JSON text: ${encoding}` };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const at = firstInvalidUtf8(body) + start;
    return { problem: `dataset is not valid UTF-8: byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at} (line ${lineOf(bytes, at)}) cannot start or continue a UTF-8 character; expected UTF-8 JSON` };
  }
}

/** 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or -1. Only run once the native decoder has failed. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= b.length) return i; // not a lead byte, or cut short at the end
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i + k;
    const c1 = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/** Text already decoded: a byte order mark dropped; a sign of UTF-16 read as UTF-8 named. */
export function textProblem(text: string): string | undefined {
  if (text.startsWith('\ufffd\ufffd')) return 'dataset is not UTF-8 text: it starts with two replacement characters (U+FFFD), the sign of a UTF-16 byte order mark read as UTF-8; expected UTF-8 JSON';
  if (text.length >= 2 && (text[0] === '\u0000') !== (text[1] === '\u0000')) return 'dataset is not UTF-8 text: it has NUL characters between the first characters, the sign of UTF-16 or UTF-32 read as UTF-8; expected UTF-8 JSON';
  if (text.charCodeAt(0) === 0) return 'dataset is not JSON text: it starts with a NUL character, which JSON text never holds (a binary file?)';
  return undefined;
}
