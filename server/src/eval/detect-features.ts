// Whether a raw text has a number, a date, an issuer, … judged without the parser, from plain
// signs on the page: the denominator of coverage must not come from what is being measured.

export const FEATURES = ['number', 'kind', 'date', 'issuer', 'bases', 'articles', 'signers'] as const;
export type Feature = (typeof FEATURES)[number];

/** markdown and table decoration a line may start with: "| ", "**", "# ", "> " */
const LEAD = String.raw`^[\s|*#>_]*`;

const DETECTORS: Record<Feature, RegExp> = {
  // "Số: 158/2025/NĐ-CP", "Luật số: 60/2024/QH15", "**Số hiệu:** 60/2024/QH15": a "Số" label with a
  // colon, then a number that starts with a digit and carries a "/" or "-"; blank form fields
  // ("Số:........./") and running text ("Số tiền", "CÔNG BÁO/Số 851") have no such number
  number: new RegExp(String.raw`(?:^|[\s|*])(?:\p{L}+\s+)?[Ss]ố(?:\s+hiệu)?[*\s]*:[*\s]*\d+[\p{L}\d./-]*[/-]\p{L}`, 'mu'),
  // the kind word on a line of its own, in capitals, or the "V/v" subject line of a Công văn
  kind: new RegExp(
    String.raw`${LEAD}(?:LUẬT|BỘ LUẬT|PHÁP LỆNH|NGHỊ ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?|QUYẾT ĐỊNH|NGHỊ QUYẾT(?: LIÊN TỊCH)?|CHỈ THỊ|KẾ HOẠCH|QUY ĐỊNH|QUY CHẾ|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH(?: PHỐI HỢP)?|KẾT LUẬN|ĐIỀU LỆ|BÁO CÁO|TỜ TRÌNH|CÔNG ĐIỆN|HIẾN PHÁP)[\s*|]*$|${LEAD}V/v\b`,
    'mu',
  ),
  // the header's "<place>, ngày 25 tháng 6 năm 2025": a comma before "ngày" keeps out the dates of cited documents
  date: new RegExp(String.raw`\p{L},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`, 'u'),
  // an issuing body written in capitals at the start of a line, as headers write them
  issuer: new RegExp(
    String.raw`${LEAD}(?:QUỐC HỘI|ỦY BAN THƯỜNG VỤ QUỐC HỘI|CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|BỘ [\p{Lu}]|NGÂN HÀNG NHÀ NƯỚC|KIỂM TOÁN NHÀ NƯỚC|TÒA ÁN|TOÀ ÁN|VIỆN KIỂM SÁT|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN [\p{Lu}]|BỘ CHÍNH TRỊ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|VĂN PHÒNG|SỞ [\p{Lu}]|MẶT TRẬN|LIÊN ĐOÀN|TỈNH ĐOÀN|TRUNG ƯƠNG|BAN CHẤP HÀNH)`,
    'mu',
  ),
  // a line that starts "Căn cứ", possibly in a list or in italics
  bases: new RegExp(String.raw`^[-*\s_]*Căn cứ`, 'mu'),
  // "Điều 1." or "Điều 1:" at the start of a line, possibly in bold or as a heading
  articles: new RegExp(String.raw`^\s*[#*]*\s*Điều\s+\d+\s*[.:]`, 'mu'),
  // "TM. …", "KT. …", "TL. …", "Q. …" before a signature, or a signing position on a line of its own
  signers: new RegExp(
    String.raw`${LEAD}(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}|${LEAD}(?:PHÓ )?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|TRƯỞNG BAN|GIÁM ĐỐC|CHỦ NHIỆM|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|THỐNG ĐỐC|TỔNG THƯ KÝ)[\s*|]*$|${LEAD}THỨ TRƯỞNG[\s*|]*$`,
    'mu',
  ),
};

export function detectFeatures(text: string): Record<Feature, boolean> {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  return Object.fromEntries(FEATURES.map((f) => [f, DETECTORS[f].test(normalized)])) as Record<Feature, boolean>;
}
