/**
 * An open-addressing table from 53-bit hashes to a line number (and one more
 * number), held in typed arrays: 100,000 examples cost about 4 MB and make no
 * objects for the garbage collector, where a Map would box every key.
 */
export class HashIndex {
  private keys: Float64Array;
  private lines: Uint32Array;
  private extras: Float64Array;
  private used = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.lines = new Uint32Array(capacity);
    this.extras = new Float64Array(capacity);
  }

  get size(): number {
    return this.used;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // The low 32 bits of a cyrb53 hash are already well mixed.
    let i = key % 4294967296 & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The line first stored under `key`, or undefined. */
  line(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === -1 ? undefined : this.lines[i];
  }

  extra(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === -1 ? undefined : this.extras[i];
  }

  /** Stores `key` once; a key already there keeps its first line. */
  add(key: number, line: number, extra = 0): void {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== -1) return;
    this.keys[i] = key;
    this.lines[i] = line;
    this.extras[i] = extra;
    this.used += 1;
  }

  private grow(): void {
    const {keys, lines, extras} = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.lines = new Uint32Array(keys.length * 2);
    this.extras = new Float64Array(keys.length * 2);
    this.used = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.add(keys[i], lines[i], extras[i]);
  }
}
