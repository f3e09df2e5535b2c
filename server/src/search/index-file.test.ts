import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { DutyIndex } from './duty-index.ts';
import type { DutyRecord } from './duty-index.ts';
import { loadIndex, saveIndex } from './index-file.ts';

const phrases = ['tiếp công dân', 'giải quyết khiếu nại, tố cáo', 'tổ chức tập huấn nghiệp vụ', 'báo cáo kết quả', 'công tác dân vận', 'thẩm định đề án', 'trên địa bàn huyện'];
function records(n: number, from = 0, documentOf = (i: number) => `doc_${Math.floor(i / 10)}`): DutyRecord[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const text = [phrases[i % 7], phrases[(i * 3) % 7], i % 5 === 0 ? 'tiếp dân định kỳ' : 'giao ban'].join(', ');
    return { id: `duty_${i}`, documentId: documentOf(i), text, agencyId: `agency_${i % 37}`, agencyName: `Cơ quan ${i % 37}`, agencyLevel: 'DISTRICT', heading: i % 2 ? 'Trách nhiệm' : null, placeId: `loc:${i % 3}` };
  });
}
const dir = mkdtempSync(join(tmpdir(), 'cancu-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const view = (index: DutyIndex, task: string, max = Infinity) => index.search(analyzeQuery(task), { placeIds: null, level: null }, max).map((a) => [a.agencyId, a.tier, a.relevance.toFixed(6), a.hits.map((h) => h.dutyId).join()]);

describe('index file', () => {
  it('saves and loads an index that answers exactly as the one built', async () => {
    const built = new DutyIndex();
    built.replaceDocuments([], records(2000));
    built.replaceDocuments(['doc_3'], records(10, 30)); // a re-loaded document: dead duties and a second segment
    const file = join(dir, 'duty-index.bin');
    await saveIndex(file, built, 'fp-1');
    const loaded = await loadIndex(file);
    expect(loaded!.fingerprint).toBe('fp-1');
    expect(loaded!.index.size).toBe(built.size);
    expect(loaded!.index.documentCounts()).toEqual(built.documentCounts());
    for (const task of ['tiếp công dân', 'khiếu nại tố cáo', 'giao ban', 'dân vận']) expect(view(loaded!.index, task)).toEqual(view(built, task));
    // a loaded index still takes updates
    loaded!.index.replaceDocuments(['doc_4'], []);
    expect(loaded!.index.size).toBe(built.size - 10);
  });

  it('refuses a file of another format', async () => {
    const file = join(dir, 'other.bin');
    writeFileSync(file, 'not an index at all');
    expect(await loadIndex(file)).toBeNull();
    expect(await loadIndex(join(dir, 'missing.bin'))).toBeNull();
  });
});

describe('bounded search', () => {
  const index = new DutyIndex();
  index.replaceDocuments([], records(3000));

  it('gives the first agencies of the full ranking when asked for a few', () => {
    for (const task of ['tiếp công dân', 'giải quyết khiếu nại', 'huyện giao ban', 'tập huấn báo cáo']) {
      const all = view(index, task);
      expect(view(index, task, 5)).toEqual(all.slice(0, 5));
    }
  });

  it('builds the same index asynchronously, and compacts segments without changing answers', async () => {
    const other = new DutyIndex();
    await other.replaceDocumentsAsync([], records(1500));
    await other.replaceDocumentsAsync([], records(1500, 1500));
    expect(other.segmentCount).toBe(2);
    const before = view(other, 'tiếp công dân');
    await other.compactAsync();
    expect(other.segmentCount).toBe(1);
    expect(view(other, 'tiếp công dân')).toEqual(before);
    expect(before.map((a) => a[0])).toEqual(view(index, 'tiếp công dân').map((a) => a[0]));
  });
});
