import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/parse-document.ts';
import { resolveDocument } from './resolve-document.ts';

function communePlan(commune: string, district: string | null): string {
  return [
    `ỦY BAN NHÂN DÂN XÃ ${commune.toLocaleUpperCase('vi')}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 02/KH-UBND',
    `${commune}, ngày 12 tháng 4 năm 2023`,
    'KẾ HOẠCH',
    `Phối hợp thực hiện công tác dân vận năm 2023${district ? ` trên địa bàn xã ${commune}, huyện ${district}` : ''}`,
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Trách nhiệm của Ủy ban nhân dân xã',
    '1.1. Chỉ đạo công tác tiếp công dân.',
  ].join('\n');
}

describe('documents of communes', () => {
  it('places a commune document in its commune when the text names the district', () => {
    const batch = resolveDocument(parseDocument(communePlan('Cát Tân', 'Phù Cát'), 'cat-tan.txt'));
    expect(batch.document.level).toBe('COMMUNE');
    expect(batch.localities.map((l) => `${l.kind} ${l.name}`)).toEqual(['tỉnh Bình Định', 'huyện Phù Cát', 'xã Cát Tân']);
    expect(batch.agencies.map((a) => a.name)).toContain('Ủy ban nhân dân xã Cát Tân');
  });

  it('keeps two communes\' plans numbered alike apart even when their communes cannot be singled out', () => {
    const a = resolveDocument(parseDocument(communePlan('An Hòa', null), 'an-hoa.txt'));
    const b = resolveDocument(parseDocument(communePlan('An Bình', null), 'an-binh.txt'));
    expect(a.document.number).toBe(b.document.number);
    expect(a.document.id).not.toBe(b.document.id);
    expect(a.document.localityId === null || a.document.localityId.startsWith('loc:')).toBe(true);
    expect(a.document.localityId ?? '').not.toContain('/');
  });
});
