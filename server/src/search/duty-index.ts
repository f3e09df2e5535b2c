// The in-memory index of duties: postings of syllables and syllable pairs (bitsets for common terms,
// varint byte strings for the rest), BM25 over the duty text with boosts from the agency name and the
// article heading, and the facts filters need (agency, level, place) in parallel typed arrays. It holds no
// text; ids only, packed.
//
// A query is answered tier by tier. The duties that say a whole variant (tier 2) or all its words (tier 1)
// are found with word-wide AND/OR over the terms' bitsets, so a common syllable costs 1/32 of a step per
// duty, not a posting each; only those duties are scored. Duties with only some of the words (tier 0) are
// read only when fewer than the agencies asked for have a better match, and then rarest terms first with
// a MaxScore bound: once the agencies found can no longer be overtaken, the rest is not scored.
import { LEVELS } from '@cancu/graph-schema/model';
import { B, K1, idf } from './bm25.ts';
import type { AnalyzedQuery } from './analyze-query.ts';
import { FieldIndex } from './field-index.ts';
import { termsOf } from './fold-terms.ts';
import { Segment, SegmentBuilder } from './postings.ts';
import type { SegmentArrays, TermView } from './postings.ts';
import { KeyTable } from './key-table.ts';
import { Vocabulary, bigramKey, unigramKey } from './term-keys.ts';

export interface DutyRecord {
  id: string;
  documentId: string;
  text: string;
  agencyId: string;
  agencyName: string;
  agencyLevel: string;
  /** the heading of the article it is stated in */
  heading: string | null;
  /** the locality of its agency, else of its document; null for central or unplaced */
  placeId: string | null;
  /** the article it is stated in, when read from the store (kept so that results need not walk STATED_IN) */
  articleId?: string | null;
}

export interface DutyFilter {
  /** localities whose duties apply; null: everywhere */
  placeIds: ReadonlySet<string> | null;
  level: string | null;
}

/** How fully a duty says the task: the whole phrase, every word somewhere, or only some words. */
export type MatchTier = 0 | 1 | 2;

export interface AgencyHits {
  agencyId: string;
  tier: MatchTier;
  relevance: number;
  hits: DutyHit[];
}

export interface DutyHit {
  dutyId: string;
  agencyId: string;
  /** the document that states it */
  documentId: string;
  /** the article it is stated in, when the index was given it */
  articleId: string | null;
  tier: MatchTier;
  /** BM25 with field boosts */
  relevance: number;
}

/** A pair of syllables says more than the two apart: the phrase boost. */
export const BIGRAM_WEIGHT = 1.5;
export const HEADING_WEIGHT = 0.3;
export const AGENCY_NAME_WEIGHT = 0.3;
/** further duties of an agency add this share of their relevance: many relevant duties beat one */
export const FURTHER_DUTY_SHARE = 0.2;
export const FURTHER_DUTIES_COUNTED = 4;
/** a duty must contain at least this share of the task's words to be listed at all */
export const MIN_COVERAGE = 0.5;
/** segments beyond this many are merged after an update */
export const MAX_SEGMENTS = 8;
/**
 * The work cap of a tier whose duties are very many (a task of common words): once this many of its
 * duties have been scored, shortest first (BM25 favours them), and enough agencies found, the longer ones
 * are left unread. The chosen agencies are then scored again from all their duties.
 */
export const STRONG_BUDGET = 25_000;

const TOP = 1 + FURTHER_DUTIES_COUNTED;
const LEVEL_CODE = new Map<string, number>(LEVELS.map((l, i) => [l, i]));
const CENTRAL = LEVEL_CODE.get('CENTRAL')!;
const UNKNOWN = LEVEL_CODE.get('UNKNOWN')!;

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float32Array | Uint32Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  let capacity = Math.max(1024, array.length);
  while (capacity < size) capacity *= 2;
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}

/** Numbers given to repeated strings (agency ids, place ids, document ids), both ways. */
class Names {
  readonly list: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.list.length;
      this.numbers.set(name, n);
      this.list.push(name);
    }
    return n;
  }

  find(name: string): number | undefined {
    return this.numbers.get(name);
  }
}

/** Many short strings (duty ids) in one byte array: no JS string per duty until one is asked for. */
export class PackedStrings {
  bytes: Uint8Array = new Uint8Array(1 << 16);
  offsets: Uint32Array = new Uint32Array(1024);
  length = 0;
  private static readonly encoder = new TextEncoder();
  private static readonly decoder = new TextDecoder();

  static from(bytes: Uint8Array, offsets: Uint32Array, length: number): PackedStrings {
    const packed = new PackedStrings();
    packed.bytes = bytes;
    packed.offsets = offsets;
    packed.length = length;
    return packed;
  }

  set(i: number, value: string): void {
    // duties are numbered in order, so a set is an append
    if (i !== this.length) throw new Error(`PackedStrings: ${i} set out of order`);
    const end = this.offsets[i]!;
    if (end + value.length * 3 > this.bytes.length) {
      let capacity = this.bytes.length * 2;
      while (capacity < end + value.length * 3) capacity *= 2;
      const next = new Uint8Array(capacity);
      next.set(this.bytes.subarray(0, end));
      this.bytes = next;
    }
    const { written } = PackedStrings.encoder.encodeInto(value, this.bytes.subarray(end));
    this.offsets = grow(this.offsets, i + 2);
    this.offsets[i + 1] = end + written;
    this.length = i + 1;
  }

