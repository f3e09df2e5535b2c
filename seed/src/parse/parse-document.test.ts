import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { SEED_FILES, seedGold, seedText } from './seed-fixtures.ts';

describe.each(SEED_FILES)('parseDocument on seed %s', (id) => {
  const gold = seedGold(id);
  const parsed = parseDocument(seedText(id), `${id}.txt`);

  it('reads the number the gold gives (null for drafts and unnumbered texts)', () => {
    expect(parsed.number).toBe(gold.document.number);
  });

  it('reads the kind from the title word or the V/v line', () => {
    expect(parsed.kind).toBe(gold.document.kind);
  });

  it('reads the date of issue, and never invents a blank one', () => {
    expect(parsed.issuedOn).toBe(gold.document.issuedOn);
    if (gold.document.issuedYear) expect(parsed.issuedYear).toBe(gold.document.issuedYear);
  });

  it('reads the title', () => {
    expect(parsed.title).toContain(gold.document.titleContains);
  });

  it('reads the legal bases in order, by number or by name', () => {
    expect(parsed.bases.map((b) => b.number ?? b.name)).toEqual(gold.bases.map((b) => b.number ?? b.name));
    expect(parsed.bases.map((b) => b.kind)).toEqual(gold.bases.map((b) => b.kind));
    expect(parsed.bases.map((b) => b.issuedOn)).toEqual(gold.bases.map((b) => b.issuedOn ?? null));
  });

  it('counts the articles and chapters of the gold', () => {
    expect(parsed.articles).toHaveLength(gold.articles ?? 0);
    expect(parsed.chapters).toHaveLength(gold.chapters ?? 0);
  });

  it('finds as many issuing bodies as the gold', () => {
    expect(parsed.issuers).toHaveLength(gold.document.issuers.length);
  });
});

describe('parseDocument', () => {
  it('reads the sixteen articles of 01/QC-UBND-BDVHU, Điều 5 to 11 without a heading', () => {
    const parsed = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt');
    expect(parsed.articles.map((a) => a.number)).toEqual([...Array(16).keys()].map((k) => k + 1));
    expect(parsed.articles.filter((a) => a.heading === null).map((a) => a.number)).toEqual([5, 6, 7, 8, 9, 10, 11, 14, 15, 16]);
    expect(parsed.articles[11]?.heading).toBe('Trách nhiệm của Ủy ban nhân dân huyện');
    expect(parsed.articles[11]?.chapter).toBe('Chương III. TRÁCH NHIỆM PHỐI HỢP');
  });

  it('mends a clause broken by a blank line in mid-sentence', () => {
    const parsed = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt');
    expect(parsed.articles[11]?.clauses[0]?.text).toContain('thành các quyết định, chỉ thị');
  });

  it('reads the header issuers of a joint regulation without the national motto', () => {
    const parsed = parseDocument(seedText('000_c10e1c1c5600daa8'), '000.txt');
    expect(parsed.issuers).toEqual(['Ủy ban nhân dân huyện', 'Ban Dân vận Huyện ủy']);
    expect(parsed.place).toBe('Tây Sơn');
  });

  it('takes the issuers from the signature blocks when the header has none', () => {
    const parsed = parseDocument(seedText('003_6082d5f07db0c81e'), '003.txt');
    expect(parsed.issuers).toContain('Ban Dân vận Tỉnh ủy');
    expect(parsed.issuers).toContain('BTV Tỉnh đoàn');
  });

  it('takes the issuer from the enacting line when neither header nor signature names it', () => {
    const parsed = parseDocument(seedText('001_77989c5422978e8e'), '001.txt');
    expect(parsed.issuers).toEqual(['Ban Thường vụ Huyện ủy']);
  });

  it('reads plan sections as paths III, III.1, III.1.7', () => {
    const parsed = parseDocument(seedText('002_1d85cb063a09f93b'), '002.txt');
    const paths = parsed.sections.map((s) => s.path);
    expect(paths).toEqual(expect.arrayContaining(['III', 'III.1', 'III.1.7', 'III.2.5', 'IV.3']));
    expect(parsed.sections.find((s) => s.path === 'III.1')?.heading).toBe('Trách nhiệm của Ủy ban nhân dân huyện');
  });

  it('warns about a blank number and a blank date with their line numbers', () => {
    const parsed = parseDocument(seedText('004_9a1680116712ef93'), '004.txt');
    expect(parsed.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'BLANK_NUMBER', line: 9 }),
        expect.objectContaining({ kind: 'BLANK_DATE', line: 11 }),
      ]),
    );
  });

  it('does not take "Điều 2 của Luật …" wrapped to a line start for an article', () => {
    const text = 'LUẬT\nThử nghiệm\n\nĐiều 1. Phạm vi\nNội dung quy định tại khoản 2\nĐiều 2 của Luật Bảo hiểm xã hội.\nĐiều 2. Đối tượng\n1. Người lao động.';
    expect(parseDocument(text, 'x.txt').articles.map((a) => a.number)).toEqual([1, 2]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['', '\u0000\u0000', '|||', 'Điều 1.', 'Số:', '*'.repeat(5000), 'Căn cứ ;;;']) {
      expect(parseDocument(input, 'x.txt').file).toBe('x.txt');
    }
  });
});
