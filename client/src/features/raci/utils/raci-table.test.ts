import { describe, expect, it } from 'vitest';
import type { Raci } from '../api/raci.ts';
import { raciTable } from './raci-table.ts';

const doc = { id: 'doc-01', number: '01/QC-UBND-BDVHU' };
const raci: Pick<Raci, 'agencies' | 'duties' | 'cells'> = {
  agencies: [
    { id: 'vp', name: 'Văn phòng HĐND và UBND huyện', level: 'DISTRICT' },
    { id: 'idle', name: 'Hội Nông dân huyện', level: 'DISTRICT' },
    { id: 'bdv', name: 'Ban Dân vận Huyện ủy', level: 'DISTRICT' },
    { id: 'btv', name: 'Ban Thường vụ Huyện ủy', level: 'DISTRICT' },
  ],
  duties: [
    { id: 'd1', text: 'tham mưu', source: 'Điều 5 khoản 1', document: doc },
    { id: 'd2', text: 'tiếp công dân', source: 'Điều 9 khoản 4', document: doc },
  ],
  cells: [
    { agencyId: 'bdv', dutyId: 'd1', mark: 'L' },
    { agencyId: 'vp', dutyId: 'd1', mark: 'S' },
    { agencyId: 'btv', dutyId: 'd1', mark: 'R' },
    { agencyId: 'bdv', dutyId: 'd2', mark: 'R' },
    { agencyId: 'bdv', dutyId: 'd2', mark: 'L' },
    { agencyId: 'vp', dutyId: 'd2', mark: 'S' },
  ],
};

describe('raciTable', () => {
  const table = raciTable(raci);

  it('puts the agencies that lead first and leaves out agencies with no mark', () => {
    expect(table.agencies.map((a) => a.id)).toEqual(['bdv', 'vp', 'btv']);
  });

  it('has one row per duty with each agency mark, several marks leading first', () => {
    expect(table.rows.map((r) => [r.duty.id, ...r.marks])).toEqual([
      ['d1', 'L', 'S', 'R'],
      ['d2', 'L/R', 'S', ''],
    ]);
  });

  it('is empty for a document without duties', () => {
    expect(raciTable({ agencies: [], duties: [], cells: [] })).toEqual({ agencies: [], rows: [] });
  });
});
