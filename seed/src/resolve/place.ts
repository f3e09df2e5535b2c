// Where a document belongs: its district and province as they were on its date, and its level.
import type { AdministrativeUnit } from '../gazetteer/gazetteer.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Level, ParsedDocument } from '../parsed-document.ts';
import { fold } from '../text/vietnamese.ts';

export interface Place {
  province: AdministrativeUnit | null;
  district: AdministrativeUnit | null;
  commune: AdministrativeUnit | null;
  /** a commune the text names but the gazetteer cannot tell apart from its namesakes */
  communeName?: string;
}

export const NO_PLACE: Place = { province: null, district: null, commune: null };

function placeOfCommune(commune: AdministrativeUnit): Place {
  return { commune, district: commune.parent, province: commune.parent?.parent ?? null };
}

function placeOfDistrict(district: AdministrativeUnit): Place {
  return { commune: null, district, province: district.parent };
}

const UNIT_NAME = String.raw`((?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*){0,3})`;
const DISTRICT_PHRASE = new RegExp(String.raw`(?:huyện|quận|thị xã|Huyện ủy|Quận ủy|Thị ủy)\s+${UNIT_NAME}`, 'gu');
const PROVINCE_PHRASE = new RegExp(String.raw`(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy|Tỉnh đoàn)\s+${UNIT_NAME}`, 'gu');
const COMMUNE_WORDS = /(?<![\p{L}])(xã|phường|thị trấn)\s+(\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})/gu;

/** The longest prefix of a capitalised run that names a unit ("Thanh Oai về …" → "Thanh Oai"). */
function unitsIn(text: string, pattern: RegExp, find: (name: string) => AdministrativeUnit[]): AdministrativeUnit[] {
  const found: AdministrativeUnit[] = [];
  for (const match of text.matchAll(pattern)) {
    const words = (match[1] ?? '').split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const units = find(words.slice(0, n).join(' '));
      if (units.length > 0) {
        found.push(...units);
        break;
      }
    }
  }
  return found;
}

export function provincesIn(text: string): AdministrativeUnit[] {
  const g = gazetteer();
  return unitsIn(text, PROVINCE_PHRASE, (name) => {
    const p = g.province(name);
    return p ? [p] : [];
  });
}

export function districtsIn(text: string): AdministrativeUnit[] {
  return unitsIn(text, DISTRICT_PHRASE, (name) => gazetteer().districtsNamed(name));
}

/** The text a document's place is read from, most telling first. */
function placeEvidence(doc: ParsedDocument): string[] {
  return [
    doc.title ?? '',
    doc.issuers.join('; '),
    doc.signers.map((s) => `${s.capacity ?? ''} ${s.agency ?? ''}`).join('; '),
    doc.bases.map((b) => b.quote).join('\n'),
    doc.recipients.map((r) => r.name).join('; '),
    doc.articles.map((a) => `${a.heading ?? ''} ${a.text}`).join('\n'),
    doc.sections.map((s) => `${s.heading ?? ''} ${s.text}`).join('\n'),
  ];
}

/** The commune a commune body names ("Ủy ban nhân dân xã Xuân Quế"), among those of the places the text names. */
function communeOf(doc: ParsedDocument, all: string): AdministrativeUnit | null {
  const g = gazetteer();
  const named = new Set<string>();
  for (const text of [...doc.issuers, doc.place ?? '']) {
    for (const m of text.matchAll(COMMUNE_WORDS)) named.add(m[2]!);
  }
  if (doc.place && doc.issuers.some((i) => levelOfName(i) === 'COMMUNE')) named.add(doc.place);
  if (named.size === 0) return null;
  const districts = districtsIn(all);
  const provinces = provincesIn(all);
  for (const name of named) {
    const candidates = g.communesNamed(name);
    const inDistrict = candidates.filter((c) => districts.some((d) => d.code === c.parent?.code));
    const inProvince = candidates.filter((c) => provinces.some((p) => p.code === c.parent?.parent?.code));
    // a name shared by communes of several provinces is placed only when the text says which
    const chosen = inDistrict.length === 1 ? inDistrict[0] : inProvince.length === 1 ? inProvince[0] : candidates.length === 1 ? candidates[0] : undefined;
    if (chosen) return chosen;
  }
  return null;
}

export function locateDocument(doc: ParsedDocument): Place {
  const located = locateUnits(doc);
  // a commune body whose commune the gazetteer cannot single out still keeps its documents apart
  // from those of the other communes of the district
  const communeBody = doc.issuers.some((i) => levelOfName(i) === 'COMMUNE');
  return !located.commune && communeBody && doc.place ? { ...located, communeName: doc.place } : located;
}

function locateUnits(doc: ParsedDocument): Place {
  const g = gazetteer();
  const evidence = placeEvidence(doc);
  const all = evidence.join('\n');
  const commune = communeOf(doc, all);
  if (commune) return placeOfCommune(commune);
  const mentionedProvinces = provincesIn(all);
  const pickDistrict = (candidates: AdministrativeUnit[]): AdministrativeUnit | null =>
    candidates.find((d) => mentionedProvinces.some((p) => p.code === d.parent?.code)) ?? candidates[0] ?? null;

  if (doc.place) {
    const district = pickDistrict(g.districtsNamed(doc.place));
    if (district) return placeOfDistrict(district);
    const province = g.province(doc.place);
    if (province) return { ...NO_PLACE, province };
  }
  for (const text of evidence) {
    const district = pickDistrict(districtsIn(text));
    if (district) return placeOfDistrict(district);
    const province = provincesIn(text)[0];
    if (province) return { ...NO_PLACE, province };
  }
  return NO_PLACE;
}

