// Warnings about the document as a whole: nothing to read, no header, no kind.

import type { ParseWarning } from '../parsed-document.ts';
import type { Line } from './normalize-text.ts';
import type { HeaderReading } from './read-header.ts';

/** Fewer letters than a header and a title hold: a scanned page whose text layer is empty. */
const NEAR_EMPTY_LETTERS = 150;

function letterCount(lines: Line[]): number {
  return lines.reduce((n, l) => n + (l.text.match(/\p{L}/gu)?.length ?? 0), 0);
}

const STRUCTURE = /^(?:Điều\s+\d+\s*[.:]|Căn cứ\s)/u;

/** Only gazette page headers, a signature and a few words: the text layer of a scanned page is missing. */
export function isNearEmpty(lines: Line[], noise: Line[]): boolean {
  return noise.length > 0 && letterCount(lines) < NEAR_EMPTY_LETTERS && !lines.some((l) => STRUCTURE.test(l.text));
}

export function nearEmptyWarning(lines: Line[]): ParseWarning {
  const first = lines[0];
  return {
    kind: 'NEAR_EMPTY',
    message: `Văn bản gần như không có chữ (${letterCount(lines)} chữ cái ngoài đầu trang Công báo): có lẽ bản quét, không đọc được nội dung`,
    line: first?.line ?? null,
    quote: first?.text ?? null,
  };
}

const HEADER_PARTS = new Set(['NO_NUMBER', 'NO_DATE']);

/** The header's own warnings; when it has none of its parts, one NO_HEADER says it all. */
export function documentWarnings(header: HeaderReading, headerEnd: number, kind: string | null): ParseWarning[] {
  const noHeader = header.numberIndex === null && header.displaced.length === 0 && header.issuedYear === null && header.issuers.length === 0;
  const warnings = noHeader
    ? [
        {
          kind: 'NO_HEADER',
          message: 'Không nhận ra phần đầu văn bản: không có cơ quan ban hành, số, địa danh và ngày tháng',
          line: null,
          quote: null,
        },
        ...header.warnings.filter((w) => !HEADER_PARTS.has(w.kind)),
      ]
    : [...header.warnings];
  if (kind === null) {
    warnings.push({
      kind: 'NO_KIND',
      message: `Không nhận ra loại văn bản: không có tên loại in hoa (QUYẾT ĐỊNH, KẾ HOẠCH, …) hay dòng V/v${headerEnd > 0 ? ' sau phần đầu' : ''}`,
      line: null,
      quote: null,
    });
  }
  return warnings;
}
