import { describe, expect, it } from 'vitest';
import { documentIdFromPath, documentPath } from './router.ts';

describe('document paths', () => {
  it('round-trips ids holding slashes, diacritics and reserved characters', () => {
    for (const id of ['doc:314-QĐ/HU', '01/QC-UBND-BDVHU', 'a b?c#d%e', 'Kế hoạch 2022']) {
      const path = documentPath(id);
      expect(path.slice('/document/'.length)).not.toMatch(/[/?#\s]/);
      expect(documentIdFromPath(path)).toBe(id);
    }
  });

  it('finds no document outside /document/ or in a malformed path', () => {
    expect(documentIdFromPath('/')).toBeNull();
    expect(documentIdFromPath('/document/')).toBeNull();
    expect(documentIdFromPath('/document/%E0%A4%A')).toBeNull();
  });
});
