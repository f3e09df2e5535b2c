import { describe, expect, it } from 'vitest';
import type { WhoDuty } from '../api/who-must-do.ts';
import { rankedDuties } from './ranked-duties.ts';

function duty(id: string): WhoDuty {
  return {
    id,
    text: `nhiệm vụ ${id}`,
    role: 'LEAD',
    source: 'Điều 9 khoản 4',
    frequency: null,
    deadline: null,
    agency: { id: 'a', name: 'A' },
    collaborators: [],
    reportTo: [],
    article: null,
    document: { id: 'd', number: '05-QC/HU', title: null, level: 'DISTRICT', status: null, bases: [] },
  };
}

describe('rankedDuties', () => {
  it('shows matched duties best first with their ranges, then the others once', () => {
    const ranked = rankedDuties({
      duties: [duty('1'), duty('2'), duty('3')],
      matches: [
        { duty: duty('3'), score: 0.4, highlights: [{ start: 0, end: 4 }] },
        { duty: duty('2'), score: 0.9, highlights: [] },
      ],
    });
    expect(ranked.map((r) => [r.duty.id, r.score])).toEqual([
      ['2', 0.9],
      ['3', 0.4],
      ['1', null],
    ]);
    expect(ranked[1]?.highlights).toEqual([{ start: 0, end: 4 }]);
  });
});
