import { describe, expect, it } from 'vitest';
import { detectFeatures } from './detect-features.ts';

const GAZETTE = `CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025
CHÍNH PHỦ
Số: 158/2025/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 25 tháng 6 năm 2025
 NGHỊ ĐỊNH
Quy định chi tiết
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Chương I
Điều 1. Phạm vi điều chỉnh
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Thành Long`;

const WEBSITE = `QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Luật số: 60/2024/QH15 |
**LUẬT**
*Căn cứ **Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam**;*
**Điều 1. Phạm vi điều chỉnh**`;

describe('detecting features on raw text, without the parser', () => {
  it('sees every feature of a gazette decree', () => {
    expect(detectFeatures(GAZETTE)).toEqual({ number: true, kind: true, date: true, issuer: true, bases: true, articles: true, signers: true });
  });

  it('sees the number, kind, issuer, bases and articles in markdown from a website', () => {
    expect(detectFeatures(WEBSITE)).toMatchObject({ number: true, kind: true, issuer: true, bases: true, articles: true, date: false, signers: false });
  });

  it('does not take a blank form field, a gazette page header or running text for a number', () => {
    expect(detectFeatures('Số:........./ĐKHĐ\nCÔNG BÁO/Số 851 + 852\nSố tiền 5.000.000 đồng').number).toBe(false);
  });

  it('does not take the date of a cited document for the date of issue', () => {
    expect(detectFeatures('Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;').date).toBe(false);
  });

  it('does not take a reference in running text for an article or a basis', () => {
    const text = 'theo quy định tại Điều 5 Nghị định số 63/2010/NĐ-CP\nTrên cơ sở căn cứ hướng dẫn';
    expect(detectFeatures(text)).toMatchObject({ articles: false, bases: false });
  });

  it('reads a Công văn by its V/v line', () => {
    expect(detectFeatures('Số: 4307/UBND\nV/v triển khai thực hiện Quy chế').kind).toBe(true);
  });
});
