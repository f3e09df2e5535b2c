import { describe, expect, it } from 'vitest';
import type { AgencyModel } from '../db/queries/agencies.ts';
import type { DocumentModel } from '../db/queries/documents.ts';
import { csvCell, impactCsv } from './export-csv.ts';
import type { ImpactedDocumentModel, ImpactModel } from './impact-of.ts';
import { reviewList } from './review-list.ts';
import { mentionPlaces, reviewReason } from './review-reason.ts';

const doc = (id: string, number: string | null, level: string, extra: Partial<DocumentModel> = {}): DocumentModel => ({
  id, number, kind: 'Quyết định', title: 'ban hành Quy chế công tác dân vận của hệ thống chính trị', issuedOn: '2021-09-30',
  issuedYear: 2021, level, place: null, hasText: false, status: null, localityId: null, ...extra,
});
const agency = (id: string, name: string, level: string): AgencyModel => ({ id, name, aliases: [], level, isGroup: false, localityId: null, parentId: null });

const root = doc('d23', '23-QĐ/TW', 'CENTRAL', { issuedOn: '2021-07-30' });
const d407 = doc('d407', '407-QĐ/TU', 'PROVINCE');
const d01 = doc('d01', '01/QC-UBND-BDVHU', 'DISTRICT', { kind: 'Quy chế', title: 'Phối hợp <giữa> UBND & "Ban Dân vận"', hasText: true });
const plan = doc('dkh', null, 'DISTRICT', { kind: 'Kế hoạch', issuedYear: 2022, title: '=Phối hợp; năm 2022', hasText: true });

function impacted(document: DocumentModel, depth: number, path: DocumentModel[], via: string[], reason: string, issuers: AgencyModel[], places: string[] = []): ImpactedDocumentModel {
  return { document, depth, via, path, inferred: via.includes('DERIVED_FROM'), stopped: false, citations: [], citingArticles: [], issuers, places, reason };
}

const impact: ImpactModel = {
  root,
  options: { depth: 10, article: null, followCites: true, followInferred: true, stopAtInactive: false, excludeIds: [], maxDocuments: 1000 },
  documents: [
    impacted(d407, 1, [root, d407], ['DERIVED_FROM'], 'suy luận: tái ban hành cấp tỉnh của 23-QĐ/TW', [agency('a1', 'Tỉnh ủy Bình Định', 'PROVINCE')]),
    impacted(d01, 1, [root, d01], ['BASED_ON'], 'căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)', [agency('a2', 'Ban Dân vận Huyện ủy Tây Sơn', 'DISTRICT')], ['Điều 12 khoản 3']),
    impacted(plan, 2, [root, d407, plan], ['DERIVED_FROM', 'CITES'], 'dẫn chiếu 407-QĐ/TU (Mục III.1.1); chuỗi có suy luận: 23-QĐ/TW → 407-QĐ/TU', []),
  ],
  duties: [],
  agencies: [],
  articles: 1,
  byLevel: [],
  edges: [],
  truncated: false,
  proposedChange: null,
};

describe('reviewReason', () => {
  const base = { document: d01, depth: 1, kind: 'BASED_ON', parent: root, path: [root, d01], inferred: false, stopped: false };

  it('says a document stands directly on the changed one, and where it mentions it', () => {
    const places = mentionPlaces([{ article: 12, clause: '3', citedArticles: [] }, { article: null, clause: null, citedArticles: [] }]);
    expect(reviewReason({ ...base, places })).toBe('căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)');
  });

  it('names an inferred re-issue by its level, and the chain of a deeper document', () => {
    expect(reviewReason({ ...base, document: d407, kind: 'DERIVED_FROM', inferred: true, places: [] })).toBe(
      'suy luận: tái ban hành cấp tỉnh của 23-QĐ/TW',
    );
    expect(
      reviewReason({ ...base, document: plan, depth: 2, kind: 'CITES', parent: d407, path: [root, d407, plan], inferred: true, places: ['Mục III.1.1'] }),
    ).toBe('dẫn chiếu 407-QĐ/TU (Mục III.1.1); chuỗi có suy luận: 23-QĐ/TW → 407-QĐ/TU');
  });

  it('shows the cited article a mention names', () => {
    expect(mentionPlaces([{ article: 4, clause: null, citedArticles: [5, 6] }])).toEqual(['Điều 4 → Điều 5, 6']);
  });
});

describe('impactCsv', () => {
  const csv = impactCsv(impact);
  const lines = csv.split('\r\n');

  it('starts with a BOM and a semicolon header, one line per document', () => {
    expect(csv.startsWith('\uFEFFMã văn bản;Số, ký hiệu;Loại;')).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(4);
  });

  it('writes depth, relations, path, citing articles, issuers and the reason', () => {
    expect(lines[2]).toBe(
      'd01;01/QC-UBND-BDVHU;Quy chế;"Phối hợp <giữa> UBND & ""Ban Dân vận""";30/09/2021;Huyện;;1;BASED_ON;không;23-QĐ/TW → 01/QC-UBND-BDVHU;' +
        'Điều 12 khoản 3;Ban Dân vận Huyện ủy Tây Sơn;căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)',
    );
    expect(lines[3]).toContain(';2;DERIVED_FROM > CITES;có;23-QĐ/TW → 407-QĐ/TU → Kế hoạch 2022;');
  });

  it('quotes separators and never lets a cell start a formula', () => {
    expect(lines[3]).toContain(`;"'=Phối hợp; năm 2022";`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});

describe('reviewList', () => {
  it('groups documents by level, then by issuing agency, each with its reason (Markdown)', () => {
    const md = reviewList(impact, 'MARKDOWN');
    expect(md).toMatch(/^# Danh sách văn bản cần rà soát\n/);
    const order = ['## Tỉnh', '### Tỉnh ủy Bình Định', '**407-QĐ/TU**', '## Huyện', '### Ban Dân vận Huyện ủy Tây Sơn', '**01/QC-UBND-BDVHU**', '### Chưa rõ cơ quan ban hành', '**Kế hoạch 2022**'];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('Lý do: căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)');
    expect(md).toContain('Lý do: suy luận: tái ban hành cấp tỉnh của 23-QĐ/TW');
    expect(md).toContain('Phối hợp \\<giữa\\> UBND');
  });

  it('prints a complete, escaped HTML page', () => {
    const page = reviewList(impact, 'HTML');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">/);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain('<h2>Huyện</h2>');
    expect(page).toContain('Phối hợp &lt;giữa&gt; UBND &amp; &quot;Ban Dân vận&quot;');
    expect(page).not.toContain('<giữa>');
    expect(page).toContain('@page');
  });

  it('says what a what-if change would do, and that it is not recorded', () => {
    const md = reviewList({ ...impact, proposedChange: { kind: 'SUPERSEDES', documentId: 'd23', byDocumentId: null, article: null, effectiveOn: '2026-01-01', note: null, previousStatus: null, newStatus: 'Hết hiệu lực toàn bộ' } }, 'MARKDOWN');
    expect(md).toContain('Thay đổi dự kiến (chưa ghi nhận): thay thế, hiệu lực từ 01/01/2026; tình trạng sẽ là: Hết hiệu lực toàn bộ');
  });
});
