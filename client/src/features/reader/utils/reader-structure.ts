// Places each duty and citation of a document in the article, clause or section that states it.
import { articleAnchor, sectionAnchor, sourceClause, sourceSection } from '../../../lib/source-anchor.ts';
import type { ReaderArticle, ReaderCitation, ReaderClause, ReaderDuty, ReaderSection } from '../api/reader-document.ts';

export type ReaderClauseView = { clause: ReaderClause; duties: ReaderDuty[]; citations: ReaderCitation[] };

export type ReaderArticleView = {
  article: ReaderArticle;
  anchor: string;
  /** the chapter heading to show before this article, when it opens a chapter */
  chapterStart: string | null;
  clauses: ReaderClauseView[];
  /** duties and citations of the article that name no clause found in it */
  duties: ReaderDuty[];
  citations: ReaderCitation[];
};

export type ReaderSectionView = {
  path: string;
  anchor: string;
  depth: number;
  heading: string | null;
  /** the section's own text; null when only its duties are known */
  text: string | null;
  duties: ReaderDuty[];
};

/** "1." "a)" "2.1." → "1" "a" "2.1": labels as sources and citations write them. */
export function clauseKey(label: string | null | undefined): string {
  return (label ?? '').normalize('NFC').trim().replace(/^khoản\s+/iu, '').replace(/[.)\s]+$/u, '').toLowerCase();
}

function dutyArticle(duty: ReaderDuty): number | null {
  if (duty.article) return duty.article.number;
  const match = /Điều\s+(\d+)/iu.exec(duty.source.normalize('NFC'));
  return match ? Number(match[1]) : null;
}

export function readerArticles(
  articles: readonly ReaderArticle[],
  duties: readonly ReaderDuty[],
  citations: readonly ReaderCitation[],
): ReaderArticleView[] {
  return articles.map((article, index) => {
    const ownDuties = duties.filter((duty) => dutyArticle(duty) === article.number);
    const ownCitations = citations.filter((citation) => citation.article === article.number);
    const keys = new Set(article.clauses.map((clause) => clauseKey(clause.label)));
    const clauses = article.clauses.map((clause) => {
      const key = clauseKey(clause.label);
      return {
        clause,
        duties: ownDuties.filter((duty) => clauseKey(sourceClause(duty.source)) === key),
        citations: ownCitations.filter((citation) => clauseKey(citation.clause) === key),
      };
    });
    const previousChapter = articles[index - 1]?.chapter ?? null;
    return {
      article,
      anchor: articleAnchor(article.number),
      chapterStart: article.chapter && article.chapter !== previousChapter ? article.chapter : null,
      clauses,
      duties: ownDuties.filter((duty) => !keys.has(clauseKey(sourceClause(duty.source)))),
      citations: ownCitations.filter((citation) => !keys.has(clauseKey(citation.clause))),
    };
  });
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const value = romanValues[roman[i] ?? ''] ?? 0;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function pathParts(path: string): number[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : romanToNumber(part)));
}

function comparePaths(a: string, b: string): number {
  const pa = pathParts(a);
  const pb = pathParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The sections of a plan ("Mục III.1.7") in reading order, with their text, and the duties each states.
 * A document stored before sections were kept has only its duties' sources: the sections are then
 * built from those, each parent included so that "III" and "III.1" anchors exist too.
 */
export function readerSections(sections: readonly ReaderSection[], duties: readonly ReaderDuty[]): ReaderSectionView[] {
  if (sections.length > 0) {
    return sections.map((section) => ({
      path: section.path,
      anchor: sectionAnchor(section.path),
      depth: section.path.split('.').length - 1,
      heading: section.heading,
      text: section.text,
      duties: duties.filter((duty) => sourceSection(duty.source) === section.path),
    }));
  }
  const byPath = new Map<string, ReaderDuty[]>();
  for (const duty of duties) {
    const path = sourceSection(duty.source);
    if (!path) continue;
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i += 1) {
      const parent = parts.slice(0, i).join('.');
      if (!byPath.has(parent)) byPath.set(parent, []);
    }
    byPath.set(path, [...(byPath.get(path) ?? []), duty]);
  }
  return [...byPath.entries()]
    .sort(([a], [b]) => comparePaths(a, b))
    .map(([path, sectionDuties]) => ({
      path,
      anchor: sectionAnchor(path),
      depth: path.split('.').length - 1,
      heading: null,
      text: null,
      duties: sectionDuties,
    }));
}