  get(i: number): string {
    const from = this.offsets[i]!;
    const to = this.offsets[i + 1]!;
    let ascii = true;
    for (let k = from; k < to; k++) if (this.bytes[k]! >= 128) ascii = false;
    if (ascii && to - from < 64) return String.fromCharCode(...this.bytes.subarray(from, to));
    return PackedStrings.decoder.decode(this.bytes.subarray(from, to));
  }

  /** compact copies for saving */
  arrays(): { bytes: Uint8Array; offsets: Uint32Array } {
    return { bytes: this.bytes.subarray(0, this.offsets[this.length]!), offsets: this.offsets.subarray(0, this.length + 1) };
  }
}

interface QueryKey {
  key: number;
  weight: number;
  bit: number;
}

interface VariantMasks {
  /** bits of its words */
  words: number;
  wordCount: number;
  /** bits of its consecutive pairs (for a one-word variant, the word) */
  phrase: number;
  /** a word no duty has: the variant can never be complete */
  impossible: boolean;
}

/** What a query needs of one segment: each key as a bitset with its counts, and the tier sets. */
interface SegmentQuery {
  segment: Segment;
  views: (TermView | null)[];
  cursors: Int32Array;
  /** duties saying all words of a variant (tier ≥ 1), and its whole phrase (tier 2) */
  all: Uint32Array;
  phrase: Uint32Array;
  /** duties with any word */
  any: Uint32Array;
}

/** The per-agency state of one search, in typed arrays. */
interface AgencyBoard {
  tier: Int8Array;
  top: Float64Array;
  topCount: Uint8Array;
  touched: number[];
}

/** Everything a DutyIndex is, as arrays and string lists: what the index file holds. */
export interface DutyIndexSnapshot {
  vocabulary: readonly string[];
  agencyIds: readonly string[];
  agencyNames: readonly string[];
  agencyNameOf: Int32Array;
  agencyLevelOf: Uint8Array;
  places: readonly string[];
  headings: readonly string[];
  documents: readonly string[];
  dutyIdBytes: Uint8Array;
  dutyIdOffsets: Uint32Array;
  articleIdBytes: Uint8Array;
  articleIdOffsets: Uint32Array;
  agencyOf: Int32Array;
  placeOf: Int32Array;
  headingOf: Int32Array;
  documentOf: Int32Array;
  lengthOf: Uint16Array;
  dead: Uint8Array;
  segments: SegmentArrays[];
}

export class DutyIndex {
  /** the work cap of a tier (STRONG_BUDGET); Infinity scores every duty of it */
  static strongBudget = STRONG_BUDGET;
  private readonly vocabulary = new Vocabulary();
  private segments: Segment[] = [];
  private dutyIds = new PackedStrings();
  /** per duty, its article id or '' */
  private articleIds = new PackedStrings();
  private readonly agencies = new Names();
  private readonly places = new Names();
  private readonly documents = new Names();
  private readonly agencyNames: FieldIndex;
  private readonly headings: FieldIndex;
  private agencyNameOf: Int32Array = new Int32Array(0);
  private agencyLevelOf: Uint8Array = new Uint8Array(0);
  private agencyOf: Int32Array = new Int32Array(0);
  private placeOf: Int32Array = new Int32Array(0);
  private headingOf: Int32Array = new Int32Array(0);
  private documentOf: Int32Array = new Int32Array(0);
  private lengthOf: Uint16Array = new Uint16Array(0);
  private dead: Uint8Array = new Uint8Array(0);
  private readonly dutiesOfDocument = new Map<number, number[]>();
  private count = 0;
  private totalLength = 0;
  private live = 0;
  private byAgency: { at: number; start: Uint32Array; docs: Uint32Array } | null = null;

  constructor() {
    this.agencyNames = new FieldIndex(this.vocabulary);
    this.headings = new FieldIndex(this.vocabulary);
  }

