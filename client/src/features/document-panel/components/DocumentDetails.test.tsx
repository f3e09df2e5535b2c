import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../lib/language.tsx';
import type { Language } from '../../../lib/i18n.ts';
import type { DocumentDetail } from '../api/document.ts';
import { DocumentDetails } from './DocumentDetails.tsx';

afterEach(cleanup);

const regulation: DocumentDetail = {
  id: 'doc-314',
  number: '314-QĐ/HU',
  kind: 'Quy định',
  title: 'Quy chế công tác dân vận của hệ thống chính trị huyện Tây Sơn',
  issuedOn: '2021-10-22',
  level: 'DISTRICT',
  place: 'Tây Sơn',
  hasText: true,
  status: 'Còn hiệu lực',
  locality: { id: 'loc:547', name: 'Tây Sơn', kind: 'huyện', parent: { name: 'Bình Định', kind: 'tỉnh' } },
  dataIssues: [],
  issuers: [{ id: 'btv-hu', name: 'Ban Thường vụ Huyện ủy Tây Sơn' }],
  bases: [
    { id: 'doc-407', number: '407-QĐ/TU', kind: 'Quy định', title: 'Quy chế công tác dân vận tỉnh Bình Định', level: 'PROVINCE', hasText: false },
  ],
  basisFor: [
    { id: 'doc-01', number: '01/QC-UBND-BDVHU', kind: 'Quy chế', title: 'Quy chế phối hợp', level: 'DISTRICT', hasText: true },
  ],
  implements: [],
  implementedBy: [],
  relations: [
    {
      kind: 'BASED_ON',
      inferred: false,
      evidence: null,
      from: { id: 'doc-314', number: '314-QĐ/HU', title: null },
      to: { id: 'doc-407', number: '407-QĐ/TU', title: null },
    },
    {
      kind: 'DERIVED_FROM',
      inferred: true,
      evidence: 'cùng trích yếu, cấp thấp hơn, ban hành sau',
      from: { id: 'doc-314', number: '314-QĐ/HU', title: null },
      to: { id: 'doc-23', number: '23-QĐ/TW', title: null },
    },
  ],
  articles: [
    {
      id: 'a5',
      number: 5,
      heading: 'Trách nhiệm của Ban Dân vận Huyện ủy',
      text: 'Ban Dân vận Huyện ủy chủ trì, phối hợp…',
      chapter: 'Chương II',
      clauses: [{ id: 'a5k1', label: '1.', text: 'Tham mưu Ban Thường vụ Huyện ủy lãnh đạo công tác dân vận.' }],
      duties: [{ id: 'd1' }],
    },
  ],
  duties: [
    {
      id: 'd1',
      text: 'tham mưu Ban Thường vụ Huyện ủy lãnh đạo công tác dân vận',
      role: 'LEAD',
      source: 'Điều 5 khoản 1',
      frequency: 'hằng năm',
      deadline: null,
      agency: { id: 'bdv-hu', name: 'Ban Dân vận Huyện ủy' },
      collaborators: [{ id: 'vp-hu', name: 'Văn phòng Huyện ủy' }],
      article: { number: 5 },
    },
  ],
};

function renderDetails(document: DocumentDetail, language: Language = 'vi') {
  const onOpen = vi.fn();
  render(
    <LanguageProvider initial={language}>
      <DocumentDetails document={document} onOpen={onOpen} />
    </LanguageProvider>,
  );
  return onOpen;
}

describe('DocumentDetails', () => {
  it('shows the metadata of a document in Vietnamese', () => {
    renderDetails(regulation);
    expect(screen.getByTestId('panel-number').textContent).toBe('314-QĐ/HU');
    expect(screen.getByText('22/10/2021')).toBeTruthy();
    expect(screen.getByText('Ban Thường vụ Huyện ủy Tây Sơn')).toBeTruthy();
    expect(screen.getByText('Còn hiệu lực')).toBeTruthy();
    expect(screen.getByText('Nơi ban hành')).toBeTruthy();
    expect(screen.getAllByText('Huyện').length).toBeGreaterThan(0);
    expect(screen.getByText('Có toàn văn')).toBeTruthy();
  });

  it('lists bases and documents based on it as links that open them', () => {
    const onOpen = renderDetails(regulation);
    const bases = screen.getByTestId('panel-bases');
    expect(within(bases).getByText('Căn cứ')).toBeTruthy();
    const link = within(bases).getByRole('link', { name: '407-QĐ/TU' });
    expect(link.getAttribute('href')).toBe('/document/doc-407');
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith('doc-407');

    const basisFor = screen.getByTestId('panel-basis-for');
    expect(within(basisFor).getByText('Được căn cứ bởi')).toBeTruthy();
    expect(within(basisFor).getByRole('link', { name: '01/QC-UBND-BDVHU' })).toBeTruthy();
  });

  it('shows the inferred cascade among other relations, not the stated basis again', () => {
    renderDetails(regulation);
    const relations = screen.getByTestId('panel-relations');
    expect(within(relations).getAllByRole('listitem')).toHaveLength(1);
    expect(within(relations).getByRole('link', { name: '23-QĐ/TW' })).toBeTruthy();
    expect(within(relations).getByText('suy luận', { selector: '.badge' })).toBeTruthy();
  });

  it('folds articles with their clauses and lists duties with agency, role and source', () => {
    renderDetails(regulation);
    const articles = screen.getByTestId('panel-articles');
    const article = articles.querySelector('details');
    expect(article?.open).toBe(false);
    expect(within(articles).getByText('Điều 5.')).toBeTruthy();
    expect(within(articles).getByText(/Tham mưu Ban Thường vụ Huyện ủy lãnh đạo/)).toBeTruthy();

    const duties = screen.getByTestId('panel-duties');
    expect(within(duties).getByText('Ban Dân vận Huyện ủy')).toBeTruthy();
    expect(within(duties).getByText('chủ trì')).toBeTruthy();
    expect(within(duties).getByText('Điều 5 khoản 1')).toBeTruthy();
    expect(within(duties).getByText('Phối hợp: Văn phòng Huyện ủy')).toBeTruthy();
  });

  it('shows the locality with its province, and the data issues with the quoted text', () => {
    renderDetails({
      ...regulation,
      dataIssues: [{ kind: 'NUMBER_CORRECTED', message: 'Văn bản ghi số "314-QĐ/TU" …', quote: 'Quyết định số 314-QĐ/TU ngày 22/10/2021' }],
    });
    expect(screen.getByText('huyện Tây Sơn, tỉnh Bình Định')).toBeTruthy();
    const issues = screen.getByTestId('panel-issues');
    expect(within(issues).getByText('NUMBER_CORRECTED')).toBeTruthy();
    expect(within(issues).getByText('Quyết định số 314-QĐ/TU ngày 22/10/2021')).toBeTruthy();
  });

  it('shows no data-issue section when the reading found none', () => {
    renderDetails(regulation);
    expect(screen.queryByTestId('panel-issues')).toBeNull();
  });

  it('marks a document known only from citations and speaks English when asked', () => {
    renderDetails({ ...regulation, number: null, hasText: false, articles: [], duties: [] }, 'en');
    expect(screen.getByTestId('panel-number').textContent).toBe('(no number)');
    expect(screen.getByText('Known only from citations')).toBeTruthy();
    expect(screen.getByText('Based on')).toBeTruthy();
  });
});
