import { describe, expect, it } from 'vitest';
import { citedArticles } from './cited-articles.ts';

const QUOTE = 'Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị';

describe('citedArticles', () => {
  it('reads the article named just before the cited document', () => {
    expect(citedArticles(`Thực hiện theo Điều 5 ${QUOTE} về công tác dân vận.`, QUOTE)).toEqual([5]);
    expect(citedArticles(`theo quy định tại khoản 2 Điều 7 của ${QUOTE}.`, QUOTE)).toEqual([7]);
    expect(citedArticles(`theo Điều 7, khoản 2 của ${QUOTE}.`, QUOTE)).toEqual([7]);
  });

  it('reads lists and ranges of articles', () => {
    expect(citedArticles(`các Điều 5, 6 và Điều 9 ${QUOTE}`, QUOTE)).toEqual([5, 6, 9]);
    expect(citedArticles(`từ Điều 5 đến Điều 8 ${QUOTE}`, QUOTE)).toEqual([5, 6, 7, 8]);
  });

  it('reads an article given in brackets after the document', () => {
    expect(citedArticles(`thực hiện ${QUOTE} (Điều 12) và báo cáo`, QUOTE)).toEqual([12]);
  });

  it('answers the whole document when the mention names no article of it', () => {
    const text =
      '3. Ủy ban nhân dân huyện có trách nhiệm … phân công một đồng chí lãnh đạo phụ trách công tác dân vận theo ' +
      `${QUOTE}, Quyết định số 407-QĐ/TU ngày 30 tháng 9 năm 2021 của Tỉnh ủy.`;
    expect(citedArticles(text, QUOTE)).toEqual([]);
  });

  it('does not take an article that belongs to another document or to the citing text', () => {
    expect(citedArticles(`Điều 3 Nghị định số 10/2020/NĐ-CP và ${QUOTE}`, QUOTE)).toEqual([]);
    expect(citedArticles(`Điều 12. Trách nhiệm của Ủy ban nhân dân huyện. Thực hiện ${QUOTE}`, QUOTE)).toEqual([]);
  });

  it('finds a mention whose quote was cut or spaced differently', () => {
    expect(citedArticles(`theo Điều 4  Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị khóa XIII`, `${QUOTE} khóa XIII về …`)).toEqual([4]);
  });

  it('answers the whole document when a second mention in the same article names no article', () => {
    expect(citedArticles(`theo Điều 5 ${QUOTE}; đồng thời quán triệt ${QUOTE}.`, QUOTE)).toEqual([]);
  });

  it('answers nothing without a text or a quote', () => {
    expect(citedArticles(null, QUOTE)).toEqual([]);
    expect(citedArticles('Điều 5 Quyết định số 23-QĐ/TW', null)).toEqual([]);
  });
});
