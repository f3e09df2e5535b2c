// Is this a Party or State document at all? A news story or a blog post has none of the marks
// every such document carries: a number, a place and date, a kind, bases, articles, a signature.

import type { ParsedDocument } from '../parsed-document.ts';

interface Mark {
  has: (parsed: ParsedDocument) => boolean;
  /** the mark, as the reason names it */
  name: string;
}

const MARKS: Mark[] = [
  { has: (p) => p.number !== null || p.warnings.some((w) => w.kind === 'BLANK_NUMBER'), name: 'số văn bản' },
  { has: (p) => p.place !== null && p.issuedYear !== null, name: 'địa danh và ngày tháng ban hành' },
  { has: (p) => (p.blocks ?? []).some((b) => b.role === 'title'), name: 'tên loại văn bản (QUYẾT ĐỊNH, KẾ HOẠCH, …) hay dòng V/v' },
  { has: (p) => p.bases.length > 0, name: 'căn cứ ban hành' },
  { has: (p) => p.articles.length > 0 || p.chapters.length > 0 || p.sections.some((s) => /^[IVXL]+(?:\.|$)/u.test(s.path)), name: 'điều, chương hay mục La Mã' },
  { has: (p) => p.signers.some((s) => s.position !== null || s.capacity !== null), name: 'chữ ký có chức vụ' },
  { has: (p) => p.recipients.length > 0, name: 'nơi nhận' },
];

export function looksLikeDocument(parsed: ParsedDocument): { ok: boolean; reason: string } {
  const present = MARKS.filter((m) => m.has(parsed));
  if (present.length > 0) {
    return { ok: true, reason: `Có ${present.map((m) => m.name).join(', ')}` };
  }
  return {
    ok: false,
    reason: `Không phải văn bản của Đảng hay Nhà nước: không có ${MARKS.map((m) => m.name).join(', không có ')}`,
  };
}