  get size(): number {
    return this.live;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** documents whose duties the index holds, with how many */
  documentCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [n, duties] of this.dutiesOfDocument) counts.set(this.documents.list[n]!, duties.length);
    return counts;
  }

  /**
   * Replaces every duty of these documents with the given records (which must belong to them): what a
   * re-load of a document means. The new duties form a new segment; the old ones are marked dead.
   */
  replaceDocuments(documentIds: Iterable<string>, records: readonly DutyRecord[]): void {
    run(this.replaceSteps(documentIds, records));
    if (this.segments.length > MAX_SEGMENTS) this.compact();
  }

  /**
   * The same, giving the event loop a turn every few milliseconds of work, so that a server building a
   * large index from its store keeps answering (and a search's bounded wait can expire). No search runs
   * in between: the caller serialises them behind this.
   */
  async replaceDocumentsAsync(documentIds: Iterable<string>, records: readonly DutyRecord[]): Promise<void> {
    await runAsync(this.replaceSteps(documentIds, records));
  }

  private *replaceSteps(documentIds: Iterable<string>, records: readonly DutyRecord[]): Generator<void, void> {
    for (const id of documentIds) this.removeDocument(id);
    for (const r of records) if (this.documents.find(r.documentId) !== undefined) this.removeDocument(r.documentId);
    if (records.length === 0) return;
    const first = this.count;
    this.reserve(first + records.length);
    for (let i = 0; i < records.length; i++) this.describe(first + i, records[i]!);
    this.count = first + records.length;
    this.segments.push(yield* this.buildSegment(first, records));
  }

  private removeDocument(documentId: string): void {
    const n = this.documents.find(documentId);
    if (n === undefined) return;
    for (const doc of this.dutiesOfDocument.get(n) ?? []) {
      if (this.dead[doc]) continue;
      this.dead[doc] = 1;
      this.live--;
      this.totalLength -= this.lengthOf[doc]!;
    }
    this.dutiesOfDocument.delete(n);
  }

  private reserve(size: number): void {
    this.agencyOf = grow(this.agencyOf, size);
    this.placeOf = grow(this.placeOf, size);
    this.headingOf = grow(this.headingOf, size);
    this.documentOf = grow(this.documentOf, size);
    this.lengthOf = grow(this.lengthOf, size);
    this.dead = grow(this.dead, size);
  }

  private describe(doc: number, r: DutyRecord): void {
    this.dutyIds.set(doc, r.id);
    this.articleIds.set(doc, r.articleId ?? '');
    const known = this.agencies.list.length;
    const agency = this.agencies.number(r.agencyId);
    if (agency === known) {
      this.agencyNameOf = grow(this.agencyNameOf, agency + 1);
      this.agencyLevelOf = grow(this.agencyLevelOf, agency + 1);
      this.agencyNameOf[agency] = this.agencyNames.add(r.agencyName);
      this.agencyLevelOf[agency] = LEVEL_CODE.get(r.agencyLevel) ?? UNKNOWN;
    }
    this.agencyOf[doc] = agency;
    this.placeOf[doc] = r.placeId ? this.places.number(r.placeId) : -1;
    this.headingOf[doc] = r.heading ? this.headings.add(r.heading) : -1;
    const document = this.documents.number(r.documentId);
    this.documentOf[doc] = document;
    this.dead[doc] = 0;
    const duties = this.dutiesOfDocument.get(document);
    if (duties) duties.push(doc);
    else this.dutiesOfDocument.set(document, [doc]);
    this.live++;
  }

  /** Reads each text once: its distinct keys with counts, bucketed per term, then sealed into a segment. */
  private *buildSegment(first: number, records: readonly DutyRecord[]): Generator<void, Segment> {
    const table = new KeyTable(1 << 16);
    let termOf = new Int32Array(records.length * 64);
    let countOf = new Uint8Array(records.length * 64);
    const startOf = new Uint32Array(records.length + 1);
    let postings = 0;
    let keyBuffer = new Float64Array(1024);
    for (let i = 0; i < records.length; i++) {
      if ((i & 1023) === 1023) yield;
      const terms = termsOf(records[i]!.text);
      const length = terms.length;
      const doc = first + i;
      this.lengthOf[doc] = Math.min(length, 65535);
      this.totalLength += this.lengthOf[doc]!;
      if (keyBuffer.length < length * 2) keyBuffer = new Float64Array(length * 2);
      let k = 0;
      let previous = -1;
      for (let j = 0; j < length; j++) {
        const id = this.vocabulary.intern(terms[j]!);
        keyBuffer[k++] = unigramKey(id);
        if (j > 0) keyBuffer[k++] = bigramKey(previous, id);
        previous = id;
      }
      const keys = keyBuffer.subarray(0, k).sort();
      if (postings + k > termOf.length) {
        let capacity = termOf.length * 2;
        while (capacity < postings + k) capacity *= 2;
        const t = new Int32Array(capacity);
        t.set(termOf.subarray(0, postings));
        termOf = t;
        const c = new Uint8Array(capacity);
        c.set(countOf.subarray(0, postings));
        countOf = c;
      }
      for (let j = 0; j < k; ) {
        const key = keys[j]!;
        let n = 1;
        while (j + n < k && keys[j + n] === key) n++;
        termOf[postings] = table.intern(key);
        countOf[postings] = Math.min(n, 255);
        postings++;
        j += n;
      }
      startOf[i + 1] = postings;
    }
    // counting sort by term: each term's duties come out ascending
    const terms = table.size;
    const offsets = new Uint32Array(terms + 1);
    for (let p = 0; p < postings; p++) offsets[termOf[p]! + 1]!++;
    for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, terms);
    const docs = new Uint32Array(postings);
    const counts = new Uint8Array(postings);
    for (let i = 0; i < records.length; i++) {
      for (let p = startOf[i]!; p < startOf[i + 1]!; p++) {
        const at = cursor[termOf[p]!]!++;
        docs[at] = i;
        counts[at] = countOf[p]!;
      }
    }
    const keyOf = new Float64Array(terms);
    table.forEach((key, t) => (keyOf[t] = key));
    yield;
    const builder = new SegmentBuilder(first, records.length);
    for (let t = 0; t < terms; t++) {
      if ((t & 4095) === 4095) yield;
      builder.add(keyOf[t]!, docs, counts, offsets[t]!, offsets[t + 1]!);
    }
    return builder.build();
  }

  /** Merges every segment into one, leaving out the postings of dead duties. */
  compact(): void {
    run(this.compactSteps());
  }

  /** `compact`, giving the event loop a turn now and then */
  async compactAsync(): Promise<void> {
    await runAsync(this.compactSteps());
  }

  private *compactSteps(): Generator<void, void> {
    if (this.segments.length === 0 || (this.segments.length === 1 && !this.hasDeadIn(this.segments[0]!))) return;
    const count = this.count;
    const builder = new SegmentBuilder(0, count);
    const seen = new KeyTable(1 << 16);
    const docs = new Uint32Array(count);
    const counts = new Uint8Array(count);
    let scratchDocs = new Uint32Array(1024);
    let scratchCounts = new Uint8Array(1024);
    const { dead } = this;
    for (const s of this.segments) {
      for (let t = 0; t < s.termCount; t++) {
        if ((t & 255) === 255) yield;
        const key = s.arrays.keys[t]!;
        if (seen.get(key) >= 0) continue;
        seen.intern(key);
        let n = 0;
        for (const other of this.segments) {
          const u = other === s ? t : other.term(key);
          if (u < 0) continue;
          const df = other.df(u);
          if (scratchDocs.length < df) {
            scratchDocs = new Uint32Array(df);
            scratchCounts = new Uint8Array(df);
          }
          other.decode(u, scratchDocs, scratchCounts);
          const base = other.base;
          for (let i = 0; i < df; i++) {
            const doc = base + scratchDocs[i]!;
            if (dead[doc]) continue;
            docs[n] = doc;
            counts[n++] = scratchCounts[i]!;
          }
        }
        builder.add(key, docs, counts, 0, n);
      }
    }
    this.segments = [builder.build()];
  }

  private hasDeadIn(s: Segment): boolean {
    for (let d = s.base; d < s.base + s.count; d++) if (this.dead[d]) return true;
    return false;
  }

  /** The keys of a query and, per variant, which bits say it is complete. */
  private keysOf(query: AnalyzedQuery): { keys: QueryKey[]; variants: VariantMasks[] } {
    const keys: QueryKey[] = [];
    const bits = new Map<number, number>();
    const bitOf = (key: number, weight: number): number => {
      let index = bits.get(key);
      if (index === undefined) {
        index = keys.length;
        bits.set(key, index);
        keys.push({ key, weight, bit: index < 31 ? 1 << index : 0 });
      }
      return keys[index]!.bit;
    };
    const variants = query.variants.map((terms) => {
      const ids = terms.map((t) => this.vocabulary.find(t));
      const masks: VariantMasks = { words: 0, wordCount: ids.length, phrase: 0, impossible: ids.some((id) => id < 0) };
      ids.forEach((id, i) => {
        if (id < 0) return;
        const bit = bitOf(unigramKey(id), 1);
        masks.words |= bit;
        if (ids.length === 1) masks.phrase |= bit;
        const previous = ids[i - 1];
        if (i > 0 && previous !== undefined && previous >= 0) masks.phrase |= bitOf(bigramKey(previous, id), BIGRAM_WEIGHT);
      });
      return masks;
    });
    return { keys, variants };
  }

  /**
   * The agencies whose duties match, best first (tier, then relevance: the best duty plus a share of up to
   * four more of the same tier), at most `maxAgencies`, each with its matching duties best first (at most
   * `maxHits` of them).
   */
  search(
    query: AnalyzedQuery,
    filter: DutyFilter = { placeIds: null, level: null },
    maxAgencies = Infinity,
    maxHits = Infinity,
  ): AgencyHits[] {
    if (query.variants.length === 0 || this.live === 0 || maxAgencies <= 0) return [];
    const { keys, variants } = this.keysOf(query);
    const n = this.live;
    const average = this.totalLength / n || 1;
    const norm = K1 * (1 - B);
    const perLength = (K1 * B) / average;
    // per key: its BM25 weight, and the segment views
    const segments = this.segments.map((segment) => this.prepare(segment, keys, variants));
    const weights = new Float64Array(keys.length);
    keys.forEach((k, i) => {
      let df = 0;
      for (const s of segments) df += s.views[i]?.df ?? 0;
      weights[i] = df === 0 ? 0 : k.weight * idf(df, n);
    });
    const keyBits = Int32Array.from(keys, (k) => k.bit);

    // filter and boosts as arrays
    const levelCode = filter.level === null ? -1 : (LEVEL_CODE.get(filter.level) ?? -2);
    let placeAllowed: Uint8Array | null = null;
    if (filter.placeIds) {
      placeAllowed = new Uint8Array(this.places.list.length);
      for (const id of filter.placeIds) {
        const p = this.places.find(id);
        if (p !== undefined) placeAllowed[p] = 1;
      }
    }
    const fieldKeys = keys.map(({ key, weight }) => ({ key, weight }));
    const headingBoost = new Float64Array(this.headings.size);
    for (const [item, s] of this.headings.score(fieldKeys)) headingBoost[item] = HEADING_WEIGHT * s;
    const nameBoost = new Float64Array(this.agencyNames.size);
    let maxNameBoost = 0;
    for (const [item, s] of this.agencyNames.score(fieldKeys)) {
      nameBoost[item] = AGENCY_NAME_WEIGHT * s;
      maxNameBoost = Math.max(maxNameBoost, nameBoost[item]!);
    }
    let maxHeadingBoost = 0;
    for (const b of headingBoost) maxHeadingBoost = Math.max(maxHeadingBoost, b);
    const { agencyOf, placeOf, headingOf, agencyLevelOf, agencyNameOf, lengthOf, dead } = this;
    const allowed = (doc: number): boolean => {
      if (dead[doc]) return false;
      const level = agencyLevelOf[agencyOf[doc]!]!;
      if (levelCode !== -1 && level !== levelCode) return false;
      if (!placeAllowed) return true;
      const place = placeOf[doc]!;
      // an unplaced duty binds everywhere only when its agency is central or a group of every level
      return place < 0 ? level === CENTRAL || level === UNKNOWN : placeAllowed[place] === 1;
    };
    /** the duty's key bits and BM25 with boosts; keys[i] read through sq's cursors (ascending duties) */
    let lastMask = 0;
    const scoreOf = (sq: SegmentQuery, local: number, doc: number): number => {
      let mask = 0;
      let score = 0;
      const word = local >>> 5;
      const bit = 1 << (local & 31);
      const denominatorBase = norm + perLength * lengthOf[doc]!;
      for (let i = 0; i < keys.length; i++) {
        const view = sq.views[i];
        if (!view || (view.bits[word]! & bit) === 0) continue;
        mask |= keyBits[i]!;
        const listed = view.docs;
        const c = seek(listed, sq.cursors[i]!, local);
        sq.cursors[i] = c;
        const tf = c < listed.length && listed[c] === local ? view.counts[c]! : 1;
        score += (weights[i]! * tf * (K1 + 1)) / (tf + denominatorBase);
      }
      lastMask = mask;
      const heading = headingOf[doc]!;
      return score + (heading >= 0 ? headingBoost[heading]! : 0) + nameBoost[agencyNameOf[agencyOf[doc]!]!]!;
    };
    const coverageOf = (mask: number): number => {
      let coverage = 0;
      for (const v of variants) coverage = Math.max(coverage, popcount(mask & v.words) / v.wordCount);
      return coverage;
    };

    const agencyCount = this.agencies.list.length;
    const board: AgencyBoard = {
      tier: new Int8Array(agencyCount).fill(-1),
      top: new Float64Array(agencyCount * TOP),
      topCount: new Uint8Array(agencyCount),
      touched: [],
    };
    const record = (agency: number, tier: number, relevance: number): void => {
      const current = board.tier[agency]!;
      if (current < 0) board.touched.push(agency);
      if (tier > current) {
        board.tier[agency] = tier;
        board.top[agency * TOP] = relevance;
        board.topCount[agency] = 1;
      } else if (tier === current) keepTopAt(board.top, agency * TOP, board.topCount, agency, relevance);
    };
    const bounded = Number.isFinite(maxAgencies);
    let cut = false;
    // the most a key adds to a duty of at least `length` terms
    // the highest count of each key, read only when a bound is needed
    let mostCounts: number[] | null = null;
    const most = (i: number): number => {
      mostCounts ??= keys.map((_, k) => {
        let count = 1;
        for (const sq of segments) for (const c of sq.views[k]?.counts ?? []) if (c > count) count = c;
        return count;
      });
      return mostCounts[i]!;
    };
    const boostBound = maxHeadingBoost + maxNameBoost;
    const restAbove = (length: number): number => {
      let rest = boostBound;
      for (let i = 0; i < keys.length; i++) rest += (weights[i]! * most(i) * (K1 + 1)) / (most(i) + norm + perLength * length);
      return rest;
    };

    // tier 2, then (when too few agencies) tier 1: every duty saying a whole variant, every word of one;
    // shortest duties first (they score highest), stopping once the agencies found cannot be overtaken
    for (const tier of [2, 1]) {
      const wanted = maxAgencies - board.touched.length;
      if (wanted <= 0) break;
      // the tier's duties that pass the filter, in one scan
      let found = new Uint32Array(1024);
      let total = 0;
      for (const sq of segments) {
        const { phrase, all } = sq;
        const base = sq.segment.base;
        for (let w = 0; w < all.length; w++) {
          let x = tier === 2 ? phrase[w]! : all[w]! & ~phrase[w]!;
          while (x !== 0) {
            const low = x & -x;
            x ^= low;
            const doc = base + (w << 5) + 31 - Math.clz32(low);
            if (!allowed(doc)) continue;
            if (total === found.length) found = grow(found, total * 2);
            found[total++] = doc;
          }
        }
      }
      let docs: Uint32Array = found.subarray(0, total);
      let rest: Uint32Array | null = null;
      const budget = DutyIndex.strongBudget;
      if (bounded && total > budget) {
        // shortest first: BM25 gives them the most; the rest only when the first ones do not settle it
        const byLength = sortByLength(docs, lengthOf);
        docs = byLength.subarray(0, budget).sort();
        rest = byLength.subarray(budget);
      }
      this.scoreAll(docs, segments, (sq, local, doc) => record(agencyOf[doc]!, tier, scoreOf(sq, local, doc)));
      if (rest) {
        const enough = this.countAt(board, tier) >= wanted;
        if (enough || this.settled(board, tier, wanted, restAbove(lengthOf[rest[0]!]!))) cut = true;
        else this.scoreAll(rest.sort(), segments, (sq, local, doc) => record(agencyOf[doc]!, tier, scoreOf(sq, local, doc)));
      }
    }

    // tier 0, only when too few agencies said more; rarest keys first, stopping once no unseen agency can
    // enter the ranking and no seen one can change places at its edge (MaxScore on agency relevance)
    const strongAgencies = board.touched.length;
    if (strongAgencies < maxAgencies) {
      const wanted = maxAgencies - strongAgencies;
      const upper = keys.map((_, i) => (weights[i]! * most(i) * (K1 + 1)) / (most(i) + norm));
      const order = keys.map((_, i) => i).filter((i) => weights[i]! > 0).sort((a, b) => upper[b]! - upper[a]!);
      const seen = segments.map((sq) => new Uint32Array(sq.segment.words));
      for (let o = 0; o < order.length; o++) {
        const i = order[o]!;
        let rest = boostBound;
        for (let r = o + 1; r < order.length; r++) rest += upper[order[r]!]!;
        segments.forEach((sq, s) => {
          const view = sq.views[i];
          if (!view) return;
          sq.cursors.fill(0);
          forEachBit(view.bits, (w) => view.bits[w]! & ~seen[s]![w]! & ~sq.all[w]!, (local) => {
            const doc = sq.segment.base + local;
            if (!allowed(doc)) return;
            const relevance = scoreOf(sq, local, doc);
            if (coverageOf(lastMask) < MIN_COVERAGE) return;
            record(agencyOf[doc]!, 0, relevance);
          });
          const marks = seen[s]!;
          for (let w = 0; w < marks.length; w++) marks[w]! |= view.bits[w]!;
        });
        if (o + 1 < order.length && bounded && this.settled(board, 0, wanted, rest)) {
          cut = true;
          break;
        }
      }
    }

    const ranked = board.touched
      .map((agency) => ({ agency, tier: board.tier[agency]!, relevance: relevanceOf(board, agency) }))
      .sort((a, b) => b.tier - a.tier || b.relevance - a.relevance || this.agencies.list[a.agency]!.localeCompare(this.agencies.list[b.agency]!))
      .slice(0, maxAgencies);

    // the duties of the chosen agencies: tier ≥ 1 ones, then (when they are too few) the tier 0 ones
    const chosen = new Int32Array(agencyCount).fill(-1);
    ranked.forEach((r, i) => (chosen[r.agency] = i));
    const keep = Math.max(maxHits, TOP);
    const hits: Hit[][] = ranked.map(() => []);
    const strong = new Uint32Array(ranked.length);
    const take = (sq: SegmentQuery, local: number, tier: number): void => {
      const doc = sq.segment.base + local;
      const at = chosen[agencyOf[doc]!]!;
      if (at < 0 || !allowed(doc)) return;
      const relevance = scoreOf(sq, local, doc);
      if (tier === 0 && coverageOf(lastMask) < MIN_COVERAGE) return;
      if (tier > 0) strong[at]!++;
      pushHit(hits[at]!, { doc, tier, relevance }, keep);
    };
    // only the chosen agencies' duties are read again, from each agency's list of duties
    const { start: agencyStart, docs: agencyDocs } = this.dutiesByAgency();
    const hasBit = (bits: Uint32Array, local: number) => ((bits[local >>> 5]! >>> (local & 31)) & 1) === 1;
    ranked.forEach((r, at) => {
      for (const weak of [false, true]) {
        if (weak && strong[at]! >= maxHits) break;
        let s = -1;
        let sq: SegmentQuery | undefined;
        let end = -1;
        for (let i = agencyStart[r.agency]!; i < agencyStart[r.agency + 1]!; i++) {
          const doc = agencyDocs[i]!;
          while (doc >= end) {
            sq = segments[++s]!;
            sq.cursors.fill(0);
            end = sq.segment.base + sq.segment.count;
          }
          const local = doc - sq!.segment.base;
          if (hasBit(sq!.all, local)) {
            if (!weak) take(sq!, local, hasBit(sq!.phrase, local) ? 2 : 1);
          } else if (weak && hasBit(sq!.any, local)) take(sq!, local, 0);
        }
      }
    });
    const lists = hits.map((list) => finishHits(list, keep));
    if (cut) {
      // a pass was cut short: the chosen agencies' relevance from all their duties, and their order again
      ranked.forEach((r, i) => {
        const top = lists[i]!.filter((h) => h.tier === r.tier).slice(0, TOP);
        r.relevance = (top[0]?.relevance ?? 0) + FURTHER_DUTY_SHARE * top.slice(1).reduce((sum, h) => sum + h.relevance, 0);
      });
      ranked.sort((a, b) => b.tier - a.tier || b.relevance - a.relevance || this.agencies.list[a.agency]!.localeCompare(this.agencies.list[b.agency]!));
    }
    return ranked.map((r) => {
      const agencyId = this.agencies.list[r.agency]!;
      return {
        agencyId,
        tier: r.tier as MatchTier,
        relevance: r.relevance,
        hits: lists[chosen[r.agency]!]!.slice(0, maxHits).map((h) => ({
          dutyId: this.dutyIds.get(h.doc),
          agencyId,
          documentId: this.documents.list[this.documentOf[h.doc]!]!,
          articleId: this.articleIds.get(h.doc) || null,
          tier: h.tier as MatchTier,
          relevance: h.relevance,
        })),
      };
    });
  }

  /** calls `visit` for each duty (ascending) with its segment, its cursors reset for the pass */
  private scoreAll(docs: Uint32Array, segments: SegmentQuery[], visit: (sq: SegmentQuery, local: number, doc: number) => void): void {
    let s = -1;
    let sq: SegmentQuery | undefined;
    let end = -1;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      while (doc >= end) {
        sq = segments[++s]!;
        sq.cursors.fill(0);
        end = sq.segment.base + sq.segment.count;
      }
      visit(sq!, doc - sq!.segment.base, doc);
    }
  }

  /**
   * Prepares what the first searches would otherwise pay for: the duties by agency, and compiled search
   * code (a few searches for common words). Called once the index is loaded or built.
   */
  warm(): void {
    if (this.live === 0) return;
    this.dutiesByAgency();
    for (const words of [['cong', 'tac'], ['bao', 'cao', 'ket', 'qua'], ['tiep', 'dan']]) this.search({ variants: [words] }, undefined, 20, 20);
  }

  /** every duty number grouped by agency, ascending within each (built on first use after a change) */
  private dutiesByAgency(): { start: Uint32Array; docs: Uint32Array } {
    if (this.byAgency && this.byAgency.at === this.count) return this.byAgency;
    const agencies = this.agencies.list.length;
    const start = new Uint32Array(agencies + 1);
    for (let doc = 0; doc < this.count; doc++) start[this.agencyOf[doc]! + 1]!++;
    for (let a = 0; a < agencies; a++) start[a + 1]! += start[a]!;
    const cursor = start.slice(0, agencies);
    const docs = new Uint32Array(this.count);
    for (let doc = 0; doc < this.count; doc++) docs[cursor[this.agencyOf[doc]!]!++] = doc;
    this.byAgency = { at: this.count, start, docs };
    return this.byAgency;
  }

  private countAt(board: AgencyBoard, tier: number): number {
    let n = 0;
    for (const agency of board.touched) if (board.tier[agency] === tier) n++;
    return n;
  }

  /**
   * True when the agencies found at this tier can no longer change: `wanted` of them, the last one at least
   * 1.8 × `rest` (what an agency seen nowhere yet could reach: a best duty of `rest` plus four more) and
   * ahead of the next one by more than the 0.8 × `rest` unseen duties could add to it.
   */
  private settled(board: AgencyBoard, tier: number, wanted: number, rest: number): boolean {
    const weak: number[] = [];
    for (const agency of board.touched) if (board.tier[agency] === tier) weak.push(relevanceOf(board, agency));
    if (weak.length < wanted) return false;
    weak.sort((a, b) => b - a);
    const last = weak[wanted - 1]!;
    const next = weak[wanted] ?? 0;
    const unseenBest = rest * (1 + FURTHER_DUTY_SHARE * FURTHER_DUTIES_COUNTED);
    return last > unseenBest && last > next + rest * FURTHER_DUTY_SHARE * FURTHER_DUTIES_COUNTED;
  }

  /** views of the query's keys in a segment, and its tier sets by word-wide AND/OR */
  private prepare(segment: Segment, keys: QueryKey[], variants: VariantMasks[]): SegmentQuery {
    const words = segment.words;
    const views = keys.map(({ key }) => {
      const term = segment.term(key);
      if (term < 0) return null;
      const df = segment.df(term);
      return segment.view(term, segment.isDense(term) ? NO_SCRATCH : { bits: new Uint32Array(words), docs: new Uint32Array(df), counts: new Uint8Array(df) });
    });
    const all = new Uint32Array(words);
    const phrase = new Uint32Array(words);
    const any = new Uint32Array(words);
    const scratch = new Uint32Array(words);
    const viewsOf = (mask: number) => keys.map((k, i) => (k.bit & mask ? i : -1)).filter((i) => i >= 0);
    for (let i = 0; i < keys.length; i++) {
      const v = views[i];
      if (!v || !variants.some((m) => m.words & keys[i]!.bit)) continue;
      for (let w = 0; w < words; w++) any[w]! |= v.bits[w]!;
    }
    for (const v of variants) {
      if (v.impossible || v.words === 0) continue;
      const wordKeys = viewsOf(v.words);
      if (wordKeys.some((i) => !views[i])) continue;
      // rarest first, so that the AND empties early
      wordKeys.sort((a, b) => views[a]!.df - views[b]!.df);
      andInto(scratch, wordKeys.map((i) => views[i]!.bits));
      for (let w = 0; w < words; w++) all[w]! |= scratch[w]!;
      if (v.phrase === 0) continue;
      const phraseKeys = viewsOf(v.phrase);
      if (phraseKeys.some((i) => !views[i])) continue;
      phraseKeys.sort((a, b) => views[a]!.df - views[b]!.df);
      andInto(scratch, phraseKeys.map((i) => views[i]!.bits));
      for (let w = 0; w < words; w++) phrase[w]! |= scratch[w]!;
    }
    return { segment, views, cursors: new Int32Array(keys.length), all, phrase, any };
  }

  /** Everything the index is, for the index file. */
  snapshot(): DutyIndexSnapshot {
    const ids = this.dutyIds.arrays();
    const articles = this.articleIds.arrays();
    const c = this.count;
    return {
      vocabulary: this.vocabulary.terms(),
      agencyIds: this.agencies.list,
      agencyNames: this.agencyNames.texts(),
      agencyNameOf: this.agencyNameOf.subarray(0, this.agencies.list.length),
      agencyLevelOf: this.agencyLevelOf.subarray(0, this.agencies.list.length),
      places: this.places.list,
      headings: this.headings.texts(),
      documents: this.documents.list,
      dutyIdBytes: ids.bytes,
      dutyIdOffsets: ids.offsets,
      articleIdBytes: articles.bytes,
      articleIdOffsets: articles.offsets,
      agencyOf: this.agencyOf.subarray(0, c),
      placeOf: this.placeOf.subarray(0, c),
      headingOf: this.headingOf.subarray(0, c),
      documentOf: this.documentOf.subarray(0, c),
      lengthOf: this.lengthOf.subarray(0, c),
      // copied: an update while the file is written marks duties dead in place
      dead: this.dead.slice(0, c),
      segments: this.segments.map((s) => s.arrays),
    };
  }

  static fromSnapshot(s: DutyIndexSnapshot): DutyIndex {
    const index = new DutyIndex();
    for (const term of s.vocabulary) index.vocabulary.intern(term);
    for (const id of s.agencyIds) index.agencies.number(id);
    for (const name of s.agencyNames) index.agencyNames.add(name);
    for (const id of s.places) index.places.number(id);
    for (const heading of s.headings) index.headings.add(heading);
    for (const id of s.documents) index.documents.number(id);
    const c = s.agencyOf.length;
    index.count = c;
    index.agencyNameOf = s.agencyNameOf;
    index.agencyLevelOf = s.agencyLevelOf;
    index.dutyIds = PackedStrings.from(s.dutyIdBytes, s.dutyIdOffsets, c);
    index.articleIds = PackedStrings.from(s.articleIdBytes, s.articleIdOffsets, c);
    index.agencyOf = s.agencyOf;
    index.placeOf = s.placeOf;
    index.headingOf = s.headingOf;
    index.documentOf = s.documentOf;
    index.lengthOf = s.lengthOf;
    index.dead = s.dead;
    for (let doc = 0; doc < c; doc++) {
      if (s.dead[doc]) continue;
      index.live++;
      index.totalLength += s.lengthOf[doc]!;
      const document = s.documentOf[doc]!;
      const duties = index.dutiesOfDocument.get(document);
      if (duties) duties.push(doc);
      else index.dutiesOfDocument.set(document, [doc]);
    }
    index.segments = s.segments.map((a) => new Segment(a));
    return index;
  }

  /** bytes held by postings, dictionaries and per-duty arrays (strings excluded) */
  get bytes(): number {
    const arrays = [this.agencyOf, this.placeOf, this.headingOf, this.documentOf, this.lengthOf, this.dead, this.dutyIds.bytes, this.dutyIds.offsets, this.articleIds.bytes, this.articleIds.offsets];
    return this.segments.reduce((sum, s) => sum + s.bytes, 0) + arrays.reduce((sum, a) => sum + a.byteLength, 0);
  }

  get postingCount(): number {
    return this.segments.reduce((sum, s) => sum + s.postingCount, 0);
  }

  get vocabularySize(): number {
    return this.vocabulary.size;
  }
}

