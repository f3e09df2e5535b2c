// A typed task ("ai chịu trách nhiệm tiếp dân?", "tiep cong dan", "UBND") as the term sequences to look
// for: the words as typed, and the same words with each known variant substituted.
import { fold } from '@cancu/seed/text/vietnamese';
import { termsOf } from './fold-terms.ts';

/**
 * Variants the documents use for one notion. Kept small and each one seen in the seeds or DOMAIN.md:
 * - "tiếp dân" is how plans say "tiếp công dân" ("đối thoại tiếp dân tại cơ sở", Luật Tiếp công dân);
 * - "khiếu kiện" stands for "khiếu nại" in "vụ việc khiếu kiện phức tạp";
 * - the socio-political organisations are "đoàn thể" or "tổ chức chính trị - xã hội" (DOMAIN.md);
 * - reporting periods are written in words or digits ("sáu tháng", "6 tháng"), a quarter as "ba tháng";
 * - giving an opinion is "góp ý", "đóng góp ý kiến" or "tham gia ý kiến".
 * Folded forms; diacritics, đ/d, case, tone placement and punctuation are already handled by folding.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['tiep cong dan', 'tiep dan'],
  ['khieu nai', 'khieu kien'],
  ['doan the', 'to chuc chinh tri xa hoi'],
  ['sau thang', '6 thang'],
  ['hang quy', 'ba thang'],
  ['gop y', 'dong gop y kien', 'tham gia y kien'],
];

const GROUPS = SYNONYMS.map((group) => group.map((phrase) => phrase.split(' ')));

/** How a question is asked, not what it asks: "ai chịu trách nhiệm …", "cơ quan nào phải …", "… là ai?". */
const ASKING = [
  /^(ai|co quan nao|don vi nao|cap nao|nganh nao)( la nguoi| la co quan)?( phai| co trach nhiem| chiu trach nhiem| duoc giao| lam| thuc hien| lo)?\s+/,
  /\s+(la ai|do ai|thuoc ai|cua ai|co quan nao|don vi nao)$/,
];

const MAX_VARIANTS = 8;

export interface AnalyzedQuery {
  /** the task as typed, first, then its variants: each a sequence of folded content terms */
  variants: string[][];
}

function stripAsking(folded: string): string {
  return ASKING.reduce((text, pattern) => text.replace(pattern, ' '), folded).trim();
}

function indexOfRun(terms: readonly string[], run: readonly string[], from: number): number {
  outer: for (let i = from; i + run.length <= terms.length; i++) {
    for (let j = 0; j < run.length; j++) if (terms[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

function withSynonyms(terms: string[]): string[][] {
  const variants = [terms];
  const seen = new Set([terms.join(' ')]);
  for (let v = 0; v < variants.length && variants.length < MAX_VARIANTS; v++) {
    const current = variants[v]!;
    for (const group of GROUPS) {
      for (const phrase of group) {
        const at = indexOfRun(current, phrase, 0);
        if (at < 0) continue;
        for (const other of group) {
          if (other === phrase) continue;
          const next = [...current.slice(0, at), ...other, ...current.slice(at + phrase.length)];
          const key = next.join(' ');
          if (!seen.has(key) && variants.length < MAX_VARIANTS) {
            seen.add(key);
            variants.push(next);
          }
        }
      }
    }
  }
  return variants;
}

export function analyzeQuery(task: string): AnalyzedQuery {
  // typed words are folded before anything else, so "HĐND", "hdnd" and "HDND" are one abbreviation
  const folded = fold(task.replace(/[?!.]+\s*$/u, ''));
  const terms = termsOf(stripAsking(folded), true);
  if (terms.length === 0) return { variants: [] };
  return { variants: withSynonyms(terms) };
}
