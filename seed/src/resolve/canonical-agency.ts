// One canonical name per agency: abbreviations expanded, organ words in their usual case, and the
// place made explicit ("UBND huyện" in a Tây Sơn document → "Ủy ban nhân dân huyện Tây Sơn").
import type { Level } from '../parsed-document.ts';
import { fold, normalizeVietnamese } from '../text/vietnamese.ts';
import type { Place } from './place.ts';
import { levelOfName } from './place.ts';

export interface CanonicalAgency {
  name: string;
  level: Level;
  isGroup: boolean;
  /** "district", "province" or null: which unit of the place the name was qualified with */
  placeTier: 'district' | 'province' | null;
  /** the body it belongs to ("Huyện ủy Tây Sơn" for its Ban Dân vận), when the name shows it */
  parentName: string | null;
}

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/(?<![\p{L}\d])UBMTTQVN(?![\p{L}\d])/gu, 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [/(?<![\p{L}\d])UBMTTQ(?![\p{L}\d])/gu, 'Ủy ban Mặt trận Tổ quốc'],
  [/(?<![\p{L}\d])MTTQVN(?![\p{L}\d])/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/(?<![\p{L}\d])MTTQ(?![\p{L}\d])/gu, 'Mặt trận Tổ quốc'],
  [/(?<![\p{L}\d])UBND(?![\p{L}\d])/gu, 'Ủy ban nhân dân'],
  [/(?<![\p{L}\d])HĐND(?![\p{L}\d])/gu, 'Hội đồng nhân dân'],
  [/(?<![\p{L}\d])BDVHU(?![\p{L}\d])/gu, 'Ban Dân vận Huyện ủy'],
  [/(?<![\p{L}\d])BDVTU(?![\p{L}\d])/gu, 'Ban Dân vận Tỉnh ủy'],
  [/(?<![\p{L}\d])BDVTW(?![\p{L}\d])/gu, 'Ban Dân vận Trung ương'],
  [/(?<![\p{L}\d])VPHU(?![\p{L}\d])/gu, 'Văn phòng Huyện ủy'],
  [/(?<![\p{L}\d])VPTU(?![\p{L}\d])/gu, 'Văn phòng Tỉnh ủy'],
  [/(?<![\p{L}\d])BTV(?![\p{L}\d])/gu, 'Ban Thường vụ'],
  [/(?<![\p{L}\d])LĐLĐ(?![\p{L}\d])/gu, 'Liên đoàn Lao động'],
  [/(?<![\p{L}\d])HLHPN(?![\p{L}\d])/gu, 'Hội Liên hiệp Phụ nữ'],
  [/(?<![\p{L}\d])HND(?![\p{L}\d])/gu, 'Hội Nông dân'],
  [/(?<![\p{L}\d])CCB(?![\p{L}\d])/gu, 'Cựu chiến binh'],
  [/(?<![\p{L}\d])TCCSĐ(?![\p{L}\d])/gu, 'tổ chức cơ sở đảng'],
  [/(?<![\p{L}\d])LĐVP(?![\p{L}\d])/gu, 'Lãnh đạo Văn phòng'],
  [/^TT\s+(?=(Tỉnh|Huyện|Thành) ủy)/u, 'Thường trực '],
  [/^CT,\s*các PCT\b/u, 'Chủ tịch, các Phó Chủ tịch'],
  [/(?<![\p{L}\d])TƯ(?![\p{L}\d])/gu, 'Trung ương'],
  [/(?<![\p{L}\d])TW(?![\p{L}\d])/gu, 'Trung ương'],
  [/&/gu, 'và'],
];

/** Organ names in the case the documents themselves use in running text. */
const ORGAN_CASE: string[] = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Ban Dân vận', 'Ban Thường vụ', 'Ban Chấp hành', 'Thường trực',
  'Ban Tổ chức', 'Ban Tuyên giáo', 'Ủy ban Kiểm tra', 'Văn phòng', 'Huyện ủy', 'Tỉnh ủy', 'Thành ủy', 'Quận ủy',
  'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Thủ tướng Chính phủ', 'Chính phủ',
  'Quốc hội', 'Liên đoàn Lao động', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Tỉnh đoàn',
  'Huyện đoàn', 'Đoàn Thanh niên', 'Thanh tra', 'Sở Nội vụ', 'Phòng Nội vụ', 'Vụ Đoàn thể', 'Chủ tịch',
  'Phó Chủ tịch', 'Lãnh đạo', 'Việt Nam',
];