/** runs a stepped task to its end at once */
function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** runs a stepped task, yielding to the event loop every YIELD_MS or so */
const YIELD_MS = 25;
async function runAsync<T>(steps: Generator<void, T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= YIELD_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}

const NO_SCRATCH = { bits: new Uint32Array(0), docs: new Uint32Array(0), counts: new Uint8Array(0) };

/** `into` = AND of the bitsets (at least one) */
function andInto(into: Uint32Array, sets: Uint32Array[]): void {
  into.set(sets[0]!);
  for (let s = 1; s < sets.length; s++) {
    const set = sets[s]!;
    for (let w = 0; w < into.length; w++) if (into[w] !== 0) into[w]! &= set[w]!;
  }
}

/** calls `visit` with each set bit of `bits` (or of `word(w)` when given), ascending */
function forEachBit(bits: Uint32Array, word: ((w: number) => number) | null, visit: (local: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let x = word ? word(w) : bits[w]!;
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      visit((w << 5) + 31 - Math.clz32(low));
    }
  }
}

/** keeps the TOP largest relevances of an agency, descending, in `top` at `at` */
function keepTopAt(top: Float64Array, at: number, counts: Uint8Array, agency: number, value: number): void {
  const size = counts[agency]!;
  if (size === TOP && value <= top[at + TOP - 1]!) return;
  let i = Math.min(size, TOP - 1);
  while (i > 0 && top[at + i - 1]! < value) {
    top[at + i] = top[at + i - 1]!;
    i--;
  }
  top[at + i] = value;
  if (size < TOP) counts[agency] = size + 1;
}

