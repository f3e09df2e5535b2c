import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { DutyIndex } from './duty-index.ts';
import type { DutyRecord } from './duty-index.ts';
import { bm25, idf } from './bm25.ts';

function duty(id: string, text: string, extra: Partial<DutyRecord> = {}): DutyRecord {
  return { id, documentId: 'doc_1', text, agencyId: `agency_${id}`, agencyName: `Cơ quan ${id}`, agencyLevel: 'DISTRICT', heading: null, placeId: 'loc:547', ...extra };
}

const ask = (index: DutyIndex, task: string, filter = { placeIds: null, level: null }) =>
  index.search(analyzeQuery(task), filter).map((a) => a.agencyId.replace('agency_', ''));

describe('BM25', () => {
  it('gives rarer terms more weight and saturates repeated ones', () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(50, 100));
    expect(bm25(2, 10, 10, 5, 100)).toBeLessThan(2 * bm25(1, 10, 10, 5, 100));
    expect(bm25(1, 5, 10, 5, 100)).toBeGreaterThan(bm25(1, 20, 10, 5, 100));
  });
});

describe('DutyIndex', () => {
  const index = new DutyIndex();
  index.replaceDocuments(['doc_1'], [
    duty('apart', 'Tiếp tục tuyên truyền công tác dân vận cho cán bộ, công chức và nhân dân.'),
    duty('phrase', 'Chỉ đạo công tác tiếp công dân, giải quyết khiếu nại, tố cáo.'),
    duty('short', 'Tiếp dân định kỳ tại trụ sở.'),
    duty('other', 'Tổ chức tập huấn nghiệp vụ.'),
  ]);

  it('ranks the phrase above its syllables apart, and the variant "tiếp dân" with it', () => {
    const ranked = ask(index, 'tiếp công dân');
    expect(ranked.slice(0, 2).sort()).toEqual(['phrase', 'short']);
    expect(ranked.indexOf('apart')).toBeGreaterThan(1);
    expect(ranked).not.toContain('other');
  });

  it('matches without diacritics and across punctuation', () => {
    expect(ask(index, 'tiep cong dan')[0]).toBe(ask(index, 'tiếp công dân')[0]);
    expect(ask(index, 'khiếu nại và tố cáo')[0]).toBe('phrase');
  });

  it('tells tiers apart: 2 the phrase, 1 every word apart', () => {
    const result = index.search(analyzeQuery('tiếp công dân'));
    expect(result.find((a) => a.agencyId === 'agency_phrase')!.tier).toBe(2);
    expect(result.find((a) => a.agencyId === 'agency_apart')!.tier).toBe(1);
  });

  it('replaces the duties of a re-loaded document: nothing stale is found', () => {
    const fresh = new DutyIndex();
    fresh.replaceDocuments(['doc_1'], [duty('a', 'Thẩm định đề án.')]);
    expect(ask(fresh, 'thẩm định')).toEqual(['a']);
    fresh.replaceDocuments(['doc_1'], [duty('b', 'Tổ chức giao ban.')]);
    expect(ask(fresh, 'thẩm định')).toEqual([]);
    expect(ask(fresh, 'giao ban')).toEqual(['b']);
    fresh.replaceDocuments(['doc_1'], []);
    expect(fresh.size).toBe(0);
  });

  it('filters by place (unplaced central bodies bind everywhere) and by level', () => {
    const placed = new DutyIndex();
    placed.replaceDocuments(['d'], [
      duty('district', 'giao ban', { placeId: 'loc:547', documentId: 'd' }),
      duty('elsewhere', 'giao ban', { placeId: 'loc:278', documentId: 'd' }),
      duty('central', 'giao ban', { placeId: null, agencyLevel: 'CENTRAL', documentId: 'd' }),
    ]);
    expect(ask(placed, 'giao ban', { placeIds: new Set(['loc:547', 'loc:52']), level: null } as never).sort()).toEqual(['central', 'district']);
    expect(ask(placed, 'giao ban', { placeIds: null, level: 'CENTRAL' } as never)).toEqual(['central']);
  });

  it('boosts a duty whose agency name or article heading says the task', () => {
    const boosted = new DutyIndex();
    boosted.replaceDocuments(['d'], [
      duty('plain', 'Thực hiện công tác thanh tra.', { documentId: 'd' }),
      duty('named', 'Thực hiện công tác thanh tra.', { documentId: 'd', agencyName: 'Thanh tra tỉnh' }),
    ]);
    expect(ask(boosted, 'thanh tra')[0]).toBe('named');
  });
});
