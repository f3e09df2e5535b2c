import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';
import { findDocumentNumbers, kindOfNumber } from './match-document-number.ts';
import { findDate } from './read-date.ts';
import { toReadableCase } from './to-readable-case.ts';

describe('normalizeText', () => {
  it('strips markdown markup and keeps the original line numbers', () => {
    const lines = normalizeText('\n## **Điều 2.**\u00a0Mục đích\n\n\\*\n*ƯNV*\n### NỘI DUNG');
    expect(lines.map((l) => [l.text, l.line])).toEqual([
      ['Điều 2. Mục đích', 2],
      ['NỘI DUNG', 6],
    ]);
  });

  it('joins a line that starts in lower case to the paragraph before it, across a blank line', () => {
    const lines = normalizeText('1. Cụ thể hóa thành các quyết\n\nđịnh, chỉ thị.\n\n2. Khoản hai.');
    expect(lines.map((l) => l.text)).toEqual(['1. Cụ thể hóa thành các quyết định, chỉ thị.', '2. Khoản hai.']);
  });

  it('drops gazette page headers and signature stamps', () => {
    const lines = normalizeText('CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025\n4\nNgười ký: CỔNG THÔNG TIN\nĐiều 3. Đối tượng');
    expect(lines.map((l) => l.text)).toEqual(['Điều 3. Đối tượng']);
  });

  it('moves old tone marks to the new place ("Tỉnh uỷ", "khoá")', () => {
    expect(normalizeText('Ban Dân vận Tỉnh uỷ (khoá XI), quý I')[0]?.text).toBe('Ban Dân vận Tỉnh ủy (khóa XI), quý I');
  });
});

describe('document numbers', () => {
  it('matches Party, State, normative and letter numbers', () => {
    const text =
      '12-QĐi/TW, 09-Ctr/TU, 39/2012/QH13, 4307/UBND, 3809/QĐ-UBND, 01/QC-UBND-BDVHU, 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN';
    expect(findDocumentNumbers(text).map((n) => n.number)).toEqual(text.split(', '));
  });

  it('does not take dates, periods or phone numbers for numbers', () => {
    expect(findDocumentNumbers('ngày 24/01/2022, 19/5/2010, giai đoạn 2021-2026, ĐT 0256.3822.456, Covid-19')).toEqual([]);
  });

  it('infers the kind from the code when no word names it', () => {
    expect(['21-CT/HU', '12-QĐi/TW', '4307/UBND', '76/NQ-CP'].map(kindOfNumber)).toEqual(['Chỉ thị', 'Quy định', 'Công văn', 'Nghị quyết']);
  });
});

describe('dates and case', () => {
  it('reads both date styles and rejects impossible dates', () => {
    expect(findDate('ngày 30 tháng 7 năm 2021')?.iso).toBe('2021-07-30');
    expect(findDate('ngày 24/01/2022')?.iso).toBe('2022-01-24');
    expect(findDate('ngày 31/02/2022')).toBeNull();
  });

  it('rewrites bodies printed in capitals the way the text writes them', () => {
    expect(toReadableCase('BAN DÂN VẬN HUYỆN ỦY TÂY SƠN')).toBe('Ban Dân vận Huyện ủy Tây Sơn');
    expect(toReadableCase('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH')).toBe('Ủy ban nhân dân tỉnh Bình Định');
    expect(toReadableCase('BTV LĐLĐ TỈNH')).toBe('BTV LĐLĐ tỉnh');
  });
});
