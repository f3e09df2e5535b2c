// The body: chapters and articles ("Chương I", "Điều 5.", khoản "1.", "2.1."), or, in plans and
// letters without articles, sections ("III.", "1.", "1.1.").

import type { BlockRole, ParsedArticle, ParsedSection } from '../parsed-document.ts';
import type { Line } from './normalize-text.ts';
import { quotedLines } from './find-quotations.ts';

export interface Location {
  article: number | null;
  clause: string | null;
  section: string | null;
}

export interface StructureReading {
  chapters: string[];
  articles: ParsedArticle[];
  sections: ParsedSection[];
  /** where each line index of the body stands */
  locations: Map<number, Location>;
  /** what each line index of the body is: a chapter or part heading, in an article, in a section */
  roles: Map<number, BlockRole>;
}

const CHAPTER = /^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d+)(?![\p{L}\d])[.:]?\s*(.*)$/u;
/** "Điều 5." opens an article; "Điều 5 Nghị định số …" wrapped to a line start does not. */
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*(.*)$/u;
/** "Mục I" groups articles; its title line belongs to no article. */
const PART = /^(?:Mục|MỤC|Phần|PHẦN)\s+[IVXLC\d]+(?![\p{L}\d])/u;
const CLAUSE = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*(.*)$/u;
const ROMAN = /^([IVXL]{1,6})\s*[.)]\s*(.+)$/u;
const BODY_START = /^(?:Chương\s+[IVXLC\d]|CHƯƠNG\s|Phần\s+[IVXLC\d]|PHẦN\s|Mục\s+[IVXLC\d]|Điều\s+\d{1,3}\s*[.:]|[IVXL]{1,6}\s*[.)]\s|\d{1,2}\s*[.)]\s)/u;
/** "Phụ lục I", "PHỤ LỤC": an annex, whose tables cite articles ("Điều 46.") without being any. */
const ANNEX = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[IVXLC\d]+[A-Z]?)?(?:\s*[.:]\s*\p{Lu}.*)?$/u;
const MAX_ARTICLE_GAP = 3;
const MAX_HEADED_GAP = 20;

const STRONG_START = /^(?:Chương\s+[IVXLC\d]|CHƯƠNG\s|Phần\s+[IVXLC\d]|PHẦN\s|Mục\s+[IVXLC\d]|Điều\s+\d{1,3}\s*[.:]|[IVXL]{1,6}\s*[.)]\s)/u;
const BASIS = /^(?:[-+•]\s*)?Căn cứ\s/u;

/**
 * The first line of the body after `from`, or the end. A numbered list followed by "Căn cứ"
 * lines is still the preamble: a consolidated text lists its amending texts "1. Nghị định số …".
 */
export function findBodyStart(lines: Line[], from: number): number {
  const first = firstMatch(lines, from, BODY_START);
  if (first >= lines.length || STRONG_START.test(lines[first]?.text ?? '')) return first;
  const strong = firstMatch(lines, first, STRONG_START);
  let lastBasis = -1;
  for (let i = first; i < strong; i += 1) if (BASIS.test(lines[i]?.text ?? '')) lastBasis = i;
  return lastBasis < 0 ? first : firstMatch(lines, lastBasis + 1, BODY_START);
}

function firstMatch(lines: Line[], from: number, pattern: RegExp): number {
  for (let i = Math.max(0, from); i < lines.length; i += 1) {
    if (pattern.test(lines[i]?.text ?? '')) return i;
  }
  return lines.length;
}

/** A short line with no closing stop reads as a heading rather than as text. */
export function isHeading(text: string): boolean {
  return text !== '' && text.length <= 200 && !/[.;:,]$/.test(text);
}

export function readStructure(lines: Line[], from: number, skip: Set<number>): StructureReading {
  const indexes: number[] = [];
  for (let i = from; i < lines.length; i += 1) if (!skip.has(i)) indexes.push(i);
  const quoted = quotedLines(lines, indexes);
  const byArticle = readArticles(lines, indexes, quoted);
  if (byArticle.articles.length > 0) return byArticle;
  return { ...readSections(lines, indexes), chapters: byArticle.chapters };
}

/**
 * Articles of this document only: an amending text quotes whole articles of the amended one
 * ("“Điều 9. …”"); quoted lines belong to the clause that quotes them, never open a unit.
 */
