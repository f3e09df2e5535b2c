import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, fileNameFor, withByteOrderMark } from './download.ts';

afterEach(() => vi.restoreAllMocks());

describe('fileNameFor', () => {
  it('keeps Vietnamese letters and replaces what file systems refuse', () => {
    expect(fileNameFor('raci', '314-QĐ/HU', 'csv')).toBe('raci-314-QĐ-HU.csv');
    expect(fileNameFor('impact', '01/QC-UBND-BDVHU', 'md')).toBe('impact-01-QC-UBND-BDVHU.md');
    expect(fileNameFor('raci', 'Kế hoạch: 2022?', 'csv')).toBe('raci-Kế-hoạch-2022.csv');
    expect(fileNameFor('raci', '', 'csv')).toBe('raci.csv');
  });
});

describe('downloadText', () => {
  it('saves the content through a Blob and an anchor with the file name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });

    downloadText('Cơ quan;Nhiệm vụ\n', 'raci-314-QĐ-HU.csv', 'text/csv;charset=utf-8');

    expect(clicked).toEqual([{ href: 'blob:test', download: 'raci-314-QĐ-HU.csv' }]);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('\uFEFFCơ quan;Nhiệm vụ\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('adds the byte-order mark once', () => {
    expect(withByteOrderMark('\uFEFFa,b')).toBe('\uFEFFa,b');
    expect(withByteOrderMark('a,b')).toBe('\uFEFFa,b');
  });
});
