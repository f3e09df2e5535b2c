import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { SEED_FILES, seedGold, seedText } from './seed-fixtures.ts';

/** Compare numbers as DOMAIN.md says: letter case, and the known typos the gold resolves. */
function canonical(number: string, conflicts: { cited: string; resolvesTo?: string }[] = []): string {
  const resolved = conflicts.find((c) => c.cited === number)?.resolvesTo ?? number;
  return resolved.toUpperCase();
}

describe.each(SEED_FILES)('mentions and relations of seed %s', (id) => {
  const gold = seedGold(id);
  const parsed = parseDocument(seedText(id), `${id}.txt`);
  const numberOf = (m: { number: string | null } | null) => (m?.number ? canonical(m.number, gold.citationConflicts) : null);

  it('cites every numbered document of the gold, and no other', () => {
    const cited = new Set(parsed.citations.map((c) => numberOf(c.mention)));
    expect([...cited].sort()).toEqual(gold.cites.map((n) => n.toUpperCase()).sort());
  });

  it('states the nested relations of the gold', () => {
    const nested = parsed.relations.filter((r) => r.from !== null).map((r) => [numberOf(r.from), r.kind, numberOf(r.to)]);
    const expected = (gold.nestedRelations ?? []).map((r) => [r.from.toUpperCase(), r.relation, r.to.toUpperCase()]);
    expect(nested.sort()).toEqual(expected.sort());
  });

  it('states what the document itself implements and supersedes', () => {
    const own = (kind: string) => parsed.relations.filter((r) => r.from === null && r.kind === kind).map((r) => numberOf(r.to));
    expect(own('IMPLEMENTS')).toEqual(gold.implements.map((m) => m.number?.toUpperCase()));
    expect(own('SUPERSEDES')).toEqual(gold.supersedes.map((m) => m.number?.toUpperCase()));
  });

  it('never adds BASED_ON: the resolver derives it from the bases', () => {
    expect(parsed.relations.filter((r) => r.kind === 'BASED_ON')).toEqual([]);
  });
});

describe('mentions', () => {
  it('places 23-QĐ/TW, 407-QĐ/TU and 314-QĐ/HU in Điều 12 khoản 3 of 01/QC-UBND-BDVHU', () => {
    const parsed = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt');
    const body = parsed.citations.filter((c) => !c.inBases).map((c) => [c.mention.number, c.article, c.clause]);
    expect(body).toEqual([
      ['23-QĐ/TW', 12, '3'],
      ['407-QĐ/TU', 12, '3'],
      ['314-QĐ/HU', 12, '3'],
    ]);
  });

  it('reads kind, date, issuer and subject of a basis, telling Quyết định from Quy định', () => {
    const parsed = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt');
    const [, , , quyDinh, , quyetDinh] = parsed.bases;
    expect(quyDinh).toMatchObject({ number: '46-QĐ/TW', kind: 'Quy định', issuedOn: '2021-12-03' });
    expect(quyetDinh).toMatchObject({ number: '23-QĐ/TW', kind: 'Quyết định', issuer: 'Bộ Chính trị' });
    expect(parsed.bases[8]?.subject).toMatch(/^tiếp tục thực hiện Nghị quyết số 25-NQ\/TW/);
  });

  it('leaves "Căn cứ yêu cầu, nhiệm vụ …" and "Xét đề nghị …" out of the bases', () => {
    const parsed = parseDocument(seedText('001_77989c5422978e8e'), '001.txt');
    expect(parsed.bases.map((b) => b.quote).join(' ')).not.toMatch(/yêu cầu, nhiệm vụ|đề nghị/);
  });

  it('reads an amendment nested in a basis in the direction amending → amended', () => {
    const text =
      'NGHỊ ĐỊNH\nVề thử nghiệm\n\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ);\n\nĐiều 1. Phạm vi';
    const parsed = parseDocument(text, 'x.txt');
    expect(parsed.bases.map((b) => b.number)).toEqual(['63/2010/NĐ-CP']);
    expect(parsed.relations.map((r) => [r.kind, r.from?.number, r.to.number])).toEqual([['AMENDS', '92/2017/NĐ-CP', '63/2010/NĐ-CP']]);
  });

  it('dates the decision a letter implements from the sentence that names it', () => {
    const parsed = parseDocument(seedText('004_9a1680116712ef93'), '004.txt');
    const [implemented] = parsed.relations.filter((r) => r.from === null);
    expect(implemented?.to).toMatchObject({ number: '407-QĐ/TU', kind: 'Quyết định', issuedOn: '2021-09-30' });
  });

  it('warns when a suffix contradicts the issuer written beside the number', () => {
    const parsed = parseDocument(seedText('002_1d85cb063a09f93b'), '002.txt');
    const mismatches = parsed.warnings.filter((w) => w.kind === 'NUMBER_ISSUER_MISMATCH');
    expect(mismatches.map((w) => w.quote?.split(' ngày')[0])).toEqual(['Quyết định số 314-QĐ/TU', 'Quy định số 12-QĐi/TW']);
  });
});
