// The impact as a spreadsheet: one line per impacted document, UTF-8 with BOM and semicolons (what Excel
// opens correctly with Vietnamese settings), CRLF line ends.
import type { ImpactModel } from './impact-of.ts';
import { LEVEL_NAMES, displayDate, shortLabel } from './review-reason.ts';

const HEADER = [
  'Mã văn bản',
  'Số, ký hiệu',
  'Loại',
  'Trích yếu',
  'Ngày ban hành',
  'Cấp',
  'Tình trạng',
  'Độ sâu',
  'Quan hệ',
  'Suy luận',
  'Đường dẫn',
  'Điều khoản dẫn chiếu',
  'Cơ quan ban hành',
  'Lý do',
];

/**
 * One cell: quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is
 * prefixed with an apostrophe so that a spreadsheet never runs it as a formula.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function impactCsv(impact: ImpactModel): string {
  const lines = impact.documents.map((d) =>
    [
      d.document.id,
      d.document.number,
      d.document.kind,
      d.document.title,
      displayDate(d.document.issuedOn),
      LEVEL_NAMES[d.document.level] ?? d.document.level,
      d.document.status,
      d.depth,
      d.via.join(' > '),
      d.inferred ? 'có' : 'không',
      d.path.map(shortLabel).join(' → '),
      d.places.join(', '),
      d.issuers.map((a) => a.name).join(', '),
      d.reason,
    ]
      .map(csvCell)
      .join(';'),
  );
  return `\uFEFF${[HEADER.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
