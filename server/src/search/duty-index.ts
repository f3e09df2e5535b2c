// The in-memory index of duties: typed-array postings of syllables and syllable pairs, BM25 over the duty
// text with boosts from the agency name and the article heading, and the facts filters need (agency,
// level, place) in parallel typed arrays. It holds no text; ids only.
import { LEVELS } from '@cancu/graph-schema/model';
import { B, K1, idf } from './bm25.ts';
import type { AnalyzedQuery } from './analyze-query.ts';
import { FieldIndex } from './field-index.ts';
import { termsOf } from './fold-terms.ts';
import { Segment } from './postings.ts';
import type { DocTerms } from './postings.ts';
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

const LEVEL_CODE = new Map<string, number>(LEVELS.map((l, i) => [l, i]));
const CENTRAL = LEVEL_CODE.get('CENTRAL')!;
const UNKNOWN = LEVEL_CODE.get('UNKNOWN')!;

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float32Array | Uint32Array>(array: T, size: number, fill = 0): T {
  if (size <= array.length) return array;
  let capacity = Math.max(1024, array.length);
  while (capacity < size) capacity *= 2;
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  if (fill) next.fill(fill as never, array.length);
  return next;
}

/** Numbers given to repeated strings (agency ids, place ids), both ways. */
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

export class DutyIndex {
  private readonly vocabulary = new Vocabulary();
  private readonly segments: Segment[] = [];
  private readonly dutyIds: string[] = [];
  private readonly agencies = new Names();
  private readonly places = new Names();
  private readonly agencyNames: FieldIndex;
  private readonly headings: FieldIndex;
  private agencyNameOf: number[] = [];
  private agencyLevelOf: number[] = [];
  private agencyOf = new Int32Array(0);
  private placeOf = new Int32Array(0);
  private headingOf = new Int32Array(0);
  private lengthOf = new Uint16Array(0);
  private dead = new Uint8Array(0);
  private score = new Float32Array(0);
  private mask = new Uint32Array(0);
  private readonly dutiesOfDocument = new Map<string, number[]>();
  private totalLength = 0;
  private live = 0;

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
    for (const [id, duties] of this.dutiesOfDocument) counts.set(id, duties.length);
    return counts;
  }

  /**
   * Replaces every duty of these documents with the given records (which must belong to them): what a
   * re-load of a document means. The new duties form a new segment; the old ones are marked dead.
   */
  replaceDocuments(documentIds: Iterable<string>, records: readonly DutyRecord[]): void {
    for (const id of documentIds) this.removeDocument(id);
    for (const r of records) if (this.dutiesOfDocument.has(r.documentId)) this.removeDocument(r.documentId);
    if (records.length === 0) return;
    const first = this.dutyIds.length;
    this.reserve(first + records.length);
    records.forEach((r, i) => this.describe(first + i, r));
    const visit = (each: (d: DocTerms) => void) => {
      records.forEach((r, i) => each(this.termsOfDuty(first + i, r.text)));
    };
    this.segments.push(Segment.build(visit, records.length * 2));
  }

  private removeDocument(documentId: string): void {
    for (const doc of this.dutiesOfDocument.get(documentId) ?? []) {
      if (this.dead[doc]) continue;
      this.dead[doc] = 1;
      this.live--;
      this.totalLength -= this.lengthOf[doc]!;
    }
    this.dutiesOfDocument.delete(documentId);
  }

  private reserve(size: number): void {
    this.agencyOf = grow(this.agencyOf, size);
    this.placeOf = grow(this.placeOf, size);
    this.headingOf = grow(this.headingOf, size);
    this.lengthOf = grow(this.lengthOf, size);
    this.dead = grow(this.dead, size);
    this.score = grow(this.score, size);
    this.mask = grow(this.mask, size);
  }

  private describe(doc: number, r: DutyRecord): void {
    this.dutyIds[doc] = r.id;
    const agency = this.agencies.number(r.agencyId);
    if (agency === this.agencyNameOf.length) {
      this.agencyNameOf.push(this.agencyNames.add(r.agencyName));
      this.agencyLevelOf.push(LEVEL_CODE.get(r.agencyLevel) ?? UNKNOWN);
    }
    this.agencyOf[doc] = agency;
    this.placeOf[doc] = r.placeId ? this.places.number(r.placeId) : -1;
    this.headingOf[doc] = r.heading ? this.headings.add(r.heading) : -1;
    const duties = this.dutiesOfDocument.get(r.documentId);
    if (duties) duties.push(doc);
    else this.dutiesOfDocument.set(r.documentId, [doc]);
    this.live++;
  }

  /** the distinct keys of a text with their counts; the first call for a duty also records its length */
  private termsOfDuty(doc: number, text: string): DocTerms {
    const ids = termsOf(text).map((t) => this.vocabulary.intern(t));
    if (this.lengthOf[doc] === 0 && ids.length > 0) {
      this.lengthOf[doc] = Math.min(ids.length, 65535);
      this.totalLength += this.lengthOf[doc]!;
    }
    const counts = new Map<number, number>();
    for (let i = 0; i < ids.length; i++) {
      const u = unigramKey(ids[i]!);
      counts.set(u, (counts.get(u) ?? 0) + 1);
      if (i > 0) {
        const b = bigramKey(ids[i - 1]!, ids[i]!);
        counts.set(b, (counts.get(b) ?? 0) + 1);
      }
    }
    return { doc, keys: [...counts.keys()], counts: [...counts.values()].map((c) => Math.min(c, 255)) };
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

  private allowed(doc: number, filter: DutyFilter, placeNumbers: Set<number> | null): boolean {
    const agency = this.agencyOf[doc]!;
    const level = this.agencyLevelOf[agency]!;
    if (filter.level !== null && level !== LEVEL_CODE.get(filter.level)) return false;
    if (!placeNumbers) return true;
    const place = this.placeOf[doc]!;
    // an unplaced duty binds everywhere only when its agency is central or a group of every level
    return place < 0 ? level === CENTRAL || level === UNKNOWN : placeNumbers.has(place);
  }

  private tierOf(bits: number, variants: VariantMasks[]): { tier: MatchTier; coverage: number } {
    let tier: MatchTier = 0;
    let coverage = 0;
    for (const v of variants) {
      const found = popcount(bits & v.words);
      coverage = Math.max(coverage, found / v.wordCount);
      if (v.impossible) continue;
      if ((bits & v.phrase) === v.phrase && v.phrase !== 0) tier = 2;
      else if ((bits & v.words) === v.words && tier < 1) tier = 1;
    }
    return { tier, coverage };
  }

  /**
   * The agencies whose duties match, best first (tier, then relevance: the best duty plus a share of up to
   * four more of the same tier), at most `maxAgencies`, each with its matching duties best first.
   */
  search(query: AnalyzedQuery, filter: DutyFilter = { placeIds: null, level: null }, maxAgencies = Infinity): AgencyHits[] {
    if (query.variants.length === 0 || this.live === 0 || maxAgencies <= 0) return [];
    const { keys, variants } = this.keysOf(query);
    const touched = this.accumulate(keys);
    const { score, mask } = this;
    const placeNumbers = filter.placeIds ? new Set([...filter.placeIds].map((id) => this.places.find(id)).filter((p) => p !== undefined)) : null;
    const fieldKeys = keys.map(({ key, weight }) => ({ key, weight }));
    const headingScores = this.headings.score(fieldKeys);
    const nameScores = this.agencyNames.score(fieldKeys);
    // first pass: each duty's tier (kept in `mask`, -1 when left out) and relevance (in `score`); per agency, its best
    const best = new Map<number, { tier: number; top: number[] }>();
    for (const doc of touched) {
      const { tier, coverage } = this.tierOf(mask[doc]!, variants);
      if (coverage < MIN_COVERAGE || !this.allowed(doc, filter, placeNumbers)) {
        mask[doc] = 0xffffffff;
        continue;
      }
      const agency = this.agencyOf[doc]!;
      const heading = this.headingOf[doc]!;
      const relevance =
        score[doc]! +
        HEADING_WEIGHT * (heading >= 0 ? headingScores.get(heading) ?? 0 : 0) +
        AGENCY_NAME_WEIGHT * (nameScores.get(this.agencyNameOf[agency]!) ?? 0);
      score[doc] = relevance;
      mask[doc] = tier;
      const entry = best.get(agency);
      if (!entry || tier > entry.tier) best.set(agency, { tier, top: [relevance] });
      else if (tier === entry.tier) keepTop(entry.top, relevance, 1 + FURTHER_DUTIES_COUNTED);
    }
    const ranked = [...best]
      .map(([agency, { tier, top }]) => ({ agency, tier, relevance: top[0]! + FURTHER_DUTY_SHARE * top.slice(1).reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.tier - a.tier || b.relevance - a.relevance || this.agencies.list[a.agency]!.localeCompare(this.agencies.list[b.agency]!))
      .slice(0, maxAgencies);
    // second pass: the duties of the chosen agencies only; every scratch slot is cleared
    const chosen = new Map<number, DutyHit[]>(ranked.map((r) => [r.agency, []]));
    for (const doc of touched) {
      const tier = mask[doc]!;
      const list = tier === 0xffffffff ? undefined : chosen.get(this.agencyOf[doc]!);
      if (list) list.push({ dutyId: this.dutyIds[doc]!, agencyId: this.agencies.list[this.agencyOf[doc]!]!, tier: tier as MatchTier, relevance: score[doc]! });
      score[doc] = 0;
      mask[doc] = 0;
    }
    return ranked.map((r) => ({
      agencyId: this.agencies.list[r.agency]!,
      tier: r.tier as MatchTier,
      relevance: r.relevance,
      hits: chosen.get(r.agency)!.sort((a, b) => b.tier - a.tier || b.relevance - a.relevance),
    }));
  }

  /** BM25 of the query keys into `score`, their bits into `mask`; the duties touched, live ones only */
  private accumulate(keys: QueryKey[]): number[] {
    const n = this.live;
    const average = this.totalLength / n || 1;
    const touched: number[] = [];
    const { score, mask, dead, lengthOf } = this;
    for (const { key, weight, bit } of keys) {
      const lists = this.segments.map((s) => s.postings(key)).filter((p) => p !== null);
      const df = lists.reduce((sum, p) => sum + (p.end - p.start), 0);
      if (df === 0) continue;
      const w = weight * idf(df, n);
      const norm = K1 * (1 - B);
      const perLength = (K1 * B) / average;
      for (const { docs, counts, start, end } of lists) {
        for (let i = start; i < end; i++) {
          const doc = docs[i]!;
          if (dead[doc]) continue;
          const tf = counts[i]!;
          if (score[doc] === 0) touched.push(doc);
          score[doc]! += (w * tf * (K1 + 1)) / (tf + norm + perLength * lengthOf[doc]!);
          mask[doc]! |= bit;
        }
      }
    }
    return touched;
  }

  /** bytes held by postings, dictionaries and per-duty arrays (strings excluded) */
  get bytes(): number {
    const arrays = [this.agencyOf, this.placeOf, this.headingOf, this.lengthOf, this.dead, this.score, this.mask];
    return this.segments.reduce((sum, s) => sum + s.bytes, 0) + arrays.reduce((sum, a) => sum + a.byteLength, 0);
  }

  get postingCount(): number {
    return this.segments.reduce((sum, s) => sum + s.postingCount, 0);
  }

  get vocabularySize(): number {
    return this.vocabulary.size;
  }
}

/** keeps the `size` largest values of `top`, descending */
function keepTop(top: number[], value: number, size: number): void {
  if (top.length === size && value <= top[size - 1]!) return;
  let i = top.length;
  top.push(value);
  while (i > 0 && top[i - 1]! < value) {
    top[i] = top[i - 1]!;
    i--;
  }
  top[i] = value;
  if (top.length > size) top.pop();
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}
