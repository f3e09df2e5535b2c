// Headers and signature blocks print bodies and positions in capitals ("BAN DÂN VẬN HUYỆN ỦY"):
// rewrite them the way the running text writes them ("Ban Dân vận Huyện ủy").

const PHRASES = [
  'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Lao động Thương binh và Xã hội',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Khoa học và Công nghệ',
  'Bộ Công Thương',
  'Bộ Nông nghiệp và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Thông tin và Truyền thông',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Giao thông vận tải',
  'Bộ Dân tộc và Tôn giáo',
  'Bộ Nội vụ',
  'Bộ Quốc phòng',
  'Ngân hàng Nhà nước Việt Nam',
  'Tòa án nhân dân tối cao',
  'Viện Kiểm sát nhân dân tối cao',
  'Kiểm toán Nhà nước',
  'Đại hội đại biểu toàn quốc',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Ủy ban Kiểm tra',
  'Ủy ban Thường vụ Quốc hội',
  'Ủy ban',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Ban Bí thư',
  'Ban Dân vận',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ban Nội chính',
  'Ban',
  'Bộ Chính trị',
  'Bộ',
  'Sở',
  'Phòng',
  'Cục',
  'Vụ',
  'Hội',
  'Viện',
  'Trung tâm',
  'Văn phòng',
  'Thanh tra',
  'Thường trực',
  'Trung ương',
  'Chính phủ',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Quốc hội',
  'Đảng ủy',
  'Huyện ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Quận ủy',
  'Thị ủy',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn',
  'Đảng bộ',
  'Liên đoàn Lao động',
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Trưởng ban',
  'Trưởng ban',
  'Phó Bí thư',
  'Bí thư',
  'Bộ trưởng',
  'Thứ trưởng',
  'Phó Giám đốc',
  'Giám đốc',
  'Chánh Văn phòng',
  'Chánh Thanh tra',
  'Ủy viên',
];

/** Words after which a name or a place follows and keeps its capital. */
const OPENS_NAME = new Set(['Bộ', 'Sở', 'Phòng', 'Cục', 'Vụ', 'Hội', 'Viện', 'Trung tâm', 'Ban']);
/** Words after which a place name follows ("tỉnh Bình Định", "Huyện ủy Tây Sơn"). */
const OPENS_PLACE = new Set([
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị trấn', 'thị xã', 'thành phố',
  'Huyện ủy', 'Tỉnh ủy', 'Thành ủy', 'Quận ủy', 'Thị ủy', 'Tỉnh đoàn', 'Huyện đoàn', 'Thành đoàn',
]);
const LEVEL_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'tỉnh', 'huyện', 'xã', 'phường', 'quận'];

/** "LẦN THỨ XI", "KHÓA XV": the ordinal stays in capitals. */
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'UBMTTQ', 'TƯ', 'TW', 'VN', 'TP', 'TT', 'VP', 'TNCS', 'BCH']);

const PHRASE_TOKENS = [...PHRASES, ...LEVEL_WORDS]
  .map((p) => ({ readable: p.split(' '), upper: p.toUpperCase().split(' ') }))
  .sort((a, b) => b.upper.length - a.upper.length);

export function toReadableCase(text: string): string {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let afterOpener = false;
  let inPlace = false;
  for (let i = 0; i < tokens.length; ) {
    const phrase = PHRASE_TOKENS.find((p) =>
      p.upper.every((word, k) => tokens[i + k]?.toUpperCase() === word),
    );
    if (phrase) {
      const readable = phrase.readable.join(' ');
      out.push(readable);
      afterOpener = OPENS_NAME.has(readable);
      inPlace = OPENS_PLACE.has(readable);
      i += phrase.upper.length;
      continue;
    }
    const token = tokens[i] ?? '';
    if (isAbbreviation(token) || ROMAN.test(token)) out.push(token);
    else if (inPlace || afterOpener || out.length === 0) out.push(capitalize(token.toLowerCase()));
    else out.push(token.toLowerCase());
    afterOpener = false;
    i += 1;
  }
  return out.join(' ');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Capitalized words, digits or no vowel at all ("LĐLĐ", "HLHPN", "CCB"): an abbreviation. */
function isAbbreviation(token: string): boolean {
  if (ABBREVIATIONS.has(token) || /\d/.test(token) || /[./]/.test(token)) return true;
  if (token !== token.toUpperCase()) return false;
  const bare = token.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D');
  return /^\p{Lu}+$/u.test(bare) && !/[AEIOUY]/.test(bare);
}
