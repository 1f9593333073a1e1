// The platform's SHA-256 instead of a hand-written one. node:crypto where the
// runtime offers it synchronously: Node (from 20.16 and 22.3), Deno and Bun
// expose it through process.getBuiltinModule, which no bundler resolves, so a
// browser bundle never meets an import of node:crypto. Elsewhere (a browser, a
// worker) only Web Crypto's crypto.subtle.digest exists, and it is async.
import { DiplomaticVisitsError } from '../errors.js';

interface NodeHash { update(data: string, encoding: 'utf8'): NodeHash; digest(encoding: 'hex'): string }
interface NodeCrypto { createHash(algorithm: 'sha256'): NodeHash }

/** node:crypto, when the runtime hands it out synchronously. Looked up per call (a cached lookup in Node), so a test can take it away. */
function nodeCrypto(): NodeCrypto | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:crypto') as NodeCrypto | undefined) : undefined;
}

/** Whether {@link sha256HexSync} can hash here. */
export function hasSyncSha256(): boolean {
  return nodeCrypto() !== undefined;
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex; undefined where the runtime has no synchronous hash (a browser). */
export function sha256HexSync(text: string): string | undefined {
  return nodeCrypto()?.createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * {@link sha256HexSync} of the text `produce` writes in parts (each a whole
 * string: none may end inside a surrogate pair), each hashed as it comes, so
 * the whole text is never held nor joined.
 */
export function sha256HexOfPartsSync(produce: (write: (part: string) => void) => void): string | undefined {
  const crypto = nodeCrypto();
  if (!crypto) return undefined;
  const hash = crypto.createHash('sha256');
  produce((part) => {
    hash.update(part, 'utf8');
  });
  return hash.digest('hex');
}

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex, in any runtime:
 * node:crypto where there is one, else Web Crypto (which a browser offers in
 * secure contexts only: https or localhost). Rejects with a
 * DiplomaticVisitsError (ERR_DV_NO_SYNC_HASH) when there is neither.
 */
export async function sha256HexAsync(text: string): Promise<string> {
  const sync = sha256HexSync(text);
  if (sync !== undefined) return sync;
  const subtle = (globalThis as { crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (!subtle) throw new DiplomaticVisitsError('this runtime has neither node:crypto nor Web Crypto (crypto.subtle, which browsers offer only on https or localhost) to compute a SHA-256 with', 'ERR_DV_NO_SYNC_HASH');
  const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return hex;
}
