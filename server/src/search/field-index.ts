// A small inverted index over short repeated strings (agency names, article headings), scored with BM25:
// the boosts a duty gets when its agency or its article heading names the task.
import { termsOf } from './fold-terms.ts';
import { bigramKey, unigramKey } from './term-keys.ts';
import type { Vocabulary } from './term-keys.ts';
import { bm25 } from './bm25.ts';

export class FieldIndex {
  private readonly items = new Map<string, number>();
  private readonly list: string[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<number, number[]>();
  private totalLength = 0;

  constructor(private readonly vocabulary: Vocabulary) {}

  /** the number of a text, indexing it the first time */
  add(text: string): number {
    let item = this.items.get(text);
    if (item !== undefined) return item;
    item = this.lengths.length;
    this.items.set(text, item);
    this.list.push(text);
    const ids = termsOf(text).map((t) => this.vocabulary.intern(t));
    this.lengths.push(ids.length);
    this.totalLength += ids.length;
    const keys = new Set<number>(ids.map(unigramKey));
    for (let i = 1; i < ids.length; i++) keys.add(bigramKey(ids[i - 1]!, ids[i]!));
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(item);
      else this.postings.set(key, [item]);
    }
    return item;
  }

  /** the texts, in item order: adding them in this order again gives the same numbers */
  texts(): readonly string[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** BM25 of each item for the given keys (each weighted), term frequency taken as one */
  score(keys: ReadonlyArray<{ key: number; weight: number }>): Map<number, number> {
    const scores = new Map<number, number>();
    const n = this.lengths.length;
    if (n === 0) return scores;
    const average = this.totalLength / n;
    for (const { key, weight } of keys) {
      const items = this.postings.get(key);
      if (!items) continue;
      for (const item of items) {
        const s = weight * bm25(1, this.lengths[item]!, average, items.length, n);
        scores.set(item, (scores.get(item) ?? 0) + s);
      }
    }
    return scores;
  }
}
