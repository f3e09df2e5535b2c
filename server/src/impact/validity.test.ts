import { describe, expect, it } from 'vitest';
import { canonicalStatus, isInactive, statusAfter } from './validity.ts';

describe('validity vocabulary', () => {
  it('accepts a status typed without diacritics, in another case or in NFD, and answers the vocabulary spelling', () => {
    expect(canonicalStatus('het hieu luc toan bo')).toBe('Hết hiệu lực toàn bộ');
    expect(canonicalStatus('  CÒN HIỆU LỰC ')).toBe('Còn hiệu lực');
    expect(canonicalStatus('Ngưng hiệu lực'.normalize('NFD'))).toBe('Ngưng hiệu lực');
  });

  it('rejects anything outside the vocabulary', () => {
    expect(canonicalStatus('Hết hạn')).toBeNull();
    expect(canonicalStatus('')).toBeNull();
  });

  it('treats wholly out of force and suspended documents as inactive, but not partly out of force ones', () => {
    expect(isInactive('Hết hiệu lực toàn bộ')).toBe(true);
    expect(isInactive('Ngưng hiệu lực')).toBe(true);
    expect(isInactive('Hết hiệu lực')).toBe(true);
    expect(isInactive('Hết hiệu lực một phần')).toBe(false);
    expect(isInactive('Còn hiệu lực')).toBe(false);
    expect(isInactive(null)).toBe(false);
  });
});

describe('statusAfter', () => {
  it('puts a document replaced or repealed as a whole wholly out of force', () => {
    expect(statusAfter('SUPERSEDES', null, 'Còn hiệu lực')).toBe('Hết hiệu lực toàn bộ');
    expect(statusAfter('REPEALS', null, null)).toBe('Hết hiệu lực toàn bộ');
  });

  it('puts an amended document, or one replaced in one article, partly out of force', () => {
    expect(statusAfter('AMENDS', null, 'Còn hiệu lực')).toBe('Hết hiệu lực một phần');
    expect(statusAfter('SUPERSEDES', 5, null)).toBe('Hết hiệu lực một phần');
  });

  it('never brings a document wholly out of force back to partly', () => {
    expect(statusAfter('AMENDS', 3, 'Hết hiệu lực toàn bộ')).toBe('Hết hiệu lực toàn bộ');
  });
});
