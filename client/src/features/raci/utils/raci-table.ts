// Lays the RACI cells out as a table: one row per duty, one column per agency that has a mark.
import type { Raci, RaciAgency, RaciDuty } from '../api/raci.ts';

/** L chủ trì (lead), S phối hợp (support), R nhận báo cáo (reported to). */
export const raciMarks = ['L', 'S', 'R'] as const;
export type RaciMark = (typeof raciMarks)[number];

export type RaciRow = { duty: RaciDuty; marks: string[] };
export type RaciTable = { agencies: RaciAgency[]; rows: RaciRow[] };

const markOrder: Record<string, number> = { L: 0, S: 1, R: 2 };

/** Several marks for one agency and duty read "L/R", leading first. */
function joinMarks(marks: readonly string[]): string {
  return [...new Set(marks)].sort((a, b) => (markOrder[a] ?? 9) - (markOrder[b] ?? 9) || a.localeCompare(b)).join('/');
}

export function raciTable(raci: Pick<Raci, 'agencies' | 'duties' | 'cells'>): RaciTable {
  const byCell = new Map<string, string[]>();
  const leads = new Map<string, number>();
  const marked = new Set<string>();
  for (const cell of raci.cells) {
    const key = `${cell.agencyId}\u0000${cell.dutyId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), cell.mark]);
    marked.add(cell.agencyId);
    if (cell.mark === 'L') leads.set(cell.agencyId, (leads.get(cell.agencyId) ?? 0) + 1);
  }
  // Agencies that lead the most come first; the server's order breaks ties.
  const agencies = raci.agencies
    .map((agency, index) => ({ agency, index }))
    .filter(({ agency }) => marked.has(agency.id))
    .sort((a, b) => (leads.get(b.agency.id) ?? 0) - (leads.get(a.agency.id) ?? 0) || a.index - b.index)
    .map(({ agency }) => agency);
  const rows = raci.duties.map((duty) => ({
    duty,
    marks: agencies.map((agency) => joinMarks(byCell.get(`${agency.id}\u0000${duty.id}`) ?? [])),
  }));
  return { agencies, rows };
}
