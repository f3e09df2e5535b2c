import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClient, renderPage, type GraphQLRequest } from '../../../lib/testing/render-page.tsx';
import type { AgencyDuties, WhoDuty } from '../api/who-must-do.ts';
import { WhoPage } from './WhoPage.tsx';

// Cytoscape needs a real canvas; the graph's elements are tested on their own.
vi.mock('../../../lib/graph/GraphCanvas.tsx', () => ({
  GraphCanvas: ({ testId, elements }: { testId: string; elements: unknown[] }) => <div data-testid={testId} data-count={elements.length} />,
}));

afterEach(cleanup);
beforeEach(() => {
  window.history.replaceState(null, '', '/who?q=ti%E1%BA%BFp+c%C3%B4ng+d%C3%A2n');
  localStorage.clear();
});

const text = 'Chủ trì, phối hợp với Văn phòng Huyện ủy tổ chức tiếp công dân định kỳ';
const start = text.indexOf('tiếp công dân');

const duty: WhoDuty = {
  id: 'd1',
  text,
  role: 'LEAD',
  source: 'Điều 9 khoản 4',
  frequency: 'hằng tháng',
  deadline: null,
  agency: { id: 'bdv', name: 'Ban Dân vận Huyện ủy' },
  collaborators: [{ id: 'vp', name: 'Văn phòng Huyện ủy' }],
  reportTo: [{ id: 'btv', name: 'Ban Thường vụ Huyện ủy' }],
  article: { id: 'a9', number: 9 },
  document: { id: 'doc-05', number: '05-QC/HU', title: 'Quy chế tiếp công dân', level: 'DISTRICT', status: 'Còn hiệu lực', bases: [] },
};

const planDuty: WhoDuty = { ...duty, id: 'd2', role: 'SUPPORT', source: 'Mục III.1.7', article: null, frequency: null };

const result: AgencyDuties[] = [
  {
    agency: { id: 'bdv', name: 'Ban Dân vận Huyện ủy', level: 'DISTRICT', isGroup: false, locality: { name: 'Tây Sơn', kind: 'huyện' } },
    duties: [duty, planDuty],
    score: 3.2,
    matches: [{ duty, score: 2.5, highlights: [{ start, end: start + 'tiếp công dân'.length }] }],
  },
];

describe('WhoPage', () => {
  it('asks the server with the task in the URL and shows duties with the words marked and the source linked', async () => {
    const requests: GraphQLRequest[] = [];
    const client = fakeClient({ WhoMustDo: () => ({ data: { whoMustDo: result } }) }, requests);
    renderPage(<WhoPage question={{ task: 'tiếp công dân', locality: '', level: null }} />, client);

    const group = await screen.findByTestId('who-agency');
    expect(requests.find((r) => r.operationName === 'WhoMustDo')?.variables).toMatchObject({ task: 'tiếp công dân', locality: null, level: null });
    expect(within(group).getByRole('link', { name: 'Ban Dân vận Huyện ủy' }).getAttribute('href')).toBe('/agency/bdv');

    const duties = within(group).getAllByTestId('who-duty');
    expect(duties).toHaveLength(2);
    expect(duties[0]?.querySelector('mark')?.textContent).toBe('tiếp công dân');
    expect(within(duties[0]!).getByText('chủ trì')).toBeTruthy();
    expect(within(duties[0]!).getByRole('link', { name: 'Văn phòng Huyện ủy' })).toBeTruthy();
    expect(within(duties[0]!).getByText('Định kỳ: hằng tháng')).toBeTruthy();

    expect(screen.getByTestId('who-graph').getAttribute('data-count')).toBe('10');

    const links = screen.getAllByTestId('who-source-link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Điều 9 khoản 4 — 05-QC/HU', '/document/doc-05/read#dieu-9'],
      ['Mục III.1.7 — 05-QC/HU', '/document/doc-05/read#muc-III-1-7'],
    ]);
  });

  it('puts the question in the URL on submit, with the locality', async () => {
    const client = fakeClient({ WhoMustDo: () => ({ data: { whoMustDo: [] } }) });
    renderPage(<WhoPage question={{ task: '', locality: '', level: null }} />, client);
    expect(screen.getByText(/Gõ một việc cần làm/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('who-input'), { target: { value: 'báo cáo định kỳ' } });
    fireEvent.change(screen.getByTestId('who-locality'), { target: { value: 'Tây Sơn' } });
    fireEvent.click(screen.getByTestId('who-submit'));
    await waitFor(() => expect(window.location.search).toBe('?q=b%C3%A1o+c%C3%A1o+%C4%91%E1%BB%8Bnh+k%E1%BB%B3&locality=T%C3%A2y+S%C6%A1n'));
    expect(JSON.parse(localStorage.getItem('cancu.recentTasks') ?? '[]')).toEqual(['báo cáo định kỳ']);
  });

  it('says so in Vietnamese when no agency has the task', async () => {
    const client = fakeClient({ WhoMustDo: () => ({ data: { whoMustDo: [] } }) });
    renderPage(<WhoPage question={{ task: 'bay lên trời', locality: '', level: null }} />, client);
    expect((await screen.findByTestId('who-empty')).textContent).toContain('Không thấy cơ quan nào');
  });
});