function readArticles(lines: Line[], indexes: number[], quoted: Set<number>): StructureReading {
  const chapters: string[] = [];
  const articles: ParsedArticle[] = [];
  const locations = new Map<number, Location>();
  const roles = new Map<number, BlockRole>();
  const body: string[][] = [];
  let chapter: string | null = null;
  let chapterAwaitsTitle = false;
  let article: ParsedArticle | null = null;
  let clause: ParsedArticle['clauses'][number] | null = null;
  let inAnnex = false;

  for (const i of indexes) {
    const text = lines[i]?.text ?? '';
    const inQuote = quoted.has(i);
    const chapterMatch = inQuote ? null : CHAPTER.exec(text);
    const articleMatch = inQuote ? null : ARTICLE.exec(text);
    roles.set(i, article ? 'article' : 'other');
    if (chapterMatch) {
      roles.set(i, 'chapter');
      const title = chapterMatch[2]?.trim() ?? '';
      chapter = title === '' ? `Chương ${chapterMatch[1]}` : `Chương ${chapterMatch[1]}. ${title}`;
      chapters.push(chapter);
      chapterAwaitsTitle = title === '';
      article = null;
      clause = null;
      locations.set(i, { article: null, clause: null, section: null });
      continue;
    }
    if (chapterAwaitsTitle && !articleMatch) {
      roles.set(i, 'chapter');
      chapter = `${chapter}. ${text}`;
      chapters[chapters.length - 1] = chapter;
      chapterAwaitsTitle = false;
      locations.set(i, { article: null, clause: null, section: null });
      continue;
    }
    chapterAwaitsTitle = false;
    const opens = articleMatch && opensArticle(Number(articleMatch[1]), inAnnex ? 0 : (articles.at(-1)?.number ?? 0), articleMatch[2] ?? '');
    if (!inQuote && (PART.test(text) || ANNEX.test(text))) {
      roles.set(i, 'section');
      inAnnex ||= ANNEX.test(text);
      article = null;
      clause = null;
    } else if (articleMatch && opens && (!inAnnex || articleMatch[1] === '1')) {
      roles.set(i, 'article');
      inAnnex = false;
      const rest = articleMatch[2]?.trim() ?? '';
      const heading = isHeading(rest) ? rest : null;
      article = { number: Number(articleMatch[1]), heading, text: '', chapter, clauses: [] };
      articles.push(article);
      body.push(heading ? [] : [rest]);
      clause = null;
    } else if (article) {
      const clauseMatch = inQuote ? null : CLAUSE.exec(text);
      if (clauseMatch) {
        clause = { label: clauseMatch[1] ?? '', text: clauseMatch[2]?.trim() ?? '' };
        article.clauses.push(clause);
      } else if (clause) {
        clause.text += `\n${text}`;
      }
      body.at(-1)?.push(text);
    }
    locations.set(i, { article: article?.number ?? null, clause: clause?.label ?? null, section: null });
  }
  articles.forEach((a, k) => {
    a.text = (body[k] ?? []).join('\n').trim();
  });
  return { chapters, articles, sections: [], locations, roles };
}

/**
 * Articles count up; a restart at 1 opens an annexed regulation. A consolidated text skips the
 * articles that were repealed, but the next one still has its heading.
 */
function opensArticle(number: number, previous: number, rest: string): boolean {
  if (number === 1) return true;
  const gap = number - previous;
  return gap > 0 && (gap <= MAX_ARTICLE_GAP || (gap <= MAX_HEADED_GAP && isHeading(rest.trim())));
}

function readSections(lines: Line[], indexes: number[]): Omit<StructureReading, 'chapters'> {
  const sections: ParsedSection[] = [];
  const locations = new Map<number, Location>();
  const roles = new Map<number, BlockRole>();
  let roman: string | null = null;
  let current: ParsedSection | null = null;
  for (const i of indexes) {
    const text = lines[i]?.text ?? '';
    const romanMatch = ROMAN.exec(text);
    const clauseMatch = CLAUSE.exec(text);
    if (romanMatch) {
      roman = romanMatch[1] ?? null;
      current = section(roman ?? '', romanMatch[2] ?? '');
      sections.push(current);
    } else if (clauseMatch && (clauseMatch[2] ?? '') !== '') {
      const label = clauseMatch[1] ?? '';
      current = section(roman ? `${roman}.${label}` : label, clauseMatch[2] ?? '');
      sections.push(current);
    } else if (current) {
      current.text = current.text === '' ? text : `${current.text}\n${text}`;
    }
    locations.set(i, { article: null, clause: current?.path ?? null, section: current?.path ?? null });
    roles.set(i, current ? 'section' : 'other');
  }
  return { sections, articles: [], locations, roles };
}

function section(path: string, rest: string): ParsedSection {
  const trimmed = rest.trim();
  return isHeading(trimmed) ? { path, heading: trimmed, text: '' } : { path, heading: null, text: trimmed };
}
