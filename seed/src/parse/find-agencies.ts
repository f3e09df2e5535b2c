// Agencies in running text: where a body's name starts, where it ends (at the verb of its duty),
// and how a joint subject ("A, B và C") splits into bodies.

/** Generic nouns that name a body only when a capitalized name follows ("Ban Dân vận", "Sở Nội vụ"). */
const NAMED_HEADS = [
  'Ban', 'Sở', 'Phòng', 'Cục', 'Tổng cục', 'Chi cục', 'Vụ', 'Bộ', 'Hội', 'Viện', 'Trung tâm', 'Đài',
  'Báo', 'Đoàn', 'Liên đoàn', 'Văn phòng', 'Kho bạc', 'Trường',
];
/** Bodies and office holders complete by themselves. */
const SELF_HEADS = [
  'Ủy ban nhân dân', 'Ủy ban', 'UBND', 'UBMTTQ', 'MTTQ', 'HĐND', 'Hội đồng nhân dân', 'Mặt trận Tổ quốc',
  'Thường trực', 'Đảng ủy', 'Đảng bộ', 'Huyện ủy', 'Tỉnh ủy', 'Thành ủy', 'Tỉnh đoàn',
  'Huyện đoàn', 'Chủ tịch', 'Phó Chủ tịch', 'Thủ trưởng', 'Giám đốc', 'Chánh Văn phòng', 'Công an',
  'Tòa án', 'Viện kiểm sát', 'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Bộ Chính trị', 'Ban Bí thư',
  'Lực lượng vũ trang', 'Chính quyền', 'Người đứng đầu', 'Cơ quan', 'Bảo hiểm xã hội',
];
/** Lower-case group nouns after "các" ("các sở, ban, ngành", "các đoàn thể"). */
const GROUP_NOUNS = [
  'sở', 'ban', 'ngành', 'phòng', 'cơ quan', 'đơn vị', 'tổ chức', 'đoàn thể', 'hội', 'đảng bộ', 'chi bộ',
  'chi', 'cấp ủy', 'địa phương', 'bộ', 'Bộ', 'Sở', 'Ban', 'Phòng', 'Hội',
];

const alt = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const ORGAN =
  `(?:(?:[Cc]ác|[Tt]hủ trưởng các|[Cc]hủ tịch)\\s+(?:${alt(GROUP_NOUNS)})(?![\\p{L}])` +
  `|Thanh tra(?![\\p{L}])(?!,\\s*\\p{Ll})|(?:${alt(SELF_HEADS)})(?![\\p{L}])` +
  `|(?:${alt(NAMED_HEADS)})\\s+\\p{Lu})`;

const ORGAN_START = new RegExp(`^${ORGAN}`, 'u');
const ORGAN_ANYWHERE = new RegExp(`(?<![\\p{L}])${ORGAN}`, 'gu');

/** Words that end an agency's name: what follows is its duty. Case matters: names are capitalized. */
const VERBS = [
  'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'chỉ đạo', 'tập trung', 'thực hiện',
  'triển khai', 'tham mưu', 'xây dựng', 'hướng dẫn', 'theo dõi', 'làm', 'giao', 'cử',
  'báo cáo', 'gửi', 'thường xuyên', 'định kỳ', 'ban hành', 'nắm', 'tiếp tục', 'đánh giá', 'tham gia',
  'rà soát', 'đôn đốc', 'bố trí', 'bảo đảm', 'đảm bảo', 'phân công', 'quán triệt', 'tuyên truyền',
  'vận động', 'chuẩn bị', 'giám sát', 'căn cứ', 'cung cấp', 'phát huy', 'tăng cường', 'đẩy mạnh',
  'nâng cao', 'giúp', 'chấp hành', 'trao đổi', 'xem xét', 'cập nhật', 'tổng hợp', 'nghiên cứu',
  'thẩm định', 'lấy ý kiến', 'mời', 'kịp thời', 'trực tiếp', 'khẩn trương', 'được', 'là', 'cần',
  'phải', 'lãnh đạo', 'xử lý', 'giải quyết', 'quản lý', 'ký kết',
];
const VERB = new RegExp(
  `(?<=\\s)(?:(?:${alt(VERBS)})(?![\\p{L}])|có(?!\\s+liên quan)(?![\\p{L}])|kiểm tra(?!\\s+(?:Huyện|Tỉnh|Thành|Đảng|Trung))(?![\\p{L}])|(?<!,\\s|các\\s)tổ chức(?!\\s+(?:chính trị|đảng|cơ sở|có liên quan|đoàn thể|hội))(?![\\p{L}]))`,
  'u',
);

