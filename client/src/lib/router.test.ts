import { describe, expect, it } from 'vitest';
import {
  agencyPath,
  documentIdFromPath,
  documentPath,
  impactPath,
  readerPath,
  routeFromLocation,
  whoPath,
} from './router.ts';

describe('document paths', () => {
  it('round-trips ids holding slashes, diacritics and reserved characters', () => {
    for (const id of ['doc:314-QĐ/HU', '01/QC-UBND-BDVHU', 'a b?c#d%e', 'Kế hoạch 2022']) {
      const path = documentPath(id);
      expect(path.slice('/document/'.length)).not.toMatch(/[/?#\s]/);
      expect(documentIdFromPath(path)).toBe(id);
      expect(documentIdFromPath(readerPath(id))).toBe(id);
    }
  });

  it('finds no document outside /document/ or in a malformed path', () => {
    expect(documentIdFromPath('/')).toBeNull();
    expect(documentIdFromPath('/document/')).toBeNull();
    expect(documentIdFromPath('/document/%E0%A4%A')).toBeNull();
  });
});

describe('routeFromLocation', () => {
  it('reads every page from its path', () => {
    const id = 'doc:314-QĐ/HU';
    expect(routeFromLocation('/')).toEqual({ page: 'home' });
    expect(routeFromLocation(documentPath(id))).toEqual({ page: 'document', documentId: id });
    expect(routeFromLocation(impactPath(id))).toEqual({ page: 'impact', documentId: id });
    expect(routeFromLocation(agencyPath('agency:bdv hu'))).toEqual({ page: 'agency', agencyId: 'agency:bdv hu' });
    expect(routeFromLocation('/nowhere')).toEqual({ page: 'notFound' });
  });

  it('keeps the reader anchor from the hash', () => {
    const path = readerPath('doc-05', 'muc-III-1-7');
    expect(path).toBe('/document/doc-05/read#muc-III-1-7');
    const [pathname, hash] = path.split('#');
    expect(routeFromLocation(pathname!, '', `#${hash}`)).toEqual({
      page: 'reader',
      documentId: 'doc-05',
      anchor: 'muc-III-1-7',
    });
    expect(routeFromLocation('/document/doc-05/read')).toEqual({ page: 'reader', documentId: 'doc-05', anchor: null });
  });

  it('round-trips the who-must-do query through the search string', () => {
    const path = whoPath({ task: ' tiếp công dân ', locality: 'Tây Sơn', level: 'DISTRICT' });
    const [pathname, search] = path.split('?');
    expect(routeFromLocation(pathname!, `?${search}`)).toEqual({
      page: 'who',
      task: 'tiếp công dân',
      locality: 'Tây Sơn',
      level: 'DISTRICT',
    });
    expect(whoPath({ task: '' })).toBe('/who');
  });
});
