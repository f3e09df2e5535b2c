// The traps of the gold, each handled as DOMAIN.md says: read through GraphQL from the seeded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededStore } from './support/seeded-store.ts';
import { seededStore } from './support/seeded-store.ts';

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await seededStore();
});
afterAll(async () => {
  await seeded?.dispose();
});

interface Relation {
  kind: string;
  inferred: boolean;
  evidence: string | null;
  from: { number: string | null; title: string | null };
  to: { number: string | null };
}

async function documentByTitle(words: string) {
  const { data } = await seeded.graphql<{ documents: { edges: Array<{ node: { id: string } }> } }>(
    'query ($q: String) { documents(search: $q, hasText: true) { edges { node { id } } } }',
    { q: words },
  );
  return data!.documents.edges[0]!.node.id;
}

async function relationsOf(number: string): Promise<Relation[]> {
  const { data } = await seeded.graphql<{ document: { relations: Relation[] } }>(
    'query ($n: String) { document(number: $n) { relations { kind inferred evidence from { number title } to { number } } } }',
    { n: number },
  );
  return data!.document.relations;
}

describe('traps of the gold', () => {
  it('resolves 314-QĐ/TU cited by the Tây Sơn plan as 314-QĐ/HU, with a data issue quoting the text', async () => {
    const planId = await documentByTitle('phoi hop thuc hien cong tac dan van nam 2022');
    const { data } = await seeded.graphql<{ document: { citations: Array<{ document: { number: string } }>; dataIssues: Array<{ kind: string; message: string; quote: string }> } }>(
      'query ($id: ID) { document(id: $id) { citations { document { number } } dataIssues { kind message quote } } }',
      { id: planId },
    );
    const cited = data!.document.citations.map((c) => c.document.number);
    expect(cited).toContain('314-QĐ/HU');
    expect(cited).not.toContain('314-QĐ/TU');
    const issue = data!.document.dataIssues.find((i) => i.kind === 'NUMBER_CORRECTED')!;
    expect(issue.message).toContain('314-QĐ/TU');
    expect(issue.message).toContain('314-QĐ/HU');
    expect(issue.quote).toContain('Quyết định số 314-QĐ/TU ngày 22/10/2021 của Ban Thường vụ Huyện ủy');
    expect((await seeded.graphql('{ document(number: "314-QĐ/TU") { id } }')).data).toEqual({ document: null });
  });

  it('flags 12-QĐi/TW attributed to the Ban Thường vụ Tỉnh ủy without fixing it', async () => {
    const planId = await documentByTitle('phoi hop thuc hien cong tac dan van nam 2022');
    const { data } = await seeded.graphql<{ document: { citations: Array<{ document: { number: string } }>; dataIssues: Array<{ kind: string; message: string }> } }>(
      'query ($id: ID) { document(id: $id) { citations { document { number } } dataIssues { kind message } } }',
      { id: planId },
    );
    expect(data!.document.citations.map((c) => c.document.number)).toContain('12-QĐi/TW');
    const flag = data!.document.dataIssues.find((i) => i.kind === 'NUMBER_ISSUER_MISMATCH')!;
    expect(flag.message).toContain('12-QĐi/TW');
    expect(flag.message).toContain('Ban Thường vụ Tỉnh ủy');
  });

  it('reads 09-Ctr/TU and 09-CTr/TU as one document, spelt 09-CTr/TU', async () => {
    const a = await seeded.graphql<{ document: { id: string; number: string } }>('{ document(number: "09-Ctr/TU") { id number } }');
    const b = await seeded.graphql<{ document: { id: string; number: string } }>('{ document(number: "09-CTr/TU") { id number } }');
    expect(a.data!.document.id).toBe(b.data!.document.id);
    expect(b.data!.document.number).toBe('09-CTr/TU');
    const { data } = await seeded.graphql<{ documents: { edges: Array<{ node: { number: string | null } }> } }>(
      '{ documents(search: "09-ctr/tu") { edges { node { number } } } }',
    );
    expect(data!.documents.edges.filter((e) => e.node.number?.toUpperCase() === '09-CTR/TU')).toEqual([{ node: { number: '09-CTr/TU' } }]);
  });

  it('links 01/CTrPH-UBND-BDVHU to 01/QC-UBND-BDVHU as possibly the same document, with the evidence', async () => {
    const sameAs = (await relationsOf('01/CTrPH-UBND-BDVHU')).find((r) => r.kind === 'SAME_AS')!;
    expect(sameAs).toMatchObject({ inferred: true, from: { number: '01/CTrPH-UBND-BDVHU' }, to: { number: '01/QC-UBND-BDVHU' } });
    expect(sameAs.evidence).toContain('cùng ngày 31/12/2021');
  });

  it('keeps the blank number and day of the provincial letter unknown, the year 2021, and says so', async () => {
    const letterId = await documentByTitle('trien khai thuc hien quy che cong tac dan van');
    const { data } = await seeded.graphql<{ document: { number: string | null; issuedOn: string | null; issuedYear: number; kind: string; dataIssues: Array<{ kind: string }> } }>(
      'query ($id: ID) { document(id: $id) { number issuedOn issuedYear kind dataIssues { kind } } }',
      { id: letterId },
    );
    expect(data!.document).toMatchObject({ number: null, issuedOn: null, issuedYear: 2021, kind: 'Công văn' });
    expect(data!.document.dataIssues.map((i) => i.kind)).toEqual(expect.arrayContaining(['BLANK_NUMBER', 'BLANK_DATE']));
  });

  it('infers 314-QĐ/HU → 407-QĐ/TU → 23-QĐ/TW, marked inferred, with evidence in words', async () => {
    const fromDistrict = (await relationsOf('314-QĐ/HU')).find((r) => r.kind === 'DERIVED_FROM' && r.from.number === '314-QĐ/HU')!;
    expect(fromDistrict).toMatchObject({ inferred: true, to: { number: '407-QĐ/TU' } });
    expect(fromDistrict.evidence).toMatch(/cùng được dẫn chiếu trong .*01\/QC-UBND-BDVHU/);
    expect(fromDistrict.evidence).toContain('cấp huyện dưới cấp tỉnh');
    const fromProvince = (await relationsOf('407-QĐ/TU')).find((r) => r.kind === 'DERIVED_FROM' && r.from.number === '407-QĐ/TU')!;
    expect(fromProvince).toMatchObject({ inferred: true, to: { number: '23-QĐ/TW' } });
  });

  it('places 407-QĐ/TU, cited "của Tỉnh ủy" from Tây Sơn, in Bình Định: one node for the three seeds citing it', async () => {
    const { data } = await seeded.graphql<{ document: { locality: { name: string }; issuers: Array<{ name: string }>; basisFor: unknown[]; implementedBy: unknown[]; relations: Relation[] } }>(
      '{ document(number: "407-QĐ/TU") { locality { name } issuers { name } basisFor { id } implementedBy { id } relations(direction: DOWN) { kind from { number title } } } }',
    );
    expect(data!.document.locality.name).toBe('Bình Định');
    expect(data!.document.issuers.map((i) => i.name)).toEqual(['Tỉnh ủy Bình Định']);
    const citing = new Set(data!.document.relations.filter((r) => ['BASED_ON', 'CITES', 'IMPLEMENTS'].includes(r.kind)).map((r) => r.from.number ?? r.from.title));
    expect(citing.size).toBe(3);
  });

  it('reads joint issuers: the Tây Sơn UBND with its Ban Dân vận, and the seven Trà Vinh bodies', async () => {
    const tay = await seeded.graphql<{ document: { issuers: Array<{ name: string; level: string }> } }>('{ document(number: "01/QC-UBND-BDVHU") { issuers { name level } } }');
    expect(tay.data!.document.issuers).toEqual([
      { name: 'Ủy ban nhân dân huyện Tây Sơn', level: 'DISTRICT' },
      { name: 'Ban Dân vận Huyện ủy Tây Sơn', level: 'DISTRICT' },
    ]);
    const traVinhId = await documentByTitle('ban dan van tinh uy voi uy ban mat tran');
    const tv = await seeded.graphql<{ document: { issuers: Array<{ name: string }> } }>('query ($id: ID) { document(id: $id) { issuers { name } } }', { id: traVinhId });
    expect(tv.data!.document.issuers.map((i) => i.name)).toEqual([
      'Ban Dân vận Tỉnh ủy Trà Vinh',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh',
      'Liên đoàn Lao động tỉnh Trà Vinh',
      'Tỉnh đoàn Trà Vinh',
      'Hội Cựu chiến binh tỉnh Trà Vinh',
      'Hội Nông dân tỉnh Trà Vinh',
      'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh',
    ]);
  });

  it('does not take "Căn cứ yêu cầu, nhiệm vụ …" or "Xét đề nghị …" for legal bases', async () => {
    const { data } = await seeded.graphql<{ document: { bases: Array<{ number: string | null; title: string | null }> } }>('{ document(number: "05-QC/HU") { bases { number title } } }');
    expect(data!.document.bases).toHaveLength(4);
    expect(data!.document.bases.map((b) => b.title ?? '').join('|')).not.toMatch(/yêu cầu|đề nghị/);
  });
});
