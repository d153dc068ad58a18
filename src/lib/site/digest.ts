/** One SHA-256 over several parts, each ended by a NUL so ("ab", "c") and ("a", "bc") differ: page keys and kept build files are named by it. */
import { createHash } from 'node:crypto';

export function digestOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
}
