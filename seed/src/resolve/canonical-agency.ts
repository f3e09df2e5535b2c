// One canonical name per agency: abbreviations expanded, organ words in their usual case, and the
// place made explicit ("UBND huyện" in a Tây Sơn document → "Ủy ban nhân dân huyện Tây Sơn").
import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Level } from '../parsed-document.ts';
import { fold, normalizeVietnamese } from '../text/vietnamese.ts';
import type { Place } from './place.ts';
import { levelOfName } from './place.ts';

export interface CanonicalAgency {
  name: string;
  level: Level;
  isGroup: boolean;
  /** which unit of the place the name was qualified with, or the unit it names itself */
  placeTier: 'commune' | 'district' | 'province' | null;
  /** the body it belongs to ("Huyện ủy Tây Sơn" for its Ban Dân vận), when the name shows it */
  parentName: string | null;
}

/** A whole word, in any script: JavaScript's \b only knows ASCII letters. */
function word(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${text}(?![\\p{L}\\d])`, 'gu');
}

/** The abbreviations of DOMAIN.md and of the seeds, longest first so that UBMTTQ is not read as MTTQ. */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [word('UBMTTQVN'), 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [word('UBMTTQ'), 'Ủy ban Mặt trận Tổ quốc'],
  [word('MTTQVN'), 'Mặt trận Tổ quốc Việt Nam'],
  [word('MTTQ'), 'Mặt trận Tổ quốc'],
  [word('UBND'), 'Ủy ban nhân dân'],
  [word('HĐND'), 'Hội đồng nhân dân'],
  [word('BDVHU'), 'Ban Dân vận Huyện ủy'],
  [word('BDVTU'), 'Ban Dân vận Tỉnh ủy'],
  [word('BDVTW'), 'Ban Dân vận Trung ương'],
  [word('VPHU'), 'Văn phòng Huyện ủy'],
  [word('VPTU'), 'Văn phòng Tỉnh ủy'],
  [word('BTV'), 'Ban Thường vụ'],
  [word('LĐLĐ'), 'Liên đoàn Lao động'],
  [word('HLHPN'), 'Hội Liên hiệp Phụ nữ'],
  [word('HND'), 'Hội Nông dân'],
  [word('CCB'), 'Cựu chiến binh'],
  [word('TCCSĐ'), 'tổ chức cơ sở đảng'],
  [word('LĐVP'), 'Lãnh đạo Văn phòng'],
  [/^TT\s+(?=(Tỉnh|Huyện|Thành) ủy)/u, 'Thường trực '],
  [/^CT,\s*các PCT(?![\p{L}])/u, 'Chủ tịch, các Phó Chủ tịch'],
  [word('TƯ'), 'Trung ương'],
  [word('TW'), 'Trung ương'],
  [/\s*&\s*/gu, ' và '],
];

export function expandAbbreviations(name: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), name);
}

/** Organ names in the case the documents themselves use in running text, longest first. */
const ORGAN_CASE: string[] = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Kiểm tra', 'Ban Chấp hành Trung ương', 'Ban Chấp hành',
  'Ban Dân vận', 'Ban Thường vụ', 'Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Bí thư', 'Bộ Chính trị',
  'Thủ tướng Chính phủ', 'Chính phủ', 'Quốc hội', 'Thường trực', 'Văn phòng', 'Huyện ủy', 'Tỉnh ủy', 'Thành ủy',
  'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Trung ương', 'Liên đoàn Lao động', 'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân', 'Hội Cựu chiến binh', 'Tỉnh đoàn', 'Huyện đoàn', 'Đoàn Thanh niên', 'Thanh tra', 'Sở Nội vụ',
  'Phòng Nội vụ', 'Vụ Đoàn thể', 'Phó Chủ tịch', 'Chủ tịch', 'Lãnh đạo', 'Việt Nam', 'Đại hội',
];

const ORGAN_PATTERNS = ORGAN_CASE.map((organ) => ({
  pattern: new RegExp(`(?<![\\p{L}])${organ.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'),
  organ,
}));

