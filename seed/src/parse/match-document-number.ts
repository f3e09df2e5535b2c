// Document numbers and document kinds: the shapes of DOMAIN.md, kept apart from dates and phones.

/**
 * Party "23-QĐ/TW", State "33/CT-TTg", "01/QC-UBND-BDVHU", "4307/UBND", normative
 * "39/2012/QH13", and since 2026 "66.16/2026/NQ-CP". A digit after the slash is a date ("24/01/2022"), never a number.
 */
export const DOCUMENT_NUMBER =
  /(?<![\p{L}\d/.-])\d{1,5}(?:\.\d{1,3})?(?:\/(?:19|20)\d{2})?(?:-\p{Lu}\p{L}*\/[\p{L}\d]+(?:-[\p{L}\d]+)*|\/\p{Lu}[\p{L}\d]*(?:[-&][\p{L}\d]+)*)/gu;

export function findDocumentNumbers(text: string): { number: string; index: number }[] {
  return [...text.matchAll(new RegExp(DOCUMENT_NUMBER))].map((m) => ({ number: m[0], index: m.index }));
}

/** Kinds in readable case, longest first so that "Thông tư liên tịch" wins over "Thông tư". */
export const KINDS = [
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Văn bản hợp nhất',
  'Bộ luật',
  'Hiến pháp',
  'Pháp lệnh',
  'Luật',
  'Nghị định',
  'Nghị quyết',
  'Thông tư',
  'Quyết định',
  'Quy định',
  'Quy chế',
  'Chỉ thị',
  'Kết luận',
  'Kế hoạch',
  'Chương trình',
  'Hướng dẫn',
  'Thông báo',
  'Công văn',
  'Công điện',
  'Điều lệ',
  'Đề án',
  'Báo cáo',
  'Tờ trình',
  'Phương án',
  'Quy trình',
  'Lệnh',
];

export const KIND_PATTERN = KINDS.map((k) => k.replace(/ /g, '\\s+')).join('|');

/** "Nghị Quyết", "điều lệ" → "Nghị quyết", "Điều lệ". */
export function canonicalKind(written: string): string | null {
  const key = written.replace(/\s+/g, ' ').toLowerCase();
  return KINDS.find((k) => k.toLowerCase() === key) ?? null;
}

const KIND_CODES: Record<string, string> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  'QĐ': 'Quyết định',
  'QĐI': 'Quy định',
  QC: 'Quy chế',
  KH: 'Kế hoạch',
  CTR: 'Chương trình',
  CTRPH: 'Chương trình phối hợp',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  'NĐ': 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  CV: 'Công văn',
  VBHN: 'Văn bản hợp nhất',
};

/** The kind a number implies when no word names it: "21-CT/HU" → Chỉ thị, "4307/UBND" → Công văn. */
export function kindOfNumber(number: string): string | null {
  const party = /^\d+-([\p{L}]+)\//u.exec(number);
  if (party?.[1]) return KIND_CODES[party[1].toUpperCase()] ?? null;
  const state = /^\d+(?:\/\d{4})?\/([\p{L}\d]+)(-)?/u.exec(number);
  if (!state?.[1]) return null;
  if (/^QH\d+$/.test(state[1])) return 'Luật';
  const known = KIND_CODES[state[1].toUpperCase()];
  if (known) return known;
  return state[2] ? null : 'Công văn';
}