/** Joint subjects run long: "Các sở, ban, ngành, đơn vị sự nghiệp … và Ủy ban nhân dân các huyện, …". */
const MAX_NAME_WORDS = 32;

export interface AgencyPhrase {
  agency: string;
  start: number;
  /** index of the verb that ends the name */
  end: number;
}

/** The agency named from `start` up to its verb, or null when no verb follows within a name's length. */
export function agencyPhraseAt(text: string, start: number): AgencyPhrase | null {
  const rest = text.slice(start);
  const verb = VERB.exec(rest);
  if (!verb) return null;
  const agency = rest.slice(0, verb.index).replace(/[\s,:]+$/, '');
  if (agency === '' || /[;.]\s/.test(agency) || agency.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return { agency, start, end: start + verb.index };
}

export function organStarts(text: string): number[] {
  return [...text.matchAll(new RegExp(ORGAN_ANYWHERE))].map((m) => m.index);
}

export function startsWithOrgan(text: string): boolean {
  return ORGAN_START.test(text);
}

/** "Văn phòng HĐND và UBND huyện" is one office, not two bodies. */
const COMPOUNDS = /(Văn phòng\s+(?:Hội đồng nhân dân|HĐND))\s+(và|&)\s+(?=Ủy ban nhân dân|UBND)/gu;
const PERSONS = /^(?:chuyên viên|cán bộ|đại diện|lãnh đạo)\s/u;

/** "Ban Dân vận Tỉnh ủy, UBMTTQ và các đoàn thể" → three bodies; "Các phòng, ban, ngành" stays one. */
export function splitJointAgencies(phrase: string): string[] {
  const guarded = phrase.replace(COMPOUNDS, (_, office: string, joiner: string) => `${office}\u0000${joiner}\u0000`);
  const parts: string[] = [];
  let current = '';
  for (const piece of guarded.split(/(,\s+|\s+và\s+)/u)) {
    if (/^(?:,\s+|\s+và\s+)$/u.test(piece)) {
      current += `\u0001${piece}`;
      continue;
    }
    const joinerAt = current.lastIndexOf('\u0001');
    if (joinerAt >= 0 && (ORGAN_START.test(piece) || PERSONS.test(piece))) {
      parts.push(current.slice(0, joinerAt));
      current = piece;
    } else {
      current += piece;
    }
  }
  parts.push(current);
  return parts
    .map((p) => p.replace(/\u0001/g, '').replace(/\u0000/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * The bodies named where a sentence or list item begins right before `verb` ("…, Ban Thường vụ
 * Huyện ủy ban hành …"): a body after "của" is the proposer, not the actor.
 */
export function actorsBefore(text: string, verb: RegExp): string[] {
  const at = text.search(verb);
  if (at < 0) return [];
  const start = organStarts(text.slice(0, at)).find(
    (o) => (o === 0 || /[,;:]\s*$/.test(text.slice(0, o))) && agencyPhraseAt(text, o)?.end === at,
  );
  if (start === undefined) return [];
  const phrase = text.slice(start, at).replace(/\s+thống nhất\s*$/u, '').replace(/[\s,]+$/u, '');
  return splitJointAgencies(phrase);
}
