import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClient, renderPage } from '../../../lib/testing/render-page.tsx';
import type { ReaderDocument } from '../api/reader-document.ts';
import { ReaderPage } from './ReaderPage.tsx';

afterEach(cleanup);

const document: ReaderDocument = {
  id: 'doc-05',
  number: '05-QC/HU',
  kind: 'Quy chế',
  title: 'Quy chế tiếp công dân',
  issuedOn: '2022-03-01',
  level: 'DISTRICT',
  place: 'Tây Sơn',
  status: 'Còn hiệu lực',
  hasText: true,
  issuers: [{ id: 'btv', name: 'Ban Thường vụ Huyện ủy' }],
  articles: [
    { id: 'a1', number: 1, heading: 'Phạm vi', text: 'Quy chế này thực hiện Quy định số 11-QĐi/TW.', chapter: 'Chương I', clauses: [] },
    {
      id: 'a9',
      number: 9,
      heading: 'Trách nhiệm',
      text: '',
      chapter: 'Chương II',
      clauses: [
        { id: 'k1', label: '1.', text: 'Thường trực Huyện ủy định kỳ tiếp công dân.' },
        { id: 'k4', label: '4.', text: 'Ban Dân vận Huyện ủy chủ trì tiếp công dân.' },
      ],
    },
  ],
  sections: [],
  duties: [
    {
      id: 'd1',
      text: 'chủ trì tiếp công dân',
      role: 'LEAD',
      source: 'Điều 9 khoản 4',
      agency: { id: 'bdv', name: 'Ban Dân vận Huyện ủy' },
      article: { id: 'a9', number: 9 },
    },
  ],
  citations: [
    { document: { id: 'doc-11', number: '11-QĐi/TW', title: null }, article: 1, clause: null, quote: 'Quy định số 11-QĐi/TW' },
  ],
  signers: [],
  recipients: [],
};

describe('ReaderPage', () => {
  it('anchors each article, marks the clause that states a duty and links cited documents', async () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    const client = fakeClient({ ReaderDocument: () => ({ data: { document } }) });
    renderPage(<ReaderPage documentId="doc-05" anchor="dieu-9" onRaci={() => {}} />, client);

    const articles = await screen.findAllByTestId('reader-article');
    expect(articles.map((a) => a.id)).toEqual(['dieu-1', 'dieu-9']);
    expect(screen.getByText('Chương II', { selector: 'h2' })).toBeTruthy();

    const clause = within(articles[1]!).getByText(/Ban Dân vận Huyện ủy chủ trì/).closest('li')!;
    expect(clause.className).toContain('reader-passage--duty');
    expect(within(clause).getByTestId('reader-duty').textContent).toBe('chủ trìBan Dân vận Huyện ủy');

    const citation = within(articles[0]!).getByTestId('reader-citation');
    expect([citation.textContent, citation.getAttribute('href')]).toEqual(['Quy định số 11-QĐi/TW', '/document/doc-11']);

    expect(scrolled).toEqual(['dieu-9']);
    expect(articles[1]!.classList.contains('is-target')).toBe(true);
    expect(screen.getByTestId('impact-open').getAttribute('href')).toBe('/document/doc-05/impact');
  });
});