/** Bodies named several ways in the texts, and the one name the graph uses for each. */
const SAME_BODY: Array<[RegExp, string]> = [
  [/^Ban Bí thư( Trung ương)?( Đảng)?$/u, 'Ban Bí thư Trung ương'],
  [/^Ban Chấp hành Trung ương( Đảng)?$/u, 'Ban Chấp hành Trung ương'],
  [/^Thủ tướng$/u, 'Thủ tướng Chính phủ'],
  [/^Ban Dân vận TW$/u, 'Ban Dân vận Trung ương'],
];

/** Mass organisations sign "T/M BTV …" for their standing committee; the body itself issues. */
const MASS_ORGANISATION = /^Ban Thường vụ (?=(Liên đoàn Lao động|Tỉnh đoàn|Huyện đoàn|Đoàn Thanh niên|Hội |Ủy ban Mặt trận))/u;

const ROMAN = /^[IVXLC]+$/;

/** Words printed in capitals ("ỦY BAN NHÂN DÂN TỈNH") in small letters; abbreviations and numerals stay. */
function lowerCapitalWords(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => {
    if (w.length < 2 || w !== w.toLocaleUpperCase('vi') || w === w.toLocaleLowerCase('vi') || ROMAN.test(w)) return w;
    return w.toLocaleLowerCase('vi');
  });
}

function caseOrgans(name: string): string {
  let out = name;
  for (const { pattern, organ } of ORGAN_PATTERNS) out = out.replace(pattern, organ);
  // a level word is lower case except as the start of a Party committee or youth union ("Tỉnh ủy")
  return out.replace(/(?<![\p{L}])(Tỉnh|Huyện|Xã)(?!\s+(ủy|đoàn)(?![\p{L}]))(?![\p{L}])/gu, (w) => w.toLocaleLowerCase('vi'));
}

const UNIT_WORDS = /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã)\s+((?:\p{L}+\s*){1,4})$/u;

/** "tỉnh trà vinh" → "tỉnh Trà Vinh" when the words name a unit of the gazetteer. */
function casePlaceName(name: string): string {
  const match = name.match(UNIT_WORDS);
  if (!match?.[2] || /\p{Lu}/u.test(match[2])) return name;
  const words = match[2].trim().split(/\s+/);
  const titled = words.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)).join(' ');
  const g = gazetteer();
  const known = g.province(titled) ?? g.districtsNamed(titled)[0];
  return known ? name.slice(0, name.length - match[2].length) + titled : name;
}

const GROUP = /^(các|những|cơ quan, đơn vị)(?![\p{L}])|(?<![\p{L}])các cấp(?![\p{L}])|^lực lượng vũ trang|^chính quyền|, (các )?(ban|ngành|đoàn thể|hội)(?![\p{L}])/iu;

/** Words after which a place name is expected: "Ủy ban nhân dân huyện" → "… huyện Tây Sơn". */
const COMMUNE_TAIL = /(?<![\p{L}])(xã|phường|thị trấn)$/u;
const DISTRICT_TAIL = /(?<![\p{L}])(huyện|Huyện ủy|quận|Quận ủy|thị xã|Thị ủy|Huyện đoàn)$/u;
const PROVINCE_TAIL = /(?<![\p{L}])(tỉnh|Tỉnh ủy|Thành ủy|Tỉnh đoàn)$/u;
/** Groups of the units below: "các huyện, thị xã, thành phố" of a province, "các xã, thị trấn" of a district. */
const DISTRICTS_OF_PROVINCE = /các huyện, (thị xã|thị), thành phố$/u;
const COMMUNES_OF_DISTRICT = /các xã, (phường, )?thị trấn$/u;
/** Bodies that exist only at one level and are named without it ("Sở Nội vụ" is a province's). */
const PROVINCIAL_BODY = /^(Sở\s|Thanh tra tỉnh$)/u;
const BARE_LOCAL_BODY =
  /^(Ủy ban nhân dân|Hội đồng nhân dân|Thường trực Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc|Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh)$/u;

