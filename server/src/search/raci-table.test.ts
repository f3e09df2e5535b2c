import { describe, expect, it } from 'vitest';
import type { DutyModel } from '../db/queries/duties.ts';
import { raciCsv, raciRows } from './raci-table.ts';

function duty(id: string, agencyId: string, text: string, extra: Partial<DutyModel> = {}): DutyModel {
  return { id, documentId: 'doc', text, role: 'LEAD', source: 'Điều 1', frequency: null, deadline: null, position: 0, agencyId, articleId: null, ...extra };
}

describe('raciRows', () => {
  const duties = [
    duty('d1', 'ubnd', 'Chủ trì; tổ chức "Dân vận khéo"', { position: 1 }),
    duty('d2', 'bdv', 'Chủ trì; tổ chức "Dân vận khéo"', { position: 2 }),
    duty('d3', 'phong', 'Phối hợp tham mưu', { role: 'SUPPORT', source: 'Điều 2', position: 3 }),
  ];
  const rows = raciRows(duties, [
    { dutyId: 'd3', kind: 'COLLABORATES_WITH', agencyId: 'ubnd' },
    { dutyId: 'd3', kind: 'REPORTS_TO', agencyId: 'ubnd' },
    { dutyId: 'd1', kind: 'REPORTS_TO', agencyId: 'tinh' },
  ]);

  it('makes one row of a duty borne jointly, with an L for each bearer', () => {
    expect(rows.duties.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(rows.cells.filter((c) => c.dutyId === 'd1' && c.mark === 'L').map((c) => c.agencyId).sort()).toEqual(['bdv', 'ubnd']);
  });

  it('marks S for support and collaborators, R for report targets, the strongest when several', () => {
    const mark = (agencyId: string, dutyId: string) => rows.cells.find((c) => c.agencyId === agencyId && c.dutyId === dutyId)?.mark;
    expect(mark('phong', 'd3')).toBe('S');
    expect(mark('ubnd', 'd3')).toBe('S');
    expect(mark('tinh', 'd1')).toBe('R');
    expect(rows.agencyIds.at(-1)).toBe('tinh');
  });

  it('writes CSV with a BOM, semicolons, CRLF and quotes where needed', () => {
    const csv = raciCsv(rows, { agency: (id) => `CQ ${id}`, document: () => 'Quy chế 01/QC-UBND-BDVHU' });
    expect(csv.startsWith('\uFEFFNhiệm vụ;Nguồn;Văn bản;CQ ')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toMatch(/^"Chủ trì; tổ chức ""Dân vận khéo""";Điều 1;Quy chế 01\/QC-UBND-BDVHU;/);
    expect(lines).toHaveLength(4);
  });
});
