// Where a duty's text says the task: ranges of the original text (UTF-16 offsets) the UI can mark.
import type { AnalyzedQuery } from './analyze-query.ts';
import { textTerms } from './fold-terms.ts';
import type { TextTerm } from './fold-terms.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** Runs of at least `shortest` query terms in a row. */
function phraseRuns(terms: TextTerm[], variant: readonly string[], shortest: number, ranges: TextRange[]): void {
  for (let i = 0; i < terms.length; i++) {
    for (let j = 0; j < variant.length; j++) {
      let k = 0;
      while (i + k < terms.length && j + k < variant.length && terms[i + k]!.term === variant[j + k]) k++;
      if (k >= shortest) ranges.push({ start: terms[i]!.start, end: terms[i + k - 1]!.end });
    }
  }
}

function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * The whole task (or a variant of it) where the text says it; else its phrases of two words or more;
 * else each of its words. An abbreviation that stands for the words ("UBND") is marked whole.
 */
export function highlightsOf(text: string, query: AnalyzedQuery): TextRange[] {
  const terms = textTerms(text);
  const ranges: TextRange[] = [];
  for (const variant of query.variants) phraseRuns(terms, variant, variant.length, ranges);
  if (ranges.length === 0) for (const variant of query.variants) phraseRuns(terms, variant, Math.min(2, variant.length), ranges);
  if (ranges.length === 0) {
    const words = new Set(query.variants.flat());
    for (const t of terms) if (words.has(t.term)) ranges.push({ start: t.start, end: t.end });
  }
  return merged(ranges);
}
