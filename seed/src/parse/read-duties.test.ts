import { describe, expect, it } from 'vitest';
import type { ParsedDuty } from '../parsed-document.ts';
import { parseDocument } from './parse-document.ts';
import { seedText, type SEED_FILES } from './seed-fixtures.ts';

function dutiesOf(id: (typeof SEED_FILES)[number]): ParsedDuty[] {
  return parseDocument(seedText(id), `${id}.txt`).duties;
}

const count = (duties: ParsedDuty[], agency: string, where: (d: ParsedDuty) => boolean) =>
  duties.filter((d) => d.agency === agency && where(d)).length;

describe('duties', () => {
  it('gives each clause of a "Trách nhiệm của …" article to its addressee as leader', () => {
    const duties = dutiesOf('000_c10e1c1c5600daa8');
    const article12 = duties.filter((d) => d.article === 12);
    expect(article12.map((d) => [d.agency, d.role, d.source])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((k) => ['Ủy ban nhân dân huyện', 'LEAD', `Điều 12 khoản ${k}`]),
    );
    expect(count(duties, 'Ban Dân vận Huyện ủy', (d) => d.article === 13 && d.role === 'LEAD')).toBe(7);
  });

  it('reads "Giao <A> …" and "<A> chủ trì phối hợp với <B>" in articles without a heading', () => {
    const duties = dutiesOf('000_c10e1c1c5600daa8');
    expect(count(duties, 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', (d) => d.article === 15)).toBe(1);
    const led = duties.find((d) => d.article === 14 && d.collaborators.includes('Ban Dân vận Huyện ủy'));
    expect(led).toMatchObject({ agency: 'Ủy ban nhân dân huyện', role: 'LEAD', frequency: 'Định kỳ hàng năm' });
  });

  it('gives a joint duty "<A> và <B> có trách nhiệm …" to each of them', () => {
    const article14 = dutiesOf('000_c10e1c1c5600daa8').filter((d) => d.article === 14 && d.text.startsWith('Ủy ban nhân dân huyện và'));
    expect(article14.map((d) => d.agency)).toEqual(['Ủy ban nhân dân huyện', 'Ban Dân vận Huyện ủy']);
  });

  it('tells the leader from the supporters inside a heading article', () => {
    const article6 = dutiesOf('001_77989c5422978e8e').filter((d) => d.article === 6);
    const byClause = (clause: string) => article6.find((d) => d.clause === clause);
    expect(byClause('2.1')).toMatchObject({ agency: 'Văn phòng Huyện ủy', role: 'SUPPORT', collaborators: ['Ban Dân vận Huyện ủy'] });
    expect(byClause('2.2')).toMatchObject({ agency: 'Ban Tổ chức Huyện ủy', role: 'LEAD', collaborators: ['Ban Dân vận Huyện ủy'] });
    expect(byClause('2.3')).toMatchObject({ agency: 'Ban Tuyên giáo Huyện ủy', role: 'SUPPORT' });
  });

  it('counts the duties of every "Trách nhiệm của …" article of 05-QC/HU', () => {
    const duties = dutiesOf('001_77989c5422978e8e');
    const perArticle = [4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => duties.filter((d) => d.article === n && d.clause?.includes('.') !== true).length);
    expect(perArticle).toEqual([5, 6, 6, 4, 8, 5, 4, 3, 6, 7, 6]);
  });

  it('gives plan items to the agency of their section, with the section as source', () => {
    const duties = dutiesOf('002_1d85cb063a09f93b');
    expect(count(duties, 'Ủy ban nhân dân huyện', (d) => d.source.startsWith('Mục III.1.'))).toBe(10);
    expect(count(duties, 'Ban Dân vận Huyện ủy', (d) => d.source.startsWith('Mục III.2.'))).toBe(5);
    expect(duties.find((d) => d.source === 'Mục III.1.7')?.agency).toBe('Ủy ban nhân dân huyện');
    expect(duties.find((d) => d.source === 'Mục IV.1')).toMatchObject({ agency: 'Phòng Nội vụ huyện', role: 'LEAD' });
    expect(duties.find((d) => d.source === 'Mục IV.3')?.agency).toBe('Đảng ủy các xã, thị trấn');
  });

  it('reads bare agency headings followed by items, deadlines, frequencies and reporting lines', () => {
    const duties = dutiesOf('003_6082d5f07db0c81e');
    expect(count(duties, 'Ban Dân vận Tỉnh ủy', (d) => d.source === 'Điều 5 khoản 1')).toBe(3);
    expect(duties.filter((d) => d.source === 'Điều 5 khoản 2')).toHaveLength(6);
    const deadlines = duties.map((d) => d.deadline).filter(Boolean);
    expect(new Set(deadlines)).toEqual(new Set(['trước ngày trình ít nhất 10 ngày', 'trước ngày 15/11', 'chậm nhất là ngày 30/11']));
    const frequencies = duties.filter((d) => d.article === 6).map((d) => d.frequency);
    expect(frequencies).toEqual(expect.arrayContaining(['Định kỳ 6 tháng, một năm', 'Định kỳ hàng tháng, hàng quý, sáu tháng và cả năm']));
    expect(duties.find((d) => d.deadline === 'trước ngày 15/11')?.reportTo).toEqual(['Phòng đoàn thể Ban Dân vận Tỉnh ủy']);
  });

  it('reads the numbered addressees of a Công văn', () => {
    const duties = dutiesOf('004_9a1680116712ef93');
    expect(count(duties, 'Các sở, ban, ngành, đơn vị sự nghiệp công lập thuộc tỉnh', (d) => d.source === 'Mục 1')).toBe(5);
    expect(count(duties, 'Thanh tra tỉnh', (d) => d.source === 'Mục 2')).toBe(1);
    expect(count(duties, 'Sở Nội vụ', (d) => d.source === 'Mục 3')).toBe(5);
    expect(count(duties, 'Ủy ban nhân dân các huyện, thị xã, thành phố', (d) => d.source === 'Mục 4')).toBe(3);
    expect(duties.find((d) => d.agency === 'Sở Nội vụ' && d.source === 'Mục 4')?.reportTo).toEqual(['Ủy ban nhân dân tỉnh']);
  });
});
