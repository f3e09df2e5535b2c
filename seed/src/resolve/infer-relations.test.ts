import { describe, expect, it } from 'vitest';
import type { CascadeCandidate } from './infer-cascade.ts';
import { inferDerivations, subjectKey } from './infer-cascade.ts';
import { inferSameDocuments } from './infer-same-documents.ts';

const subject = 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị';
const central: CascadeCandidate = { id: 'tw', number: '23-QĐ/TW', title: subject, issuedOn: '2021-07-30', level: 'CENTRAL', provinceId: null };
const binhDinh: CascadeCandidate = { id: 'tu', number: '407-QĐ/TU', title: subject, issuedOn: '2021-09-30', level: 'PROVINCE', provinceId: 'loc:52' };
const taySon: CascadeCandidate = { id: 'hu', number: '314-QĐ/HU', title: subject, issuedOn: '2021-10-22', level: 'DISTRICT', provinceId: 'loc:52' };
const noLinks = () => [];

describe('inferDerivations', () => {
  it('infers the cascade 314-QĐ/HU → 407-QĐ/TU → 23-QĐ/TW, each to the nearest level above', () => {
    const links = inferDerivations([central, binhDinh, taySon], new Set(), noLinks);
    expect(links.map((l) => `${l.fromId}→${l.toId}`).sort()).toEqual(['hu→tu', 'tu→tw']);
  });

  it('says why in words, naming the co-citing document', () => {
    const [link] = inferDerivations([central, binhDinh], new Set(), () => ['01/QC-UBND-BDVHU']);
    expect(link!.evidence).toContain('cấp tỉnh dưới cấp Trung ương');
    expect(link!.evidence).toContain('407-QĐ/TU ban hành 30/09/2021, sau 23-QĐ/TW (30/07/2021)');
    expect(link!.evidence).toContain('cùng được dẫn chiếu trong 01/QC-UBND-BDVHU');
  });

  it('never links a document to one issued after it (Trà Vinh 2010 is not derived from 23-QĐ/TW of 2021)', () => {
    const traVinh2010: CascadeCandidate = { ...binhDinh, id: 'tv', issuedOn: '2010-05-19', provinceId: 'loc:84' };
    expect(inferDerivations([central, traVinh2010], new Set(), noLinks)).toEqual([]);
  });

  it('does not cross provinces: a district of Hà Nội never derives from a Bình Định decision', () => {
    const thanhOai: CascadeCandidate = { ...taySon, id: 'to', provinceId: 'loc:01' };
    const links = inferDerivations([central, binhDinh, thanhOai], new Set(), noLinks);
    expect(links.map((l) => `${l.fromId}→${l.toId}`).sort()).toEqual(['to→tw', 'tu→tw']);
  });

  it('leaves pairs the texts already relate', () => {
    expect(inferDerivations([central, binhDinh], new Set(['tu|tw']), noLinks)).toEqual([]);
  });

  it('says nothing when two documents above are equally likely', () => {
    const other = { ...binhDinh, id: 'tu2', number: '408-QĐ/TU' };
    const links = inferDerivations([central, binhDinh, other, taySon], new Set(), noLinks);
    expect(links.find((l) => l.fromId === 'hu')).toBeUndefined();
  });
});

describe('subjectKey', () => {
  it('drops the formula, the kind and the place', () => {
    expect(subjectKey('Về việc ban hành quy chế công tác dân vận của hệ thống chính trị thành phố Hà Nội')).toBe(
      subjectKey('ban hành Quy chế công tác dân vận của hệ thống chính trị'),
    );
  });
  it('ignores subjects too short to mean anything', () => {
    expect(subjectKey('về dân vận')).toBeNull();
  });
});

describe('inferSameDocuments', () => {
  it('links 01/CTrPH-UBND-BDVHU to 01/QC-UBND-BDVHU: same serial, parties and date', () => {
    const links = inferSameDocuments([
      { id: 'qc', number: '01/QC-UBND-BDVHU', issuedOn: '2021-12-31', hasText: true, localityId: 'loc:547' },
      { id: 'ctr', number: '01/CTrPH-UBND-BDVHU', issuedOn: '2021-12-31', hasText: false, localityId: 'loc:547' },
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ fromId: 'ctr', toId: 'qc' });
    expect(links[0]!.evidence).toContain('(CTrPH / QC)');
  });

  it('does not link different dates, places or single-issuer series', () => {
    expect(
      inferSameDocuments([
        { id: 'a', number: '01/QC-UBND-BDVHU', issuedOn: '2021-12-31', hasText: true, localityId: 'loc:547' },
        { id: 'b', number: '01/CTrPH-UBND-BDVHU', issuedOn: '2022-01-05', hasText: false, localityId: 'loc:547' },
        { id: 'c', number: '01/CTrPH-UBND-BDVHU', issuedOn: '2021-12-31', hasText: false, localityId: 'loc:999' },
        { id: 'd', number: '12/QĐ-UBND', issuedOn: '2021-12-31', hasText: false, localityId: 'loc:547' },
        { id: 'e', number: '12/KH-UBND', issuedOn: '2021-12-31', hasText: false, localityId: 'loc:547' },
      ]),
    ).toEqual([]);
  });
});
