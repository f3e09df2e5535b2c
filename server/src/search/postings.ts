// An immutable segment of the inverted index: for each term, the duties that contain it (ascending
// numbers) and how often. Built in two passes over the texts so that no per-term array is ever grown.
import { KeyTable } from './key-table.ts';

/** The term keys of one duty's text, each once, with its count (capped at 255). */
export interface DocTerms {
  doc: number;
  keys: number[];
  counts: number[];
}

export interface Postings {
  docs: Uint32Array;
  counts: Uint8Array;
  start: number;
  end: number;
}

export class Segment {
  private constructor(
    private readonly table: KeyTable,
    /** start of each term's postings; term t spans offsets[t] .. offsets[t + 1] */
    private readonly offsets: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly counts: Uint8Array,
  ) {}

  /**
   * `each` is called twice and must yield the same duties in ascending order both times: first to count,
   * then to fill. Texts are read twice rather than kept: the index holds no text.
   */
  static build(each: (visit: (d: DocTerms) => void) => void, expectedTerms = 1024): Segment {
    const table = new KeyTable(expectedTerms);
    let df = new Uint32Array(1024);
    let total = 0;
    each(({ keys }) => {
      for (const key of keys) {
        const t = table.intern(key);
        if (t >= df.length) {
          const grown = new Uint32Array(df.length * 2);
          grown.set(df);
          df = grown;
        }
        df[t]!++;
        total++;
      }
    });
    const offsets = new Uint32Array(table.size + 1);
    for (let t = 0; t < table.size; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const cursor = offsets.slice(0, table.size);
    const docs = new Uint32Array(total);
    const counts = new Uint8Array(total);
    each(({ doc, keys, counts: tf }) => {
      for (let i = 0; i < keys.length; i++) {
        const t = table.get(keys[i]!);
        const at = cursor[t]!++;
        docs[at] = doc;
        counts[at] = tf[i]!;
      }
    });
    return new Segment(table, offsets, docs, counts);
  }

  postings(key: number): Postings | null {
    const t = this.table.get(key);
    if (t < 0) return null;
    return { docs: this.docs, counts: this.counts, start: this.offsets[t]!, end: this.offsets[t + 1]! };
  }

  get postingCount(): number {
    return this.docs.length;
  }

  get bytes(): number {
    return this.table.bytes + this.offsets.byteLength + this.docs.byteLength + this.counts.byteLength;
  }
}