function cleanName(raw: string): string {
  return normalizeVietnamese(raw)
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–+•:;,.}{]+|[\s:;,.}{]+$/gu, '')
    .replace(/\s*\((báo cáo|b\/c|để báo cáo|thực hiện|t\/h|để biết|phối hợp)\)\s*$/iu, '')
    // a trailing parenthesis names offices or notes, not the body ("Vụ Đoàn thể BDVTW (HN, tpHCM)")
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/\s*-\s*/g, ' - ')
    .trim();
}

function placeWords(level: Level, place: Place): string | null {
  if (level === 'COMMUNE' && place.commune) return `${place.commune.kind} ${place.commune.name}`;
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

/** The written name in canonical words, before any place is added. */
export function canonicalWords(raw: string): string {
  let name = caseOrgans(lowerCapitalWords(expandAbbreviations(cleanName(raw))));
  name = name.replace(/Ủy ban Mặt trận Tổ quốc(?! Việt Nam)/u, 'Ủy ban Mặt trận Tổ quốc Việt Nam');
  name = name.replace(MASS_ORGANISATION, '');
  name = name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  for (const [pattern, canonical] of SAME_BODY) if (pattern.test(name)) return canonical;
  return casePlaceName(name);
}

function qualify(name: string, place: Place, docLevel: Level): { name: string; placeTier: CanonicalAgency['placeTier'] } {
  const { district, province } = place;
  const { commune } = place;
  if (COMMUNE_TAIL.test(name) && commune && !/(?<![\p{L}])các\s/u.test(name)) return { name: `${name} ${commune.name}`, placeTier: 'commune' };
  if (commune && name.endsWith(`${commune.kind} ${commune.name}`)) return { name, placeTier: 'commune' };
  // a commune's Party committee is its Đảng ủy; the district has a Huyện ủy instead
  if (name === 'Đảng ủy' && docLevel === 'COMMUNE' && commune) return { name: `Đảng ủy ${commune.kind} ${commune.name}`, placeTier: 'commune' };
  if (DISTRICTS_OF_PROVINCE.test(name) && province) return { name: `${name} thuộc tỉnh ${province.name}`, placeTier: 'province' };
  if (COMMUNES_OF_DISTRICT.test(name) && district) return { name: `${name} ${district.kind} ${district.name}`, placeTier: 'district' };
  if (DISTRICT_TAIL.test(name) && district) return { name: `${name} ${district.name}`, placeTier: 'district' };
  if (PROVINCE_TAIL.test(name) && province) return { name: `${name} ${province.name}`, placeTier: 'province' };
  if (PROVINCIAL_BODY.test(name) && province) {
    return { name: /tỉnh$/u.test(name) ? `${name} ${province.name}` : `${name} tỉnh ${province.name}`, placeTier: 'province' };
  }
  if (BARE_LOCAL_BODY.test(name)) {
    const words = placeWords(docLevel, place);
    if (words) return { name: `${name} ${words}`, placeTier: docLevel === 'COMMUNE' ? 'commune' : docLevel === 'DISTRICT' ? 'district' : 'province' };
  }
  return { name, placeTier: null };
}

/**
 * The canonical form of an agency named in a document of `docLevel` located at `place`.
 * Never invents a place the document does not have: without one, the name stays as written.
 */
export function canonicalAgency(raw: string, place: Place, docLevel: Level): CanonicalAgency {
  const words = canonicalWords(raw);
  const isGroup = GROUP.test(words);
  const { name, placeTier } = qualify(words, place, docLevel);
  const named = levelOfName(name);
  const level: Level = named !== 'UNKNOWN' ? named : isGroup ? 'UNKNOWN' : docLevel;
  return { name, level, isGroup, placeTier, parentName: isGroup ? null : parentOf(name) };
}

/** The identity of an agency: its canonical name, folded. */
export function agencyKey(canonicalName: string): string {
  return fold(canonicalName);
}
