// The kind word printed in capitals ("QUY CHẾ", "KẾ HOẠCH") and the subject lines after it; a
// Công văn has "V/v …" instead.

import { KINDS } from './match-document-number.ts';
import { isMostlyUppercase, type Line } from './normalize-text.ts';
import { capitalize, toReadableCase } from './to-readable-case.ts';

export interface TitleReading {
  kind: string | null;
  title: string | null;
  /** index of the kind or "V/v" line; the header lies before it */
  index: number | null;
  /** index of the first line after the title */
  end: number;
}

const SEARCH_LINES = 80;
const UPPER_KINDS = KINDS.map((kind) => ({ kind, upper: kind.toUpperCase() }));
const TITLE_STOP =
  /^(?:[-+]\s*)?(?:Căn cứ|Thực hiện|Kính gửi|Chương\s|Điều\s+\d|Phần\s|Mục\s|[IVXLC]+[.)]\s|\d+[.)]\s|Để\s|Theo\s|Xét\s|Trên cơ sở|Ngày\s+\d|Nơi nhận)/iu;
const MAX_TITLE_LINES = 5;

export function readTitle(lines: Line[]): TitleReading {
  const limit = Math.min(lines.length, SEARCH_LINES);
  for (let i = 0; i < limit; i += 1) {
    const text = lines[i]?.text ?? '';
    if (/^(?:Điều\s+1\b|(?:Chương|CHƯƠNG)\s+[IVXLC\d]+\b)/u.test(text)) break;
    const kind = kindLine(text);
    if (kind) return readSubject(lines, i, kind.kind, kind.rest);
  }
  for (let i = 0; i < limit; i += 1) {
    const match = /^V\/v\b\.?\s*(.*)$/iu.exec(lines[i]?.text ?? '');
    if (match) return readSubject(lines, i, 'Công văn', match[1] ?? '');
  }
  return { kind: null, title: null, index: null, end: 0 };
}

function kindLine(text: string): { kind: string; rest: string } | null {
  for (const { kind, upper } of UPPER_KINDS) {
    if (!text.startsWith(upper)) continue;
    // "THÔNG TƯ1": a consolidated text hangs its first footnote on the kind word
    const rest = text.slice(upper.length).replace(/^\d{1,2}(?=\s|$)/u, '');
    if (rest !== '' && !rest.startsWith(' ')) continue;
    if (/:\s*$/.test(rest)) continue;
    return { kind, rest: rest.trim() };
  }
  return null;
}

function readSubject(lines: Line[], index: number, kind: string, rest: string): TitleReading {
  const parts = rest === '' ? [] : [sentenceCase(rest.replace(/^V\/v\s*/iu, ''))];
  let end = index + 1;
  while (end < lines.length && end - index <= MAX_TITLE_LINES) {
    const line = lines[end];
    if (!line || line.ruleBefore || TITLE_STOP.test(line.text) || /:$/.test(line.text)) break;
    if (kind === 'Công văn' && line.blankBefore) break;
    if (/,\s*ngày\s/u.test(line.text)) break;
    parts.push(line.text.replace(/^V\/v\s*/iu, ''));
    end += 1;
  }
  const joined = parts.join(' ').replace(/\s+/g, ' ').trim();
  // gazette titles are printed in capitals ("SỬA ĐỔI, BỔ SUNG … LUẬT BẢO HIỂM Y TẾ"): read them in running case
  const title = isMostlyUppercase(joined) ? toReadableCase(joined) : joined;
  return { kind, title: title === '' ? null : title, index, end };
}

/** "PHỐI HỢP" written on the kind line reads "Phối hợp"; mixed case stays as written. */
function sentenceCase(text: string): string {
  const upperWords = /^[^\p{Ll}]*$/u.test(text);
  return upperWords ? capitalize(text.toLowerCase()) : text;
}
