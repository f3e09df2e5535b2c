// Vietnamese text as search terms: one folded syllable per term (no diacritics, đ → d, lower case),
// punctuation ignored, abbreviations expanded in place, and the offsets of each term in the original text.
import { expandAbbreviations } from '@cancu/seed/resolve/canonical-agency';
import { fold } from '@cancu/seed/text/vietnamese';

export interface TextTerm {
  term: string;
  /** UTF-16 offsets of the written word in the original text; an expanded abbreviation gives all its terms the same range */
  start: number;
  end: number;
}

/**
 * Function words that carry no task meaning: they are neither indexed nor required, and phrases are
 * read across them ("khiếu nại và tố cáo" ~ "khiếu nại, tố cáo"). Only words whose folded form is no
 * content syllable: "để" is out ("đề án"), as are "thì" ("thi đua"), "tại" ("tái"), "có" ("cơ quan").
 */
export const STOPWORDS = new Set(['cua', 'va', 'cac', 'nhung', 've', 'voi', 'cho', 'la', 'duoc', 'theo', 'nay', 'mot', 'hoac']);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Written word → its terms; a few tens of thousands of spellings cover a national corpus. */
const wordCache = new Map<string, readonly string[]>();

/** What an abbreviation stands for ("UBND" → "Ủy ban nhân dân"), or null; `upper` reads it as capitals. */
export function expandWord(word: string, upper = false): string | null {
  const written = upper ? word.toUpperCase() : word;
  if (written.length < 2 || written.length > 10 || !/^[\p{Lu}\p{N}]+$/u.test(written) || /^\p{N}+$/u.test(written)) return null;
  const ds = written.match(/D/g)?.length ?? 0;
  // "HDND" typed without the stroke is still HĐND: try each D as Đ
  for (let mask = 0; mask < 1 << Math.min(ds, 3); mask++) {
    let i = 0;
    const spelt = written.replace(/D/g, (d) => ((mask >> i++) & 1 ? 'Đ' : d));
    const expanded = expandAbbreviations(spelt);
    if (expanded !== spelt) return expanded;
  }
  return null;
}

function abbreviationTerms(word: string, upper: boolean): readonly string[] | null {
  const expanded = expandWord(word, upper);
  return expanded === null ? null : fold(expanded).split(/[^\p{L}\p{N}]+/u).filter((t) => t && !STOPWORDS.has(t));
}

/** The folded form an agency's `searchText` is compared with, abbreviations expanded: "UBND huyện Tây Sơn", "BDVHU". */
export function agencySearchKey(search: string): string {
  return fold(search.replace(WORD, (w) => expandWord(w, true) ?? w));
}

/** The terms of one written word; `upper` treats it as if written in capitals (queries typed in lower case). */
export function wordTerms(word: string, upper = false): readonly string[] {
  const key = upper ? `\u0000${word}` : word;
  let terms = wordCache.get(key);
  if (terms === undefined) {
    const folded = fold(word);
    terms = abbreviationTerms(word, upper) ?? (STOPWORDS.has(folded) ? [] : [folded]);
    if (wordCache.size < 200_000) wordCache.set(key, terms);
  }
  return terms;
}

/** The content terms of a text, in order, without offsets: what the index stores. */
export function termsOf(text: string, upper = false): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) for (const t of wordTerms(match[0], upper)) out.push(t);
  return out;
}

/** The content terms of a text with where each stands in it: what highlights are cut from. */
export function textTerms(text: string): TextTerm[] {
  const out: TextTerm[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    for (const term of wordTerms(match[0])) out.push({ term, start, end });
  }
  return out;
}
