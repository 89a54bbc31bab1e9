// A growable open-addressing table from 32-bit keys to numbers. Training counts millions of
// distinct features; typed arrays hold them in a fraction of a Map's memory and without its
// 2^24-entry limit.
export class HashCounter {
  private keys: Uint32Array;
  private values: Float64Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.values = new Float64Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
  }

  private slotOf(key: number): number {
    let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
    h = (h ^ (h >>> 16)) >>> 0;
    let slot = h & this.mask;
    while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  add(key: number, amount: number): void {
    const slot = this.slotOf(key);
    if (this.used[slot]) {
      this.values[slot] = (this.values[slot] as number) + amount;
      return;
    }
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.values[slot] = amount;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  get(key: number): number {
    const slot = this.slotOf(key);
    return this.used[slot] ? (this.values[slot] as number) : 0;
  }

  has(key: number): boolean {
    return this.used[this.slotOf(key)] === 1;
  }

  /** Calls `fn` for every entry, in slot order (deterministic for the same insertions). */
  forEach(fn: (key: number, value: number) => void): void {
    for (let s = 0; s < this.keys.length; s++) if (this.used[s]) fn(this.keys[s] as number, this.values[s] as number);
  }

  private grow(): void {
    const { keys, values, used } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Float64Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      if (!used[s]) continue;
      const slot = this.slotOf(keys[s] as number);
      this.used[slot] = 1;
      this.keys[slot] = keys[s] as number;
      this.values[slot] = values[s] as number;
    }
  }
}
