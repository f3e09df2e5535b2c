// Identity of a document: number plus the jurisdiction that issued it, never the number alone
// ("407-QĐ/TU … của Tỉnh ủy" cited from Tây Sơn is Tỉnh ủy Bình Định's 407-QĐ/TU).
import { createHash } from 'node:crypto';
import type { DocumentMention, Level } from '../parsed-document.ts';
import { fold, numberKey } from '../text/vietnamese.ts';
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
  return place.district?.id ?? place.province?.id ?? 'unplaced';
}

export function documentKey(input: { number: string | null; name: string | null; issuedOn: string | null }, scope: string): string {
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
    number: mention.number,
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
    localityId: scope.startsWith('loc:') ? scope : null,
    issuerId: null,
  };
}


