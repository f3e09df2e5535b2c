import { describe, expect, it } from 'vitest';
import { agencySearchKey, termsOf, textTerms } from './fold-terms.ts';
import { analyzeQuery } from './analyze-query.ts';

describe('search terms', () => {
  it('folds diacritics, đ/d, case, NFD and old tone placement onto one term', () => {
    expect(termsOf('Tiếp công dân')).toEqual(['tiep', 'cong', 'dan']);
    expect(termsOf('tiếp công dân'.normalize('NFD'))).toEqual(['tiep', 'cong', 'dan']);
    expect(termsOf('Hoà giải, Uỷ ban, ĐẢNG')).toEqual(termsOf('hòa giải ủy ban đảng'));
  });

  it('ignores punctuation and drops function words, so "khiếu nại, tố cáo" and "khiếu nại và tố cáo" read alike', () => {
    expect(termsOf('khiếu nại, tố cáo')).toEqual(termsOf('khiếu nại và tố cáo'));
    expect(termsOf('chính trị-xã hội')).toEqual(['chinh', 'tri', 'xa', 'hoi']);
  });

  it('expands abbreviations written in capitals, giving each term the offsets of the written word', () => {
    const text = 'Lãnh đạo UBND huyện';
    const terms = textTerms(text);
    expect(terms.map((t) => t.term)).toEqual(['lanh', 'dao', 'uy', 'ban', 'nhan', 'dan', 'huyen']);
    expect(terms.filter((t) => t.start === 9).every((t) => text.slice(t.start, t.end) === 'UBND')).toBe(true);
    expect(termsOf('ubnd')).toEqual(['ubnd']);
  });

  it('reads abbreviations in a typed task in any case, with or without the stroke of Đ', () => {
    for (const typed of ['HĐND huyện', 'hdnd huyện', 'HDND huyen']) expect(analyzeQuery(typed).variants[0]).toEqual(['hoi', 'dong', 'nhan', 'dan', 'huyen']);
    expect(analyzeQuery('UBMTTQ').variants[0]).toEqual(['uy', 'ban', 'mat', 'tran', 'to', 'quoc']);
  });

  it('folds an agency search with its abbreviations expanded', () => {
    expect(agencySearchKey('UBND huyện Tây Sơn')).toBe('uy ban nhan dan huyen tay son');
    expect(agencySearchKey('bdvhu')).toBe('ban dan van huyen uy');
  });
});

describe('analyzeQuery', () => {
  it('drops how a question is asked, keeps what it asks', () => {
    expect(analyzeQuery('Ai chịu trách nhiệm tiếp công dân?').variants[0]).toEqual(['tiep', 'cong', 'dan']);
    expect(analyzeQuery('tiếp công dân là ai').variants[0]).toEqual(['tiep', 'cong', 'dan']);
  });

  it('adds the variants of the synonym table', () => {
    expect(analyzeQuery('tiếp dân').variants).toEqual([['tiep', 'dan'], ['tiep', 'cong', 'dan']]);
    expect(analyzeQuery('báo cáo sáu tháng').variants).toContainEqual(['bao', 'cao', '6', 'thang']);
  });

  it('has nothing to look for in function words alone', () => {
    expect(analyzeQuery('của và các').variants).toEqual([]);
  });
});
