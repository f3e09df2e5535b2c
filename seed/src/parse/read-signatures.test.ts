import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { SEED_FILES, seedGold, seedText } from './seed-fixtures.ts';

describe.each(SEED_FILES)('signers and recipients of seed %s', (id) => {
  const gold = seedGold(id);
  const parsed = parseDocument(seedText(id), `${id}.txt`);

  it('reads each signer once, with the position of the gold', () => {
    expect(parsed.signers.map((s) => [s.name, s.position])).toEqual(gold.signers.map((s) => [s.name, s.position ?? null]));
  });

  it('reads as many recipients as the gold, leaving out filing and "Như trên"', () => {
    expect(parsed.recipients).toHaveLength(gold.recipients.length);
    expect(parsed.recipients.map((r) => r.name).join('|')).not.toMatch(/Lưu|Như trên/);
  });
});

describe('signature blocks', () => {
  it('reads capacity and agency of TM. and KT. blocks', () => {
    const joint = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt').signers;
    expect(joint[1]).toEqual({ name: 'Phan Chí Hùng', position: 'Chủ tịch', capacity: 'TM. Ủy ban nhân dân', agency: 'Ủy ban nhân dân huyện' });
    const deputy = parseDocument(seedText('004_9a1680116712ef93'), '004.txt').signers;
    expect(deputy).toEqual([{ name: 'Lâm Hải Giang', position: 'Phó Chủ tịch', capacity: 'KT. Chủ tịch', agency: 'Ủy ban nhân dân tỉnh' }]);
  });

  it('reads T/M blocks of the mass organisations in readable case', () => {
    const signers = parseDocument(seedText('003_6082d5f07db0c81e'), '003.txt').signers;
    expect(signers[1]).toMatchObject({ capacity: 'T/M Ủy ban MTTQ tỉnh', position: 'Phó Chủ tịch' });
    expect(signers[3]).toMatchObject({ agency: 'BTV Tỉnh đoàn', position: 'Bí thư' });
  });
});

describe('recipients', () => {
  it('splits comma-joined bodies, keeps shared tails whole and reads "(báo cáo)"', () => {
    const recipients = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt').recipients;
    expect(recipients.slice(0, 4)).toEqual([
      { name: 'UBND tỉnh', purpose: 'báo cáo' },
      { name: 'Ban Dân vận TƯ', purpose: 'báo cáo' },
      { name: 'Thường trực Huyện ủy', purpose: null },
      { name: 'HĐND huyện', purpose: null },
    ]);
    expect(recipients.map((r) => r.name)).toContain('Đảng ủy, UBND các xã, thị trấn');
    expect(recipients.map((r) => r.name)).toContain('Các phòng, ban, ngành của huyện');
  });
});
