// Identity of a document: number plus the jurisdiction that issued it, never the number alone
// ("407-QĐ/TU … của Tỉnh ủy" cited from Tây Sơn is Tỉnh ủy Bình Định's 407-QĐ/TU).
import { createHash } from 'node:crypto';
import type { DocumentMention, Level } from '../parsed-document.ts';
import { fold, normalizeVietnamese, numberKey } from '../text/vietnamese.ts';
import type { DocumentRow } from './graph-batch.ts';
import type { Place } from './place.ts';
import { issuerCodesOf, levelOfName, levelOfNumber } from './place.ts';

export function stableId(prefix: string, key: string): string {
  return `${prefix}_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

const KIND_CODES: Record<string, string> = {
  QĐ: 'Quyết định',
  QĐI: 'Quy định',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  QC: 'Quy chế',
  KH: 'Kế hoạch',
  CTR: 'Chương trình',
  CTRPH: 'Chương trình phối hợp',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  BC: 'Báo cáo',
  QY: 'Quy định',
};

/** The kind a number's type code implies ("21-CT/HU" → Chỉ thị); a bare "<n>/<issuer>" is a Công văn. */
export function kindOfNumber(number: string): string | null {
  const upper = number.toUpperCase().replace(/\s+/g, '');
  const party = upper.match(/^\d+-([^/]+)\//u);
  const state = upper.match(/^\d+\/(?:\d{4}\/)?([^/-]+)-/u);
  const code = party?.[1] ?? state?.[1];
  if (code) return KIND_CODES[code] ?? null;
  return /^\d+\/[^/]+$/u.test(upper) ? 'Công văn' : null;
}

/** Which unit's documents a number belongs to: the nation, or the province or district of the citing text. */
function jurisdictionOf(mention: DocumentMention, citingPlace: Place, citingLevel: Level): { level: Level; scope: string } {
  const fromIssuer = mention.issuer ? levelOfName(mention.issuer) : 'UNKNOWN';
  const fromNumber = mention.number ? levelOfNumber(mention.number) : 'UNKNOWN';
  const fromName = mention.name ? levelOfName(mention.name) : 'UNKNOWN';
  let level: Level = fromNumber !== 'UNKNOWN' ? fromNumber : fromIssuer !== 'UNKNOWN' ? fromIssuer : fromName;
  if (level === 'UNKNOWN' && mention.name && !/huyện|tỉnh|xã/iu.test(mention.name)) level = 'CENTRAL';
  if (level === 'UNKNOWN' && mention.number && issuerCodesOf(mention.number).some((c) => /UBND|HĐND/u.test(c))) {
    level = citingLevel === 'UNKNOWN' || citingLevel === 'CENTRAL' ? 'PROVINCE' : citingLevel;
  }
  return { level, scope: scopeFor(level, citingPlace) };
}

export function scopeFor(level: Level, place: Place): string {
  if (level === 'CENTRAL') return 'vn';
  if (level === 'PROVINCE') return place.province?.id ?? 'unplaced';
  if (level === 'DISTRICT') return place.district?.id ?? place.province?.id ?? 'unplaced';
  if (place.commune) return place.commune.id;
  const above = place.district?.id ?? place.province?.id ?? 'unplaced';
  return place.communeName ? `${above}/${fold(place.communeName)}` : above;
}

/** Type and issuer codes written in mixed case; every other code is upper case. */
const MIXED_CASE_CODES = ['TTg', 'CTr', 'CTrPH', 'QĐi'];

/** One spelling per number: "09-Ctr/TU" → "09-CTr/TU", "23-qđ/tw" → "23-QĐ/TW", spaces and dashes tidied. */
export function canonicalNumber(number: string): string {
  const tidy = normalizeVietnamese(number).replace(/\s*([-/])\s*/g, '$1').trim();
  return tidy.replace(/\p{L}+/gu, (code) => {
    const upper = code.toLocaleUpperCase('vi');
    return MIXED_CASE_CODES.find((m) => m.toLocaleUpperCase('vi') === upper) ?? upper;
  });
}

/** The issuer a document cited by name implies when the text names none (a Luật is the Quốc hội's). */
export function impliedIssuer(mention: DocumentMention): string | null {
  const name = mention.name ?? '';
  if (/^(Luật|Bộ luật|Hiến pháp)(?![\p{L}])/u.test(name) || mention.kind === 'Luật') return 'Quốc hội';
  if (/^Điều lệ Đảng/u.test(name)) return 'Đại hội Đảng toàn quốc';
  const congress = name.match(/^Nghị quyết (Đại hội (?:đại biểu )?Đảng bộ (?:huyện|tỉnh|thành phố)(?: \p{Lu}\p{Ll}*)*)/u);
  if (congress?.[1]) return congress[1];
  const rules = name.match(/^Quy chế làm việc của (Ban Chấp hành Đảng bộ (?:huyện|tỉnh|thành phố))/u);
  if (rules?.[1]) return rules[1];
  return null;
}

/** "… giữa Ủy ban nhân dân huyện và Ban Dân vận Huyện ủy về …": the parties of a joint document. */
export function partiesOf(quote: string): string[] {
  const between = quote.match(/giữa\s+(.+?)(?=\s+về(?![\p{L}])|,|;|$)/u)?.[1];
  const parts = between?.split(/\s+(?:và|với)\s+/u) ?? [];
  return parts.length === 2 && parts.every((p) => /^\p{Lu}/u.test(p)) ? parts : [];
}

/** Kinds the texts cite by name and date ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"). */
const CITED_BY_NAME = /^(Luật|Bộ luật|Hiến pháp|Pháp lệnh)$/u;

/** The key of a law: its name and date, the way other texts cite it, so its text and its citations meet. */
function lawKey(name: string, issuedOn: string | null): string {
  const words = fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
  return `law:${words}@${issuedOn ?? ''}`;
}

export function isCitedByName(kind: string | null): boolean {
  return kind !== null && CITED_BY_NAME.test(kind);
}

export function documentKey(
  input: { number: string | null; name: string | null; kind?: string | null; issuedOn: string | null },
  scope: string,
): string {
  if (input.name && isCitedByName(input.kind ?? null)) return lawKey(input.name, input.issuedOn);
  if (input.number) return `${numberKey(input.number)}@${scope}`;
  return `name:${fold(input.name ?? '')}@${input.issuedOn ?? ''}@${scope}`;
}

export function searchTextOf(parts: Array<string | null | undefined>): string {
  return fold(parts.filter(Boolean).join(' '));
}

/** The node of a document known from a mention: what the citing text says of it, hasText false. */
export function mentionedDocument(mention: DocumentMention, citingPlace: Place, citingLevel: Level): DocumentRow {
  const { level, scope } = jurisdictionOf(mention, citingPlace, citingLevel);
  const kind = mention.kind ?? (mention.number ? kindOfNumber(mention.number) : null);
  return {
    id: stableId('doc', documentKey(mention, scope)),
    number: mention.number ? canonicalNumber(mention.number) : null,
    numberKey: mention.number ? numberKey(mention.number) : null,
    kind,
    title: mention.number ? mention.subject : (mention.name ?? mention.subject),
    issuedOn: mention.issuedOn,
    issuedYear: mention.issuedOn ? Number(mention.issuedOn.slice(0, 4)) : null,
    level,
    place: null,
    hasText: false,
    status: null,
    searchText: searchTextOf([mention.number, kind, mention.name, mention.subject]),
    file: null,
    localityId: scope.startsWith('loc:') ? scope.split('/')[0]! : null,
    issuerIds: [],
  };
}


