// An open-addressing hash table from numeric term keys to dense term numbers, in typed arrays: a few
// bytes per term where a Map would spend tens.

function mix(key: number): number {
  // fold the double's two halves and scramble them (keys are < 2^53, exact in a double)
  const hi = Math.floor(key / 4294967296);
  const lo = key >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class KeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** the number of a key, or -1 */
  get(key: number): number {
    let slot = mix(key) & this.mask;
    for (;;) {
      const v = this.values[slot]!;
      if (v === -1) return -1;
      if (this.keys[slot] === key) return v;
      slot = (slot + 1) & this.mask;
    }
  }

  /** the number of a key, giving it the next number when new */
  intern(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = mix(key) & this.mask;
    for (;;) {
      const v = this.values[slot]!;
      if (v === -1) {
        this.keys[slot] = key;
        this.values[slot] = this.size;
        return this.size++;
      }
      if (this.keys[slot] === key) return v;
      slot = (slot + 1) & this.mask;
    }
  }

  /** each key with its number */
  forEach(visit: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.values[i] !== -1) visit(this.keys[i]!, this.values[i]!);
  }

  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const v = values[i]!;
      if (v === -1) continue;
      let slot = mix(keys[i]!) & this.mask;
      while (this.values[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i]!;
      this.values[slot] = v;
    }
  }
}
