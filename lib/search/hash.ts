/**
 * A 53-bit non-cryptographic hash (cyrb53), for the archive's version stamp. Hand-written
 * because it must be synchronous in every context (Web Crypto is async, node:crypto is
 * Node-only) and a version id needs no cryptographic strength.
 */
export function hash53(text: string, seed = 0): string {
  const hash = new Hash53(seed);
  hash.update(text);
  return hash.digest();
}

/**
 * The same hash fed piece by piece (`hash53(a + b)` is `update(a)`, `update(b)`): the compact
 * index's checksum of tens of megabytes is taken in time slices (lib/search/compact-index-write.ts).
 */
export class Hash53 {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  /** Hashes `text` from `start` up to `end`. */
  update(text: string, start = 0, end = text.length): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}
