import { describe, expect, it } from 'vitest';
import { groupByLevel } from './group-by-level.ts';

describe('groupByLevel', () => {
  it('groups from the centre down, names in Vietnamese order, unknown levels last', () => {
    const groups = groupByLevel([
      { name: 'Ủy ban nhân dân huyện', level: 'DISTRICT' },
      { name: 'Ban Dân vận Huyện ủy', level: 'DISTRICT' },
      { name: 'Bộ Chính trị', level: 'CENTRAL' },
      { name: 'Tổ công tác', level: 'ODD' },
    ]);
    expect(groups.map((g) => [g.level, g.items.map((i) => i.name)])).toEqual([
      ['CENTRAL', ['Bộ Chính trị']],
      ['DISTRICT', ['Ban Dân vận Huyện ủy', 'Ủy ban nhân dân huyện']],
      ['UNKNOWN', ['Tổ công tác']],
    ]);
  });
});
