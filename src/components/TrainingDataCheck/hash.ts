/**
 * cyrb53 (public domain, bryc): a fast 53-bit string hash. Duplicate detection
 * keeps these numbers instead of the texts, so 100,000 examples cost a few MB;
 * at 53 bits a false match among 100,000 texts has odds of about one in 10^6.
 */
export class Hash53 {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  code(ch: number): void {
    this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
    this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
  }

  digest(): number {
    let {h1, h2} = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

export function hash53(text: string, seed = 0): number {
  const hash = new Hash53(seed);
  for (let i = 0; i < text.length; i++) hash.code(text.charCodeAt(i));
  return hash.digest();
}

/** The characters JavaScript's \s matches. */
function isSpace(ch: number): boolean {
  return (
    ch === 32 ||
    (ch >= 9 && ch <= 13) ||
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/**
 * Hashes text as normalise() in checkLine.ts would leave it (lower case, each
 * run of whitespace one space, none at the ends) without building the
 * normalised string: checking a 50 MB file would otherwise make several
 * throwaway copies of every line.
 */
export class NormalisedHash {
  private readonly hash: Hash53;
  private started = false;
  private pendingSpace = false;

  constructor(seed = 0) {
    this.hash = new Hash53(seed);
  }

  add(text: string): this {
    const lower = text.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      const ch = lower.charCodeAt(i);
      if (isSpace(ch)) {
        if (this.started) this.pendingSpace = true;
        continue;
      }
      if (this.pendingSpace) {
        this.hash.code(32);
        this.pendingSpace = false;
      }
      this.hash.code(ch);
      this.started = true;
    }
    return this;
  }

  digest(): number {
    return this.hash.digest();
  }
}
