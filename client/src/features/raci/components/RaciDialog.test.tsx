import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClient, renderPage } from '../../../lib/testing/render-page.tsx';
import type { RaciData } from '../api/raci.ts';
import { RaciDialog } from './RaciDialog.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const doc = { id: 'doc-314', number: '314-QĐ/HU' };
const data: RaciData = {
  document: { ...doc, title: 'Quy chế công tác dân vận' },
  raci: {
    agencies: [
      { id: 'bdv', name: 'Ban Dân vận Huyện ủy', level: 'DISTRICT' },
      { id: 'vp', name: 'Văn phòng Huyện ủy', level: 'DISTRICT' },
    ],
    duties: [{ id: 'd1', text: 'tham mưu công tác dân vận', source: 'Điều 5 khoản 1', document: doc }],
    cells: [
      { agencyId: 'bdv', dutyId: 'd1', mark: 'L' },
      { agencyId: 'vp', dutyId: 'd1', mark: 'S' },
    ],
    csv: 'Nhiệm vụ;Ban Dân vận Huyện ủy\n',
  },
};

describe('RaciDialog', () => {
  it('draws agencies × duties with the marks and downloads the CSV under the document number', async () => {
    const client = fakeClient({ Raci: () => ({ data }) });
    renderPage(<RaciDialog documentId="doc-314" onClose={() => {}} />, client);

    const table = await screen.findByTestId('raci-table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Điều khoản',
      'Nhiệm vụ',
      'Ban Dân vận Huyện ủy',
      'Văn phòng Huyện ủy',
    ]);
    const cells = within(table).getAllByRole('row')[1]!.querySelectorAll('td');
    expect([...cells].map((td) => td.textContent)).toEqual(['Điều 5 khoản 1', 'tham mưu công tác dân vận', 'L', 'S']);
    expect(within(table).getByRole('link', { name: 'Điều 5 khoản 1' }).getAttribute('href')).toBe('/document/doc-314/read#dieu-5');
    expect(screen.getByText('nhận báo cáo')).toBeTruthy();

    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:raci');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByTestId('raci-download'));
    expect(names).toEqual(['raci-314-QĐ-HU.csv']);
  });
});
