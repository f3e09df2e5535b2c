// The header above the title: issuing bodies (top left), "Số: …", "<place>, ngày … tháng … năm …".

import type { ParseWarning } from '../parsed-document.ts';
import { isMostlyUppercase, type Line } from './normalize-text.ts';
import { findDocumentNumbers, KIND_PATTERN } from './match-document-number.ts';
import { findDate, toIsoDate } from './read-date.ts';
import { toReadableCase } from './to-readable-case.ts';

export interface HeaderReading {
  number: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  place: string | null;
  issuers: string[];
  /** index of the "Số" line: mentions below it are citations, not the document's own number */
  numberIndex: number | null;
  /** indexes of a header printed away from the top (gazette layout, VBHN authentication block) */
  displaced: number[];
  warnings: ParseWarning[];
}

/** "Số: …", "Luật số: …", "Nghị quyết số: …", "Bộ luật số: …". */
const NUMBER_LINE = new RegExp(`^(?:(?:${KIND_PATTERN})\\s+|[\\p{L}]+\\s+)?(?:Số|SỐ|số)\\s*:?\\s*(.*)$`, 'u');
const PLACE_DATE =
  /^(.{2,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;
const MOTTO = [
  /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/giu,
  /Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/giu,
  /ĐẢNG CỘNG SẢN VIỆT NAM/giu,
  /XÁC (?:THỰC|NHẬN) VĂN BẢN HỢP NHẤT/giu,
];
/** Words that open an issuing body in capitals. */
const BODY_HEAD =
  /^(?:ỦY BAN|HỘI ĐỒNG|ĐẠI HỘI|BAN|BỘ|SỞ|PHÒNG|VĂN PHÒNG|THANH TRA|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|ĐẢNG BỘ|MẶT TRẬN|LIÊN ĐOÀN|HỘI|TỈNH ĐOÀN|HUYỆN ĐOÀN|CỤC|TỔNG CỤC|UBND|HĐND|KIỂM TOÁN|NGÂN HÀNG|TÒA ÁN|VIỆN)(?![\p{L}])/u;
/** After these, the rest of a body's name is its place ("… HUYỆN ỦY | TÂY SƠN"). */
const LEVEL_END =
  /^(.*?(?:HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|TỈNH(?! ĐOÀN)(?! ỦY)|HUYỆN(?! ĐOÀN)(?! ỦY)|QUẬN(?! ỦY)|XÃ(?! HỘI)|PHƯỜNG))(?:\s.*)?$/u;

/**
 * `consolidated`: the gazette files the text as a consolidated text (VBHN), whose own number
 * stands in its authentication block; the header on top is the consolidated text's.
 */
export function readHeader(lines: Line[], titleIndex: number | null, consolidated = false): HeaderReading {
  const zoneEnd = titleIndex ?? Math.min(lines.length, 20);
  const authentication = lines.findIndex((l) => AUTHENTICATION.test(l.text));
  const ownHeaderAbove = !consolidated && authentication < 0;
  const zone = lines.slice(0, ownHeaderAbove ? zoneEnd : 0);
  const warnings: ParseWarning[] = [];
  const inZone = findNumberLine(zone);
  const from = ownHeaderAbove ? zoneEnd : Math.max(0, authentication - BLOCK_REACH);
  const displaced = inZone < 0 && (ownHeaderAbove || authentication >= 0) ? findDisplacedBlock(lines, from) : null;
  const numberAt = inZone >= 0 ? inZone : (displaced?.numberAt ?? -1);
  const numberLine = numberAt >= 0 ? lines[numberAt] : undefined;
  const number = numberLine ? readNumber(numberLine, warnings, lines[numberAt + 1]) : null;
  if (!numberLine) {
    const message = ownHeaderAbove
      ? 'Không thấy dòng "Số:" của văn bản ở phần đầu'
      : 'Văn bản hợp nhất không có khối xác thực mang số (phần đăng ở kỳ Công báo khác?)';
    warnings.push({ kind: 'NO_NUMBER', message, line: null, quote: null });
  }
  const date = readPlaceDate(dateZoneOf(lines, zone, titleIndex, displaced), warnings);
  const issuerZone = displaced ? lines.slice(displaced.start, numberAt + 1) : zone.slice(0, inZone >= 0 ? inZone + 1 : zone.length);
  return {
    number,
    ...date,
    issuers: readIssuers(issuerZone),
    numberIndex: inZone >= 0 ? inZone : null,
    displaced: displaced ? range(displaced.start, displaced.end) : [],
    warnings,
  };
}

/** The first "Số" line holding a number, else the first one left blank ("Số: /UBND-NC"). */
function findNumberLine(zone: Line[]): number {
  const rests = zone.map((l) => (l.text.length < 80 ? NUMBER_LINE.exec(l.text)?.[1]?.trim() : undefined));
  const numbered = rests.findIndex(
    (rest, i) => rest !== undefined && numberAtStart(rest === '' ? (zone[i + 1]?.text ?? '') : rest) !== null,
  );
  return numbered >= 0 ? numbered : rests.findIndex((rest) => rest !== undefined && /^(?:\/|$)/.test(rest));
}

const AUTHENTICATION = /^XÁC (?:THỰC|NHẬN) VĂN BẢN HỢP NHẤT/iu;
const BLOCK_MARK = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do|XÁC (?:THỰC|NHẬN) VĂN BẢN HỢP NHẤT/iu;
const BLOCK_REACH = 4;

/**
 * The gazette's text layer sometimes prints the header table after the first page's body, and a
 * consolidated text (VBHN) carries its number in the authentication block at its end: a "Số" line
 * beside the motto or that block, anywhere in the text.
 */
function findDisplacedBlock(lines: Line[], from: number): { numberAt: number; start: number; end: number } | null {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    const rest = line.text.length < 80 ? NUMBER_LINE.exec(line.text)?.[1]?.trim() : undefined;
    if (rest === undefined || numberAtStart(rest) === null) continue;
    const near = lines.slice(Math.max(0, i - BLOCK_REACH), i + BLOCK_REACH + 1);
    if (!near.some((l) => BLOCK_MARK.test(l.text))) continue;
    let start = i;
    while (start > 0 && i - start < BLOCK_REACH && isIssuerCell(lines[start - 1]?.text ?? '')) start -= 1;
    let end = i + 1;
    while (end < lines.length && end - i <= BLOCK_REACH && isHeaderCell(lines[end]?.text ?? '')) end += 1;
    return { numberAt: i, start, end };
  }
  return null;
}

/** "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI": the issuer's name, wrapped, above the number. */
function isIssuerCell(text: string): boolean {
  return isHeaderCell(text) || (isMostlyUppercase(text) && !/\d/.test(text) && text.length < 80);
}

function isHeaderCell(text: string): boolean {
  return !/\p{L}/u.test(text) || BLOCK_MARK.test(text) || PLACE_DATE.test(text) || (isMostlyUppercase(text) && BODY_HEAD.test(text) && text.length < 80);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

/** "372 /QĐ-BTC" as printed with stray spaces is "372/QĐ-BTC". */
function numberAtStart(rest: string): string | null {
  const found = findDocumentNumbers(rest.replace(/(\d)\s+\/\s*(?=\p{Lu})/u, '$1/'))[0];
  return found && found.index === 0 ? found.number : null;
}

function readNumber(line: Line, warnings: ParseWarning[], next?: Line): string | null {
  const written = NUMBER_LINE.exec(line.text)?.[1]?.trim() ?? '';
  const rest = (written === '' || /-$/u.test(written)) && next ? `${written}${next.text}` : written;
  const found = numberAtStart(rest);
  if (found) return found;
  const series = /^\/?\s*([\p{L}-]+)/u.exec(rest)?.[1];
  warnings.push({
    kind: 'BLANK_NUMBER',
    message: `Số văn bản để trống${series ? ` (chỉ có ký hiệu ${series})` : ''}: bản dự thảo hoặc chưa vào sổ`,
    line: line.line,
    quote: line.text,
  });
  return null;
}

const DATE_AFTER_TITLE = 4;

/**
 * The place and date stand in the header, but a letter prints them right of its "V/v" line, so
 * after it, and a displaced header keeps them beside its number.
 */
function dateZoneOf(lines: Line[], zone: Line[], titleIndex: number | null, displaced: { start: number; end: number } | null): Line[] {
  if (zone.some((line) => PLACE_DATE.test(line.text))) return zone;
  if (displaced) return lines.slice(displaced.start, displaced.end);
  if (titleIndex === null) return zone;
  return lines.slice(titleIndex, titleIndex + DATE_AFTER_TITLE).filter((line) => line.text.length < 80);
}

function readPlaceDate(zone: Line[], warnings: ParseWarning[]) {
  for (const line of zone) {
    const match = PLACE_DATE.exec(line.text);
    if (!match) continue;
    const [, place, day, month, year] = match;
    const issuedYear = Number(year);
    const issuedOn = day && month ? toIsoDate(Number(day), Number(month), issuedYear) : null;
    if (!issuedOn) {
      warnings.push({
        kind: 'BLANK_DATE',
        message: `Ngày ban hành để trống: chỉ biết năm ${issuedYear}`,
        line: line.line,
        quote: line.text,
      });
    }
    return { issuedOn, issuedYear, place: place?.replace(/^.*\s{2,}/, '').trim() ?? null };
  }
  warnings.push({ kind: 'NO_DATE', message: 'Không thấy dòng địa danh, ngày tháng ban hành ở phần đầu', line: null, quote: null });
  return { issuedOn: null, issuedYear: null, place: null };
}

/**
 * A Luật or a Nghị quyết of the Quốc hội prints its enacting body alone in capitals between the
 * title and the bases ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), which a website copy keeps when it drops the
 * header's left cell.
 */
export function readPreambleBodies(lines: Line[], from: number, to: number): string[] {
  const bodies = lines
    .slice(Math.max(0, from), to)
    .map((l) => l.text)
    .filter((text) => text.length < 80 && !/\d/.test(text) && isMostlyUppercase(text) && BODY_HEAD.test(text));
  return [...new Set(bodies.map((b) => toReadableCase(b)))];
}

/** Upper-case lines left of the motto; several bodies for joint documents ("A - B"). */
function readIssuers(zone: Line[]): string[] {
  const bodies: string[] = [];
  for (const line of zone) {
    let text = line.text;
    for (const motto of MOTTO) text = text.replace(motto, ' ');
    text = text.replace(/\s+/g, ' ').trim();
    if (text === '' || NUMBER_LINE.test(text) || !isMostlyUppercase(text) || /\d/.test(text)) continue;
    for (const [k, piece] of text.split(/\s+-\s*|\s*-\s+/).entries()) {
      const name = piece.trim();
      if (name === '') continue;
      if (BODY_HEAD.test(name) || bodies.length === 0) bodies.push(name);
      else bodies[bodies.length - 1] += k === 0 ? ` ${name}` : ` - ${name}`;
    }
  }
  const named = bodies.filter((b) => BODY_HEAD.test(b));
  const withoutParent = named.length > 1 ? named.filter((b) => !b.startsWith('ĐẢNG BỘ')) : named;
  return withoutRepeats(withoutParent.map((b) => toReadableCase(withoutPlace(b))));
}

/** The gazette prints the issuer above the header too, sometimes spelled a little differently. */
function withoutRepeats(bodies: string[]): string[] {
  const key = (body: string) => body.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  return bodies.filter((body, i) => bodies.findIndex((other) => key(other) === key(body)) === i);
}

function withoutPlace(body: string): string {
  return LEVEL_END.exec(body)?.[1] ?? body;
}

// "ký" alone would take "đăng ký … từ ngày 01/7/2025" for a signature
const ADOPTION = /(?<![\p{L}])(?:thông qua|ký ban hành)(?![\p{L}])[^.;]{0,60}?(?=ngày\s+\d)/u;
/** Who adopts a text in a meeting: a law's closing line says "Quốc hội … kỳ họp thứ 8 thông qua ngày …". */
const ADOPTING_BODY = /Quốc hội|kỳ họp|cuộc họp|phiên họp|hội nghị/iu;

/** Texts without a dated header still say when they were adopted ("thông qua tại cuộc họp ngày …"). */
export function readAdoptionDate(lines: Line[]): { iso: string; line: Line } | null {
  const found: Array<{ iso: string; line: Line; formal: boolean }> = [];
  for (const [i, line] of lines.entries()) {
    const adoption = ADOPTION.exec(line.text);
    if (!adoption) continue;
    const date = findDate(line.text.slice(adoption.index + adoption[0].length));
    if (!date || date.index !== 0) continue;
    const context = `${lines[i - 1]?.text ?? ''} ${line.text.slice(0, adoption.index)}`;
    found.push({ iso: date.iso, line, formal: ADOPTING_BODY.test(context) });
  }
  const chosen = found.find((f) => f.formal) ?? found[0];
  return chosen ? { iso: chosen.iso, line: chosen.line } : null;
}
