// Numeric keys of syllables and syllable pairs: a syllable gets a small id, a pair packs two ids into one
// double, so the dictionary holds numbers and never builds a string per pair.

/** Pair keys use 20 bits per syllable: a national corpus has well under a million distinct syllables. */
const PAIR_BITS = 2 ** 20;
const PAIR_BASE = 2 ** 41;
const RARE = PAIR_BITS - 1;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  get size(): number {
    return this.ids.size;
  }

  /** the id of a syllable, assigned on first sight */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  /** every syllable, in id order: interning them in this order again gives the same ids */
  terms(): readonly string[] {
    return this.list;
  }

  /** the id of a syllable, or -1 when no text has it */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }
}

export function unigramKey(id: number): number {
  return id;
}

/** Two syllables in a row; ids beyond the pair range share one slot (only pairs of very rare syllables collide). */
export function bigramKey(a: number, b: number): number {
  return PAIR_BASE + Math.min(a, RARE) * PAIR_BITS + Math.min(b, RARE);
}

export function isBigramKey(key: number): boolean {
  return key >= PAIR_BASE;
}
