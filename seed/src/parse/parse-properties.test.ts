import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../parsed-document.ts';
import { normalizeCharacters } from './normalize-text.ts';
import { parseDocument } from './parse-document.ts';

const RUNS = 300;

/** Pieces of real documents, gazette pages and website copies, to splice at random. */
const FRAGMENTS = [
  'Điều 1.', 'Điều 2. Phạm vi', 'Điều 5 Nghị định số 63/2010/NĐ-CP', '“Điều 9. Cơ quan', '”.', '"',
  'Căn cứ', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;', 'Số:', 'Số: 135/2026/NĐ-CP',
  'Nghị quyết số: 78/2025/UBTVQH15', 'Số: /UBND-NC', 'Chương I', 'CHƯƠNG II', 'Mục 1', 'Phần I', 'I.', 'II.',
  '1.', '1.1.', 'a)', 'đ)', '-', '+', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'QUYẾT ĐỊNH', 'KẾ HOẠCH',
  'THÔNG TƯ1', 'V/v triển khai', 'Hà Nội, ngày 25 tháng 6 năm 2025', 'Tây Sơn, ngày   tháng   năm 2021',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'HUYỆN TÂY SƠN',
  'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phan Chí Hùng', 'CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025',
  '86', 'Ký bởi: CÔNG BÁO', 'Cơ quan: VĂN PHÒNG CHÍNH PHỦ', 'Thời gian ký: 08.07.2025 14:58:33 +07:00', '[daky]',
  'VĂN BẢN HỢP NHẤT - BỘ Y TẾ', 'XÁC THỰC VĂN BẢN HỢP NHẤT', 'Đang tải văn bản...', 'Tình trạng: Đã biết',
  'Văn bản này chưa cập nhật nội dung Tiếng Anh', '**', '*', '|', '___________', '-------', '*Thy*', '\\*',
  'sửa đổi, bổ sung bởi', 'thay thế', 'hết hiệu lực', 'bãi bỏ', 'Quyết định số 314-QĐ/TU', 'của Tỉnh ủy',
  'hoà', 'Uỷ', 'khoá', 'HOÀ', '66.16/2026/NQ-CP', 'Đại tướng Lương Tam Quang',
];
const WORDS = ['văn bản', 'thực hiện', 'cơ quan', 'trách nhiệm', 'phối hợp', 'Ủy ban', 'huyện', 'năm', 'ngày', 'báo cáo'];
const SEPARATORS = ['\n', '\n\n', ' ', '  \n', '\r\n', '\t', ' | '];

const structured = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), fc.constantFrom(...SEPARATORS)), {
    maxLength: 60,
  })
  .map((pieces) => pieces.map(([text, separator]) => text + separator).join(''));

const inputs = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  structured,
);

/** Letters and digits, sorted: what a reader could lose, whatever the order of blocks. */
function wordCharacters(text: string): string {
  return [...text.split(/\r\n|\r|\n/).map(normalizeCharacters).join('\n')]
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .sort()
    .join('');
}

function isWellFormed(parsed: ParsedDocument, lineCount: number): boolean {
  const lines = (parsed.blocks ?? []).map((b) => b.line);
  return (
    parsed.file === 'x.txt' &&
    typeof parsed.kind === 'string' &&
    parsed.kind !== '' &&
    (parsed.issuedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(parsed.issuedOn)) &&
    [parsed.issuers, parsed.bases, parsed.relations, parsed.citations, parsed.chapters, parsed.articles, parsed.sections, parsed.duties, parsed.signers, parsed.recipients, parsed.warnings].every(Array.isArray) &&
    parsed.articles.every((a) => Number.isInteger(a.number) && a.number > 0 && Array.isArray(a.clauses)) &&
    parsed.warnings.every((w) => /^[A-Z][A-Z_]*$/.test(w.kind) && w.message !== '' && (w.line === null || (w.line >= 1 && w.line <= lineCount))) &&
    lines.every((line, i) => line >= 1 && line <= lineCount && (i === 0 || line >= (lines[i - 1] ?? 0)))
  );
}

describe('parseDocument on any input', () => {
  it('never throws and always returns a well-formed document', () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const parsed = parseDocument(text, 'x.txt');
        expect(parsed.warnings.map((w) => w.kind)).not.toContain('PARSE_FAILED');
        expect(isWellFormed(parsed, text.split(/\r\n|\r|\n/).length)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never loses a word: every letter and digit of the text stands in exactly one block', () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const blocks = parseDocument(text, 'x.txt').blocks ?? [];
        expect(wordCharacters(blocks.map((b) => b.text).join('\n'))).toBe(wordCharacters(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('sets gazette page headers, page numbers and signature stamps apart as noise', () => {
    const page = 'CÔNG BÁO/Số 9999/Ngày 31-12-2099\n4\nKý bởi: CÔNG BÁO 2099\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 31.12.2099\n';
    fc.assert(
      fc.property(structured, fc.nat({ max: 200 }), (text, at) => {
        const cut = Math.min(at, text.length);
        const blocks = parseDocument(`${text.slice(0, cut)}\n${page}${text.slice(cut)}`, 'x.txt').blocks ?? [];
        const stamped = blocks.filter((b) => /2099/u.test(b.text));
        expect(stamped).toHaveLength(3);
        expect(stamped.every((b) => b.role === 'noise')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
