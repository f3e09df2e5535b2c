import { describe, expect, it } from 'vitest';
import { nameKey, ownPlace, sameAgency, sameDocumentName, sameIssuers, sameNumber, sameText } from './match-names.ts';

const taySon = ownPlace('Tây Sơn');

describe('name matching', () => {
  it('ignores case, diacritics, đ/d, tone placement and spaces around hyphens', () => {
    expect(nameKey('Ủy ban Mặt trận Tổ quốc')).toBe(nameKey('UỶ BAN MẶT TRẬN TỔ QUỐC'));
    expect(sameText('chính trị - xã hội', 'chính trị-xã hội')).toBe(true);
    expect(sameText('Đảng ủy', 'dang uy')).toBe(true);
  });

  it('compares numbers by their key', () => {
    expect(sameNumber('09-Ctr/TU', '09-CTr/TU')).toBe(true);
    expect(sameNumber('23-QD/TW', '23 - QĐ/TW')).toBe(true);
    expect(sameNumber('314-QĐ/TU', '314-QĐ/HU')).toBe(false);
  });

  it("accepts a found agency that only adds the document's own place", () => {
    expect(sameAgency('Các phòng, ban, ngành của huyện', 'Các phòng, ban, ngành của huyện Tây Sơn', taySon)).toBe(true);
    expect(sameAgency('Các phòng, ban, ngành', 'Các phòng, ban, ngành huyện Tây Sơn', taySon)).toBe(true);
  });

  it('refuses any other extra word, and the place missing from the found name', () => {
    expect(sameAgency('Các phòng, ban, ngành của huyện', 'Các phòng, ban, ngành của huyện Thanh Oai', taySon)).toBe(false);
    expect(sameAgency('Ủy ban nhân dân huyện Tây Sơn', 'Ủy ban nhân dân huyện', taySon)).toBe(false);
    expect(sameAgency('Liên đoàn Lao động tỉnh Trà Vinh', 'Ban Thường vụ Liên đoàn Lao động tỉnh Trà Vinh', ownPlace('Trà Vinh'))).toBe(false);
    expect(sameAgency('Văn phòng Huyện ủy Thanh Oai', 'VPHU', ownPlace('Thanh Oai'))).toBe(false);
  });

  it('reads a joint issuer "A và B" as both bodies, and keeps "và" inside one name', () => {
    const found = ['Ban Dân vận Huyện ủy Tây Sơn', 'Ủy ban nhân dân huyện Tây Sơn'];
    expect(sameIssuers('Ủy ban nhân dân huyện Tây Sơn và Ban Dân vận Huyện ủy Tây Sơn', found, taySon)).toBe(true);
    expect(sameIssuers('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tây Sơn', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tây Sơn'], taySon)).toBe(true);
    expect(sameIssuers('Ủy ban nhân dân huyện Tây Sơn và Ban Dân vận Huyện ủy Tây Sơn', found.slice(0, 1), taySon)).toBe(false);
  });

  it('matches a document named in the gold with its title, alone or after its kind', () => {
    expect(sameDocumentName('Luật Tổ chức chính quyền địa phương', { kind: 'Luật', title: 'Tổ chức chính quyền địa phương' })).toBe(true);
    expect(sameDocumentName('Luật Tổ chức chính quyền địa phương', { kind: 'Luật', title: 'Luật Tổ chức chính quyền địa phương' })).toBe(true);
    expect(sameDocumentName('Luật Tổ chức chính quyền địa phương', { kind: 'Luật', title: 'Luật Tổ chức Chính phủ' })).toBe(false);
  });
});
