import { describe, expect, it } from 'vitest';
import type { ReaderCitation } from '../api/reader-document.ts';
import { linkCitations, unplacedCitations } from './citation-links.ts';

function cite(id: string, number: string | null, quote: string): ReaderCitation {
  return { document: { id, number, title: null }, article: 1, clause: null, quote };
}

describe('linkCitations', () => {
  const text = 'Căn cứ Quy định số 23-QĐ/TW ngày 30/7/2021 và Quyết định 314-QĐ/HU của Ban Thường vụ.';

  it('links each mention by its quote, else by its number', () => {
    const pieces = linkCitations(text, [
      cite('doc-314', '314-QĐ/HU', 'Quyết định số 314-QĐ/HU'),
      cite('doc-23', '23-QĐ/TW', 'Quy định số 23-QĐ/TW ngày 30/7/2021'),
    ]);
    expect(pieces).toEqual([
      { text: 'Căn cứ ', documentId: null },
      { text: 'Quy định số 23-QĐ/TW ngày 30/7/2021', documentId: 'doc-23' },
      { text: ' và Quyết định ', documentId: null },
      { text: '314-QĐ/HU', documentId: 'doc-314' },
      { text: ' của Ban Thường vụ.', documentId: null },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('finds composed text in a decomposed passage and never overlaps two links', () => {
    const pieces = linkCitations(text.normalize('NFD'), [cite('a', '23-QĐ/TW', 'Quy định số 23-QĐ/TW'), cite('b', null, 'số 23-QĐ/TW')]);
    expect(pieces.filter((p) => p.documentId).map((p) => p.documentId)).toEqual(['a']);
  });

  it('lists the citations it could not place', () => {
    const missing = cite('x', '99/QĐ-UBND', 'Quyết định số 99/QĐ-UBND');
    expect(unplacedCitations(text, [missing, cite('doc-23', '23-QĐ/TW', 'nowhere')])).toEqual([missing]);
  });
});