const ORGAN_PATTERNS = ORGAN_CASE.map((organ) => ({
  pattern: new RegExp(`(?<![\\p{L}])${organ.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'),
  organ,
}));

function caseOrgans(name: string): string {
  let out = name;
  for (const { pattern, organ } of ORGAN_PATTERNS) out = out.replace(pattern, organ);
  return out;
}

function expandAbbreviations(name: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), name);
}

/** Sentence case for a name printed in capitals ("BAN DÂN VẬN HUYỆN ỦY" → "Ban dân vận huyện ủy", cased later). */
function uncapitalise(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 4 || upper.length / letters.length < 0.8) return name;
  const lower = name.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

const GROUP = /^(các|những|cơ quan, đơn vị)\b|\bcác cấp\b|^lực lượng vũ trang|^chính quyền|, (các )?(ban|ngành|đoàn thể|hội)/iu;

/** Words after which a place name is expected: "Ủy ban nhân dân huyện" → "… huyện Tây Sơn". */
const DISTRICT_TAIL = /(huyện|Huyện ủy|quận|Quận ủy|thị xã|Thị ủy)$/u;
const PROVINCE_TAIL = /(tỉnh|Tỉnh ủy|thành phố|Thành ủy|Tỉnh đoàn)$/u;
/** Bodies that exist only at one level and are named without it ("Sở Nội vụ" is a province's). */
const PROVINCIAL_BODY = /^(Sở\s|Thanh tra tỉnh$)/u;
const BARE_LOCAL_BODY = /^(Ủy ban nhân dân|Hội đồng nhân dân|Thường trực Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban Mặt trận Tổ quốc|Mặt trận Tổ quốc)$/u;

function cleanName(raw: string): string {
  return normalizeVietnamese(raw)
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–+•:;,.]+|[\s:;,.]+$/gu, '')
    .replace(/\s*\((báo cáo|b\/c|để báo cáo|thực hiện|t\/h|để biết|phối hợp)\)\s*$/iu, '')
    .trim();
}

function placeWords(level: Level, place: Place): string | null {
  if (level === 'DISTRICT' && place.district) return `${place.district.kind} ${place.district.name}`;
  if (level === 'PROVINCE' && place.province) return `${place.province.kind} ${place.province.name}`;
  return null;
}

/** The body a named organ belongs to: "Ban Dân vận Huyện ủy Tây Sơn" → "Huyện ủy Tây Sơn". */
function parentOf(name: string): string | null {
  const party = name.match(/^(?:Ban\s[\p{L}\s]+?|Văn phòng|Ủy ban Kiểm tra|Thường trực)\s((?:Huyện|Tỉnh|Thành|Quận|Thị) ủy\s.+)$/u);
  if (party?.[1]) return party[1];
  const state = name.match(/^(?:Sở\s[\p{L}\s]+?|Phòng\s[\p{L}\s]+?|Thanh tra|Văn phòng Ủy ban nhân dân)\s((?:tỉnh|huyện|thành phố|quận|thị xã)\s.+)$/u);
  if (state?.[1]) return `Ủy ban nhân dân ${state[1]}`;
  return null;
}

/**
 * The canonical form of an agency named in a document of `docLevel` located at `place`.
 * Never invents a place the document does not have: without one, the name stays as written.
 */
export function canonicalAgency(raw: string, place: Place, docLevel: Level): CanonicalAgency {
  let name = caseOrgans(expandAbbreviations(uncapitalise(cleanName(raw))));
  name = name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  const isGroup = GROUP.test(name);
  let placeTier: CanonicalAgency['placeTier'] = null;

  if (DISTRICT_TAIL.test(name) && place.district) {
    name = `${name} ${place.district.name}`;
    placeTier = 'district';
  } else if (PROVINCE_TAIL.test(name) && place.province) {
    name = `${name} ${place.province.name}`;
    placeTier = 'province';
  } else if (PROVINCIAL_BODY.test(name) && place.province) {
    name = /tỉnh$/u.test(name) ? `${name} ${place.province.name}` : `${name} tỉnh ${place.province.name}`;
    placeTier = 'province';
  } else if (BARE_LOCAL_BODY.test(name)) {
    const words = placeWords(docLevel, place);
    if (words) {
      name = `${name} ${words}`;
      placeTier = docLevel === 'DISTRICT' ? 'district' : 'province';
    }
  }
  const named = levelOfName(name);
  const level: Level = named !== 'UNKNOWN' ? named : isGroup ? 'UNKNOWN' : docLevel;
  return { name, level, isGroup, placeTier, parentName: isGroup ? null : parentOf(name) };
}

/** The identity of an agency: its canonical name, folded. */
export function agencyKey(canonicalName: string): string {
  return fold(canonicalName);
}
