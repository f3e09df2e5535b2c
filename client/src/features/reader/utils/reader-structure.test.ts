import { describe, expect, it } from 'vitest';
import type { ReaderArticle, ReaderCitation, ReaderDuty } from '../api/reader-document.ts';
import { clauseKey, readerArticles, readerSections } from './reader-structure.ts';

const articles: ReaderArticle[] = [
  { id: 'a8', number: 8, heading: 'Nguyên tắc', text: 'Công khai, minh bạch.', chapter: 'Chương II', clauses: [] },
  {
    id: 'a9',
    number: 9,
    heading: 'Tiếp công dân',
    text: '',
    chapter: 'Chương II',
    clauses: [
      { id: 'k1', label: '1.', text: 'Thường trực Huyện ủy tiếp công dân.' },
      { id: 'k4', label: '4.', text: 'Ban Dân vận Huyện ủy chủ trì tiếp công dân theo Quy định số 11-QĐi/TW.' },
    ],
  },
  { id: 'a10', number: 10, heading: null, text: 'Hiệu lực.', chapter: 'Chương III', clauses: [] },
];

function duty(id: string, source: string, article: number | null): ReaderDuty {
  return {
    id,
    text: 'tiếp công dân',
    role: 'LEAD',
    source,
    agency: { id: 'bdv', name: 'Ban Dân vận Huyện ủy' },
    article: article === null ? null : { id: `a${article}`, number: article },
  };
}

const citation: ReaderCitation = {
  document: { id: 'doc-11', number: '11-QĐi/TW', title: null },
  article: 9,
  clause: '4',
  quote: 'Quy định số 11-QĐi/TW',
};

describe('readerArticles', () => {
  const views = readerArticles(
    articles,
    [duty('d1', 'Điều 9 khoản 4', 9), duty('d2', 'Điều 9', 9), duty('d3', 'Điều 8 khoản 2', null)],
    [citation],
  );

  it('anchors each article at dieu-N and opens each chapter once', () => {
    expect(views.map((v) => [v.anchor, v.chapterStart])).toEqual([
      ['dieu-8', 'Chương II'],
      ['dieu-9', null],
      ['dieu-10', 'Chương III'],
    ]);
  });

  it('places a duty and a citation in the clause its source names, else on the article', () => {
    const [article8, article9] = views;
    expect(article9?.clauses[1]?.duties.map((d) => d.id)).toEqual(['d1']);
    expect(article9?.clauses[1]?.citations).toEqual([citation]);
    expect(article9?.clauses[0]?.duties).toEqual([]);
    expect(article9?.duties.map((d) => d.id)).toEqual(['d2']);
    // No article link from the server: the source's "Điều 8" still places it.
    expect(article8?.duties.map((d) => d.id)).toEqual(['d3']);
  });

  it('reads clause labels as sources write them', () => {
    expect(clauseKey('4.')).toBe('4');
    expect(clauseKey('a)')).toBe('a');
    expect(clauseKey('2.1.')).toBe('2.1');
    expect(clauseKey(null)).toBe('');
  });
});

describe('readerSections', () => {
  it('shows the stored sections with their text, each with the duties it states', () => {
    const sections = readerSections(
      [
        { id: 's1', path: 'III', heading: 'PHÂN CÔNG TRÁCH NHIỆM', text: '' },
        { id: 's2', path: 'III.1.7', heading: null, text: 'Chỉ đạo triển khai thực hiện tốt Luật Tiếp công dân …' },
      ],
      [duty('d1', 'Mục III.1.7', null), duty('d2', 'Mục IV.1', null)],
    );
    expect(sections.map((s) => [s.anchor, s.heading, s.duties.map((d) => d.id)])).toEqual([
      ['muc-III', 'PHÂN CÔNG TRÁCH NHIỆM', []],
      ['muc-III-1-7', null, ['d1']],
    ]);
    expect(sections[1]!.text).toContain('Luật Tiếp công dân');
  });

  it('without stored sections, orders those its duties name by roman and arabic numbers, parents included', () => {
    const sections = readerSections([], [
      duty('d1', 'Mục III.1.7', null),
      duty('d2', 'Mục II.2', null),
      duty('d3', 'Mục III.1.10', null),
      duty('d4', 'Mục IV', null),
      duty('d5', 'Mục III.1.7', null),
    ]);
    expect(sections.every((s) => s.text === null)).toBe(true);
    expect(sections.map((s) => [s.anchor, s.duties.length])).toEqual([
      ['muc-II', 0],
      ['muc-II-2', 1],
      ['muc-III', 0],
      ['muc-III-1', 0],
      ['muc-III-1-7', 2],
      ['muc-III-1-10', 1],
      ['muc-IV', 1],
    ]);
    expect(sections.find((s) => s.path === 'III.1.7')?.depth).toBe(2);
  });
});
