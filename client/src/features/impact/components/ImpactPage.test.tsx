import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClient, renderPage, type GraphQLRequest } from '../../../lib/testing/render-page.tsx';
import type { Impact } from '../api/impact.ts';
import { ImpactPage } from './ImpactPage.tsx';

vi.mock('../../../lib/graph/GraphCanvas.tsx', () => ({
  GraphCanvas: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

afterEach(cleanup);

const ref = (id: string, number: string, level: string) => ({ id, number, title: null, kind: 'Quy định', level, status: 'Còn hiệu lực' });

const impact: Impact = {
  root: ref('doc-23', '23-QĐ/TW', 'CENTRAL'),
  summary: { documents: 2, articles: 3, duties: 1, agencies: 1, byLevel: [{ level: 'PROVINCE', documents: 1, agencies: 0 }] },
  documents: [
    {
      depth: 2,
      via: ['BASED_ON'],
      path: [ref('doc-23', '23-QĐ/TW', 'CENTRAL'), ref('doc-407', '407-QĐ/TU', 'PROVINCE'), ref('doc-314', '314-QĐ/HU', 'DISTRICT')],
      citingArticles: [{ id: 'a2', number: 2, heading: null }],
      citations: [{ article: 2, clause: '1' }],
      document: ref('doc-314', '314-QĐ/HU', 'DISTRICT'),
    },
    {
      depth: 1,
      via: ['DERIVED_FROM'],
      path: [ref('doc-23', '23-QĐ/TW', 'CENTRAL'), ref('doc-407', '407-QĐ/TU', 'PROVINCE')],
      citingArticles: [],
      citations: [],
      document: ref('doc-407', '407-QĐ/TU', 'PROVINCE'),
    },
  ],
  duties: [
    { id: 'd1', text: 'tham mưu', role: 'LEAD', source: 'Điều 5 khoản 1', agency: { id: 'bdv', name: 'Ban Dân vận Huyện ủy' }, document: { id: 'doc-314', number: '314-QĐ/HU' } },
  ],
  agencies: [{ id: 'bdv', name: 'Ban Dân vận Huyện ủy', level: 'DISTRICT' }],
  graph: { nodes: [], edges: [], truncated: false },
};

function answers(requests: GraphQLRequest[]) {
  return fakeClient(
    {
      Impact: () => ({ data: { impact } }),
      WhatIf: () => ({ data: { whatIf: { ...impact, summary: { ...impact.summary, documents: 7 } } } }),
      ImpactLineage: () => ({ data: { lineage: { nodes: [], edges: [], truncated: false } } }),
      DocumentChanges: () => ({ data: { document: { id: 'doc-23', status: 'Còn hiệu lực', changes: [] } } }),
      RecordChange: () => ({ data: null, errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] }),
    },
    requests,
  );
}

describe('ImpactPage', () => {
  it('summarises the impact and lists the documents to review nearest first, with path and citing articles', async () => {
    renderPage(<ImpactPage documentId="doc-23" />, answers([]));
    const summary = await screen.findByTestId('impact-summary');
    expect(within(summary).getByTestId('impact-summary-documents').textContent).toBe('2');
    const rows = screen.getAllByTestId('impact-row');
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['1', '2']);
    expect(rows[1]!.textContent).toContain('23-QĐ/TW → 407-QĐ/TU → 314-QĐ/HU');
    expect(within(rows[1]!).getByRole('link', { name: 'Điều 2 khoản 1' }).getAttribute('href')).toBe('/document/doc-314/read#dieu-2');
  });

  it('shows the hypothetical impact of a change, then says an editor token is needed to record it', async () => {
    const requests: GraphQLRequest[] = [];
    renderPage(<ImpactPage documentId="doc-23" />, answers(requests));
    await screen.findByTestId('impact-summary');
    fireEvent.change(screen.getByTestId('whatif-kind'), { target: { value: 'REPEALS' } });
    fireEvent.change(screen.getByTestId('whatif-article'), { target: { value: '7' } });
    fireEvent.click(screen.getByTestId('whatif-submit'));
    await screen.findByTestId('whatif-banner');
    expect((await screen.findByTestId('impact-summary-documents')).textContent).toBe('7');
    expect(requests.find((r) => r.operationName === 'WhatIf')?.variables).toEqual({
      change: { documentId: 'doc-23', kind: 'REPEALS', byDocumentId: null, article: 7, effectiveOn: null, note: null },
    });

    fireEvent.click(screen.getByTestId('record-change'));
    expect((await screen.findByTestId('record-error')).textContent).toBe('Cần mã xác thực của biên tập viên');
  });
});