function relevanceOf(board: AgencyBoard, agency: number): number {
  const at = agency * TOP;
  let further = 0;
  for (let i = 1; i < board.topCount[agency]!; i++) further += board.top[at + i]!;
  return board.top[at]! + FURTHER_DUTY_SHARE * further;
}

interface Hit {
  doc: number;
  tier: number;
  relevance: number;
}

const byHit = (a: Hit, b: Hit) => b.tier - a.tier || b.relevance - a.relevance;

/** collects hits, trimming to the best `max` now and then */
function pushHit(list: Hit[], hit: Hit, max: number): void {
  list.push(hit);
  if (Number.isFinite(max) && list.length >= Math.max(64, max * 4)) {
    list.sort(byHit);
    list.length = max;
  }
}

function finishHits(list: Hit[], max: number): Hit[] {
  list.sort(byHit);
  if (list.length > max) list.length = max;
  return list;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}

/** the first position at or after `from` whose duty is not below `local`: galloping, then halving */
function seek(listed: Uint32Array, from: number, local: number): number {
  const length = listed.length;
  if (from >= length || listed[from]! >= local) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < length && listed[high]! < local) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > length) high = length;
  // listed[low] < local; answer in (low, high]
  while (low + 1 < high) {
    const mid = (low + high) >>> 1;
    if (listed[mid]! < local) low = mid;
    else high = mid;
  }
  return high;
}

/** the duties ordered by length, shortest first (a counting sort: lengths are small integers) */
function sortByLength(docs: Uint32Array, lengthOf: Uint16Array): Uint32Array {
  let longest = 0;
  for (let i = 0; i < docs.length; i++) if (lengthOf[docs[i]!]! > longest) longest = lengthOf[docs[i]!]!;
  const starts = new Uint32Array(longest + 2);
  for (let i = 0; i < docs.length; i++) starts[lengthOf[docs[i]!]! + 1]!++;
  for (let l = 0; l <= longest; l++) starts[l + 1]! += starts[l]!;
  const out = new Uint32Array(docs.length);
  for (let i = 0; i < docs.length; i++) out[starts[lengthOf[docs[i]!]!]!++] = docs[i]!;
  return out;
}
