// A RACI-style table of documents' duties: one row per task (duties with the same words at the same place
// of a document are one task borne jointly), one column per agency, and the CSV Excel opens as Vietnamese.
import type { DutyModel } from '../db/queries/duties.ts';

export type RaciMark = 'L' | 'S' | 'R';

export interface RaciPartner {
  dutyId: string;
  kind: 'COLLABORATES_WITH' | 'REPORTS_TO';
  agencyId: string;
}

export interface RaciCellModel {
  agencyId: string;
  dutyId: string;
  mark: RaciMark;
}

export interface RaciRows {
  /** one duty standing for each task, in document order */
  duties: DutyModel[];
  /** agencies with a mark, leads first */
  agencyIds: string[];
  cells: RaciCellModel[];
}

/** L (leads) outranks S (supports, or named as a collaborator) outranks R (is reported to). */
const RANK: Record<RaciMark, number> = { L: 3, S: 2, R: 1 };

export function raciRows(duties: readonly DutyModel[], partners: readonly RaciPartner[]): RaciRows {
  const rowOf = new Map<string, DutyModel>();
  const taskKey = (d: DutyModel) => `${d.documentId}\u0000${d.source}\u0000${d.text}`;
  const rows = new Map<string, DutyModel>();
  for (const d of duties) {
    const key = taskKey(d);
    if (!rows.has(key)) rows.set(key, d);
    rowOf.set(d.id, rows.get(key)!);
  }
  const marks = new Map<string, RaciCellModel>();
  const mark = (agencyId: string, dutyId: string, m: RaciMark) => {
    const row = rowOf.get(dutyId);
    if (!row) return;
    const key = `${agencyId}\u0000${row.id}`;
    const existing = marks.get(key);
    if (!existing || RANK[m] > RANK[existing.mark]) marks.set(key, { agencyId, dutyId: row.id, mark: m });
  };
  for (const d of duties) mark(d.agencyId, d.id, d.role === 'SUPPORT' ? 'S' : 'L');
  for (const p of partners) mark(p.agencyId, p.dutyId, p.kind === 'REPORTS_TO' ? 'R' : 'S');
  const cells = [...marks.values()];
  const weight = new Map<string, number>();
  for (const c of cells) weight.set(c.agencyId, (weight.get(c.agencyId) ?? 0) + 1000 ** (RANK[c.mark] - 1));
  const agencyIds = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  const ordered = [...rows.values()].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.position - b.position);
  return { duties: ordered, agencyIds, cells };
}

function csvValue(value: string): string {
  return /[;"\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Semicolon-separated (the list separator of a Vietnamese Excel), CRLF lines, UTF-8 with a byte-order
 * mark so that Excel reads the diacritics.
 */
export function raciCsv(
  rows: RaciRows,
  names: { agency: (id: string) => string; document: (id: string) => string },
): string {
  const header = ['Nhiệm vụ', 'Nguồn', 'Văn bản', ...rows.agencyIds.map(names.agency)];
  const at = new Map(rows.cells.map((c) => [`${c.agencyId}\u0000${c.dutyId}`, c.mark]));
  const lines = rows.duties.map((d) => [
    d.text, d.source, names.document(d.documentId), ...rows.agencyIds.map((a) => at.get(`${a}\u0000${d.id}`) ?? ''),
  ]);
  return '\uFEFF' + [header, ...lines].map((line) => line.map(csvValue).join(';')).join('\r\n') + '\r\n';
}
