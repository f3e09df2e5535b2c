// The header above the title: issuing bodies (top left), "Số: …", "<place>, ngày … tháng … năm …".

import type { ParseWarning } from '../parsed-document.ts';
import { isMostlyUppercase, type Line } from './normalize-text.ts';
import { findDocumentNumbers } from './match-document-number.ts';
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
  warnings: ParseWarning[];
}

const NUMBER_LINE = /^(?:[\p{L}]+\s+)?(?:Số|SỐ|số)\s*:?\s*(.*)$/u;
const PLACE_DATE =
  /^(.{2,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;
const MOTTO = [
  /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/giu,
  /Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/giu,
  /ĐẢNG CỘNG SẢN VIỆT NAM/giu,
];
/** Words that open an issuing body in capitals. */
const BODY_HEAD =
  /^(?:ỦY BAN|HỘI ĐỒNG|BAN|BỘ|SỞ|PHÒNG|VĂN PHÒNG|THANH TRA|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|ĐẢNG BỘ|MẶT TRẬN|LIÊN ĐOÀN|HỘI|TỈNH ĐOÀN|HUYỆN ĐOÀN|CỤC|TỔNG CỤC|UBND|HĐND|KIỂM TOÁN|NGÂN HÀNG|TÒA ÁN|VIỆN)(?![\p{L}])/u;
/** After these, the rest of a body's name is its place ("… HUYỆN ỦY | TÂY SƠN"). */
const LEVEL_END =
  /^(.*?(?:HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|TỈNH(?! ĐOÀN)(?! ỦY)|HUYỆN(?! ĐOÀN)(?! ỦY)|QUẬN(?! ỦY)|XÃ(?! HỘI)|PHƯỜNG))(?:\s.*)?$/u;

export function readHeader(lines: Line[], titleIndex: number | null): HeaderReading {
  const zoneEnd = titleIndex ?? Math.min(lines.length, 20);
  const zone = lines.slice(0, zoneEnd);
  const warnings: ParseWarning[] = [];
  const numberAt = findNumberLine(zone);
  const number = numberAt >= 0 ? readNumber(zone[numberAt] as Line, warnings) : null;
  if (numberAt < 0) {
    warnings.push({ kind: 'missing-number', message: 'no "Số:" line in the header', line: null, quote: null });
  }
  const date = readPlaceDate(zone, warnings);
  const issuerZone = zone.slice(0, numberAt >= 0 ? numberAt + 1 : zone.length);
  return { number, ...date, issuers: readIssuers(issuerZone), numberIndex: numberAt >= 0 ? numberAt : null, warnings };
}

/** The first "Số" line holding a number, else the first one left blank ("Số: /UBND-NC"). */
function findNumberLine(zone: Line[]): number {
  const rests = zone.map((l) => (l.text.length < 80 ? NUMBER_LINE.exec(l.text)?.[1]?.trim() : undefined));
  const numbered = rests.findIndex((rest) => rest !== undefined && findDocumentNumbers(rest)[0]?.index === 0);
  return numbered >= 0 ? numbered : rests.findIndex((rest) => rest !== undefined && /^(?:\/|$)/.test(rest));
}

function readNumber(line: Line, warnings: ParseWarning[]): string | null {
  const rest = NUMBER_LINE.exec(line.text)?.[1]?.trim() ?? '';
  const found = findDocumentNumbers(rest)[0];
  if (found && found.index === 0) return found.number;
  warnings.push({
    kind: 'blank-number',
    message: 'the number is left blank: an unnumbered draft',
    line: line.line,
    quote: line.text,
  });
  return null;
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
        kind: 'blank-date',
        message: 'day or month of issue left blank',
        line: line.line,
        quote: line.text,
      });
    }
    return { issuedOn, issuedYear, place: place?.replace(/^.*\s{2,}/, '').trim() ?? null };
  }
  warnings.push({ kind: 'missing-date', message: 'no place and date line in the header', line: null, quote: null });
  return { issuedOn: null, issuedYear: null, place: null };
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
      else if (k === 0) bodies[bodies.length - 1] += ` ${name}`;
      else bodies.push(name);
    }
  }
  const named = bodies.filter((b) => BODY_HEAD.test(b));
  const withoutParent = named.length > 1 ? named.filter((b) => !b.startsWith('ĐẢNG BỘ')) : named;
  return [...new Set(withoutParent.map((b) => toReadableCase(withoutPlace(b))))];
}

function withoutPlace(body: string): string {
  return LEVEL_END.exec(body)?.[1] ?? body;
}

const ADOPTION = /(?:thông qua|ký ban hành|ký)(?![\p{L}])[^.;]{0,60}?(?=ngày\s+\d)/u;

/** Texts without a dated header still say when they were adopted ("thông qua tại cuộc họp ngày …"). */
export function readAdoptionDate(lines: Line[]): { iso: string; line: Line } | null {
  for (const line of lines) {
    const adoption = ADOPTION.exec(line.text);
    if (!adoption) continue;
    const date = findDate(line.text.slice(adoption.index + adoption[0].length));
    if (date && date.index === 0) return { iso: date.iso, line };
  }
  return null;
}
