import { describe, expect, it } from 'vitest';
import { isLanguage, translate } from './i18n.ts';

describe('translate', () => {
  it('speaks Vietnamese and English', () => {
    expect(translate('vi', 'state.documentNotFound')).toBe('Không tìm thấy văn bản');
    expect(translate('vi', 'state.serverUnreachable')).toBe('Không kết nối được máy chủ');
    expect(translate('en', 'state.documentNotFound')).toBe('Document not found');
    expect(translate('vi', 'relation.BASED_ON')).toBe('căn cứ');
    expect(translate('vi', 'relation.DERIVED_FROM')).toBe('suy luận');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'lineage.stats', { nodes: 5, edges: 4 })).toBe('5 văn bản · 4 quan hệ');
    expect(translate('en', 'panel.article', { number: 12 })).toBe('Article 12.');
    expect(translate('vi', 'panel.article')).toBe('Điều {number}.');
  });

  it('accepts only the languages it has', () => {
    expect(isLanguage('vi')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