const CENTRAL_BODIES =
  /\b(bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong|chinh phu|thu tuong|quoc hoi|dai hoi dang toan quoc|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|bo (noi vu|tai chinh|cong thuong|tu phap|y te|cong an|quoc phong|ngoai giao|xay dung|giao thong van tai|lao dong|giao duc|tai nguyen|ke hoach|nong nghiep|thong tin|van hoa|khoa hoc))\b/;

/** Folded text without the phrases whose words only look like level words ("xã hội", "địa phương"). */
function levelWords(name: string): string {
  return fold(name).replace(/\bxa hoi\b/g, ' ').replace(/\bdia phuong\b/g, ' ').replace(/\bcac cap\b/g, ' ');
}

/** The level of a body from its name ("Ban Dân vận Huyện ủy" → DISTRICT), UNKNOWN when the name does not say. */
export function levelOfName(name: string): Level {
  const f = levelWords(name);
  if (CENTRAL_BODIES.test(f)) return 'CENTRAL';
  if (/\b(huyen|quan|thi xa|huyen uy|quan uy|thi uy|huyen doan)\b/.test(f)) return 'DISTRICT';
  if (/\b(tinh|thanh pho|tinh uy|thanh uy|tinh doan|so [a-z]+)\b/.test(f)) return 'PROVINCE';
  if (/\b(xa|phuong|thi tran)\b/.test(f) && !/\bcac (xa|phuong)/.test(f)) return 'COMMUNE';
  return 'UNKNOWN';
}

const LEVEL_ORDER: readonly Level[] = ['COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL'];

/** A document's level: its issuers' (the lowest among joint issuers), else its place's, else its number's. */
export function levelOfDocument(doc: ParsedDocument, place: Place): Level {
  const levels: Level[] = doc.issuers.map(levelOfName).filter((l) => l !== 'UNKNOWN');
  const lowest = LEVEL_ORDER.find((l) => levels.includes(l));
  if (lowest) return lowest;
  if (doc.number) {
    const fromNumber = levelOfNumber(doc.number);
    if (fromNumber !== 'UNKNOWN') return fromNumber;
  }
  if (place.commune) return 'COMMUNE';
  if (place.district) return 'DISTRICT';
  if (place.province) return 'PROVINCE';
  return 'UNKNOWN';
}

/** Issuer codes of central bodies: the Government, the Prime Minister, ministries, supreme courts. */
const CENTRAL_CODES = new Set([
  'TTG', 'CP', 'VPCP', 'BNV', 'BTC', 'BCT', 'BTP', 'BYT', 'BCA', 'BQP', 'BNG', 'BXD', 'BGTVT', 'BLĐTBXH',
  'BGDĐT', 'BTNMT', 'BKHĐT', 'BNNPTNT', 'BTTTT', 'BVHTTDL', 'BKHCN', 'NHNN', 'TANDTC', 'VKSNDTC', 'KTNN', 'TTCP',
]);

/** What the issuer code of a number says about its level ("…/TW" central, "…/HU" district). */
export function levelOfNumber(number: string): Level {
  const codes = issuerCodesOf(number);
  // local codes first: "BDVHU" would otherwise pass for a ministry code ("B…")
  if (codes.some((c) => /^(HU|QU|TXU|THU|BDVHU|BTCHU|VPHU|UBKTHU)$/u.test(c))) return 'DISTRICT';
  if (codes.some((c) => /^(TU|BDVTU|BTCTU|VPTU|UBKTTU)$/u.test(c))) return 'PROVINCE';
  if (codes.some((c) => /^(ĐU|DU)$/u.test(c))) return 'COMMUNE';
  if (codes.some((c) => /(TW|TƯ)$/u.test(c) || CENTRAL_CODES.has(c) || /^(QH|UBTVQH)\d*$/u.test(c))) return 'CENTRAL';
  return 'UNKNOWN';
}

/** The issuer codes of a number: "23-QĐ/TW" → [TW]; "01/QC-UBND-BDVHU" → [UBND, BDVHU]; "4307/UBND" → [UBND]. */
export function issuerCodesOf(number: string): string[] {
  const upper = number.toUpperCase().replace(/\s+/g, '');
  const afterSlash = upper.split('/').slice(1);
  if (afterSlash.length === 0) return [];
  const last = afterSlash[afterSlash.length - 1] ?? '';
  // Party shape "<n>-<KIND>/<ISSUER>"
  if (/^\d+-[^/]+\/[^/]+$/.test(upper)) return last.split('-');
  const parts = last.split('-');
  // State shape "<n>/<KIND>-<ISSUER>[-<ISSUER>]" or Công văn "<n>/<ISSUER>[-<unit>]"
  return parts.length > 1 ? parts.slice(1) : parts;
}

const PARTY_CODE: Partial<Record<Level, string>> = { CENTRAL: 'TW', PROVINCE: 'TU', DISTRICT: 'HU', COMMUNE: 'ĐU' };

/**
 * The Party number the named issuer would have used, when the written code contradicts it
 * ("314-QĐ/TU" of a Ban Thường vụ Huyện ủy → "314-QĐ/HU"); null when they agree or either is unclear.
 */
export function correctedPartyNumber(number: string, issuer: string): string | null {
  const match = number.normalize('NFC').match(/^(\d+-[^/]+\/)(TW|TƯ|TU|HU|ĐU)$/iu);
  if (!match) return null;
  const written = levelOfNumber(number);
  const named = levelOfName(issuer);
  if (written === 'UNKNOWN' || named === 'UNKNOWN' || written === named) return null;
  const code = PARTY_CODE[named];
  return code ? `${match[1]}${code}` : null;
}
