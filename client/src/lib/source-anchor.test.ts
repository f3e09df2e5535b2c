import { describe, expect, it } from 'vitest';
import { articleAnchor, sectionAnchor, sourceAnchor, sourceClause, sourceSection } from './source-anchor.ts';

describe('sourceAnchor', () => {
  it('points an article source at the article, whatever clause follows', () => {
    expect(sourceAnchor('Điều 9 khoản 4')).toBe('dieu-9');
    expect(sourceAnchor('Điều 12')).toBe('dieu-12');
    expect(articleAnchor(5)).toBe('dieu-5');
  });

  it('points a plan section at its path with dots as dashes', () => {
    expect(sourceAnchor('Mục III.1.7')).toBe('muc-III-1-7');
    expect(sourceAnchor('Mục II')).toBe('muc-II');
    expect(sectionAnchor('III.1.')).toBe('muc-III-1');
  });

  it('reads decomposed Vietnamese (NFD) like composed', () => {
    expect(sourceAnchor('Điều 9 khoản 4'.normalize('NFD'))).toBe('dieu-9');
    expect(sourceAnchor('Mục III.1.7'.normalize('NFD'))).toBe('muc-III-1-7');
  });

  it('has no anchor for a source naming neither', () => {
    expect(sourceAnchor('Phụ lục')).toBeNull();
    expect(sourceAnchor('')).toBeNull();
    expect(sourceAnchor(null)).toBeNull();
  });

  it('reads the section and the clause a source names', () => {
    expect(sourceSection('Mục III.1.7')).toBe('III.1.7');
    expect(sourceSection('Điều 9')).toBeNull();
    expect(sourceClause('Điều 9 khoản 4')).toBe('4');
    expect(sourceClause('Điều 3 khoản 2.1')).toBe('2.1');
    expect(sourceClause('Điều 3')).toBeNull();
  });
});
