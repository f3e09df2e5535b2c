// An immutable segment of the inverted index over a contiguous range of duty numbers [base, base + count):
// for each term, the duties that contain it and how often, stored one of two ways:
// - common terms (in at least 1/DENSE_SHARE of the range) as a bitset of the range, with the few duties that
//   say the term more than once listed apart (duty, count);
// - other terms as a byte string: per duty, varint(gap * 2 + (count > 1)) then the count when above one.
// Either way a term costs typed-array bytes only: no per-term JS object survives a build.
import { KeyTable } from './key-table.ts';

/** a term present in at least count / DENSE_SHARE duties of a segment is kept as a bitset */
export const DENSE_SHARE = 16;

/** Growable typed arrays for the builder. */
class Bytes {
  data = new Uint8Array(1 << 16);
  length = 0;
  ensure(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let capacity = this.data.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

class Words {
  data = new Uint32Array(1 << 12);
  length = 0;
  ensure(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let capacity = this.data.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const next = new Uint32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** The typed arrays a segment is made of: what is written to and read from the index file. */
export interface SegmentArrays {
  base: number;
  count: number;
  /** term key of each term, in term order */
  keys: Float64Array;
  df: Uint32Array;
  /** dense term: word offset of its bitset in `bits`; sparse term: byte offset of its list in `bytes` */
  start: Uint32Array;
  /** 1 for a bitset term */
  dense: Uint8Array;
  /** dense terms: their duties with a count above one, at exStart[t] .. exStart[t + 1] */
  exStart: Uint32Array;
  exDocs: Uint32Array;
  exCounts: Uint8Array;
  bits: Uint32Array;
  bytes: Uint8Array;
}

/** Appends terms (each with its duties ascending, local numbers) and seals them into a segment. */
export class SegmentBuilder {
  private readonly keys: number[] = [];
  private readonly df: number[] = [];
  private readonly start: number[] = [];
  private readonly dense: number[] = [];
  private readonly exStart: number[] = [0];
  private readonly exDocs = new Words();
  private readonly exCounts = new Bytes();
  private readonly bits = new Words();
  private readonly bytes = new Bytes();
  private readonly words: number;

  constructor(
    private readonly base: number,
    private readonly count: number,
  ) {
    this.words = (count + 31) >>> 5;
  }

  /** one term: `docs[from..to)` ascending local numbers, `counts` their term counts (≥ 1) */
  add(key: number, docs: Uint32Array, counts: Uint8Array, from: number, to: number): void {
    const df = to - from;
    if (df === 0) return;
    this.keys.push(key);
    this.df.push(df);
    if (df * DENSE_SHARE >= this.count) {
      this.dense.push(1);
      const at = this.bits.length;
      this.start.push(at);
      this.bits.ensure(this.words);
      const bits = this.bits.data;
      bits.fill(0, at, at + this.words);
      let many = 0;
      for (let i = from; i < to; i++) {
        const d = docs[i]!;
        bits[at + (d >>> 5)]! |= 1 << (d & 31);
        if (counts[i]! > 1) many++;
      }
      this.bits.length += this.words;
      this.exDocs.ensure(many);
      this.exCounts.ensure(many);
      for (let i = from; i < to; i++) {
        if (counts[i]! <= 1) continue;
        this.exDocs.data[this.exDocs.length++] = docs[i]!;
        this.exCounts.data[this.exCounts.length++] = counts[i]!;
      }
    } else {
      this.dense.push(0);
      this.start.push(this.bytes.length);
      this.bytes.ensure(df * 7);
      const out = this.bytes.data;
      let at = this.bytes.length;
      let previous = -1;
      for (let i = from; i < to; i++) {
        const d = docs[i]!;
        const c = counts[i]!;
        let v = (d - previous) * 2 + (c > 1 ? 1 : 0);
        previous = d;
        while (v >= 128) {
          out[at++] = (v & 127) | 128;
          v = Math.floor(v / 128);
        }
        out[at++] = v;
        if (c > 1) out[at++] = c;
      }
      this.bytes.length = at;
    }
    this.exStart.push(this.exDocs.length);
  }

  build(): Segment {
    return new Segment({
      base: this.base,
      count: this.count,
      keys: Float64Array.from(this.keys),
      df: Uint32Array.from(this.df),
      start: Uint32Array.from(this.start),
      dense: Uint8Array.from(this.dense),
      exStart: Uint32Array.from(this.exStart),
      exDocs: this.exDocs.done(),
      exCounts: this.exCounts.done(),
      bits: this.bits.done(),
      bytes: this.bytes.done(),
    });
  }
}

/** A term's duties in a segment as the query reads them: a bitset, and the counts above one. */
export interface TermView {
  df: number;
  /** words of the bitset (local numbers) */
  bits: Uint32Array;
  /** local duties whose count is not 1 (dense) or every duty with its count (sparse), ascending */
  docs: Uint32Array;
  counts: Uint8Array;
}

export class Segment {
  readonly arrays: SegmentArrays;
  private readonly table: KeyTable;

  constructor(arrays: SegmentArrays) {
    this.arrays = arrays;
    this.table = new KeyTable(arrays.keys.length);
    for (let t = 0; t < arrays.keys.length; t++) this.table.intern(arrays.keys[t]!);
  }

  get base(): number {
    return this.arrays.base;
  }

  get count(): number {
    return this.arrays.count;
  }

  get words(): number {
    return (this.arrays.count + 31) >>> 5;
  }

  get termCount(): number {
    return this.arrays.keys.length;
  }

  /** the term number of a key, or -1 */
  term(key: number): number {
    return this.table.get(key);
  }

  df(term: number): number {
    return this.arrays.df[term]!;
  }

  isDense(term: number): boolean {
    return this.arrays.dense[term] === 1;
  }

  /**
   * Decodes a term's duties (local numbers, ascending) and counts into the given arrays (at least df long);
   * returns df.
   */
  decode(term: number, docs: Uint32Array, counts: Uint8Array): number {
    const a = this.arrays;
    const df = a.df[term]!;
    if (a.dense[term]) {
      const from = a.start[term]!;
      const exFrom = a.exStart[term]!;
      const exTo = a.exStart[term + 1]!;
      let e = exFrom;
      let n = 0;
      for (let w = 0; w < this.words; w++) {
        let x = a.bits[from + w]!;
        while (x !== 0) {
          const low = x & -x;
          const d = (w << 5) + 31 - Math.clz32(low);
          x ^= low;
          docs[n] = d;
          if (e < exTo && a.exDocs[e] === d) counts[n] = a.exCounts[e++]!;
          else counts[n] = 1;
          n++;
        }
      }
      return n;
    }
    const bytes = a.bytes;
    let at = a.start[term]!;
    let previous = -1;
    for (let n = 0; n < df; n++) {
      let v = 0;
      let scale = 1;
      for (;;) {
        const b = bytes[at++]!;
        v += (b & 127) * scale;
        if (b < 128) break;
        scale *= 128;
      }
      const gap = Math.floor(v / 2);
      previous += gap;
      docs[n] = previous;
      counts[n] = v & 1 ? bytes[at++]! : 1;
    }
    return df;
  }

  /**
   * A term as a bitset over the segment: dense terms by view, sparse ones decoded into `scratch` (which
   * must hold `words` words and df duties).
   */
  view(term: number, scratch: { bits: Uint32Array; docs: Uint32Array; counts: Uint8Array }): TermView {
    const a = this.arrays;
    const df = a.df[term]!;
    if (a.dense[term]) {
      const from = a.start[term]!;
      return {
        df,
        bits: a.bits.subarray(from, from + this.words),
        docs: a.exDocs.subarray(a.exStart[term]!, a.exStart[term + 1]!),
        counts: a.exCounts.subarray(a.exStart[term]!, a.exStart[term + 1]!),
      };
    }
    const n = this.decode(term, scratch.docs, scratch.counts);
    const bits = scratch.bits;
    bits.fill(0);
    for (let i = 0; i < n; i++) {
      const d = scratch.docs[i]!;
      bits[d >>> 5]! |= 1 << (d & 31);
    }
    return { df, bits, docs: scratch.docs.subarray(0, n), counts: scratch.counts.subarray(0, n) };
  }

  get postingCount(): number {
    let total = 0;
    for (const df of this.arrays.df) total += df;
    return total;
  }

  get bytes(): number {
    const a = this.arrays;
    return (
      this.table.bytes +
      [a.keys, a.df, a.start, a.dense, a.exStart, a.exDocs, a.exCounts, a.bits, a.bytes].reduce((sum, x) => sum + x.byteLength, 0)
    );
  }
}
