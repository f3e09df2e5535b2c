// The store port's contract, run on LadybugDB always and on Neo4j when NEO4J_URI is set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '@cancu/seed/parsed-document';
import { resolveDocument } from '@cancu/seed/resolve/resolve-document';
import { writeBatch } from '../ingest/write-batch.ts';
import type { TempStore } from '../testing/temp-store.ts';
import { tempLadybugStore, tempNeo4jStore } from '../testing/temp-store.ts';
import { documentsByIds, relationsFrom, storeCounts } from './queries/documents.ts';
import { dutiesByDocuments } from './queries/duties.ts';
import { upsertDocument } from './queries/load.ts';

function mention(number: string, kind: string, issuedOn: string, issuer: string) {
  return { number, name: null, kind, issuedOn, issuer, subject: null, quote: `${kind} số ${number}` };
}

/** A small reading of a district document, written by hand: the store is under test here, not the parser. */
const parsed: ParsedDocument = {
  file: 'quy-che-tay-son.txt',
  number: '01/QC-UBND-BDVHU',
  kind: 'Quy chế',
  title: 'Phối hợp giữa Ủy ban nhân dân huyện với Ban Dân vận Huyện ủy Tây Sơn',
  issuedOn: '2021-12-31',
  issuedYear: 2021,
  place: 'Tây Sơn',
  issuers: ['Ủy ban nhân dân huyện', 'Ban Dân vận Huyện ủy'],
  bases: [mention('23-QĐ/TW', 'Quyết định', '2021-07-30', 'Bộ Chính trị'), mention('407-QĐ/TU', 'Quyết định', '2021-09-30', 'Tỉnh ủy')],
  relations: [{ kind: 'IMPLEMENTS', from: mention('21-CT/HU', 'Chỉ thị', '2019-03-28', 'Ban Thường vụ Huyện ủy'), to: mention('25-NQ/TW', 'Nghị quyết', '2013-06-03', 'Ban Chấp hành Trung ương'), evidence: 'về tiếp tục thực hiện Nghị quyết số 25-NQ/TW' }],
  citations: [{ mention: mention('314-QĐ/HU', 'Quyết định', '2021-10-22', 'Ban Thường vụ Huyện ủy'), article: 12, clause: '3', inBases: false }],
  chapters: ['Chương I'],
  articles: [
    { number: 1, heading: 'Đối tượng và phạm vi phối hợp', text: 'Quy chế này quy định …', chapter: 'Chương I', clauses: [{ label: '1', text: 'Quy chế này quy định …' }] },
    { number: 12, heading: 'Trách nhiệm của Ủy ban nhân dân huyện', text: '…', chapter: 'Chương III', clauses: [] },
  ],
  sections: [],
  duties: [
    { agency: 'Ủy ban nhân dân huyện', role: 'LEAD', text: 'Phổ biến, quán triệt …', collaborators: ['Ban Dân vận Huyện ủy'], reportTo: [], frequency: null, deadline: null, source: 'Điều 12 khoản 1', article: 12, clause: '1' },
  ],
  signers: [{ name: 'Phan Chí Hùng', position: 'Chủ tịch', capacity: 'TM. Ủy ban nhân dân', agency: 'Ủy ban nhân dân' }],
  recipients: [{ name: 'UBND tỉnh', purpose: 'báo cáo' }],
  warnings: [],
  blocks: [],
};

const engines: Array<[string, string | undefined, () => Promise<TempStore>]> = [
  ['LadybugDB', 'embedded', tempLadybugStore],
  [
    process.env.NEO4J_URI ? `Neo4j at ${process.env.NEO4J_URI}` : 'Neo4j (skipped: no NEO4J_URI)',
    process.env.NEO4J_URI,
    () => tempNeo4jStore(process.env.NEO4J_URI!),
  ],
];

describe.each(engines)('store conformance: %s', (_name, available, open) => {
  let temp: TempStore;
  beforeEach(async () => {
    if (available) temp = await open();
  });
  afterEach(async () => {
    if (available) await temp.dispose();
  });

  it.skipIf(!available)('writes a document with its structure, duties and relations, and reads it back', async () => {
    const batch = resolveDocument(parsed);
    await writeBatch(temp.store, batch);
    const [doc] = await temp.store.read(documentsByIds, { ids: [batch.document.id] });
    expect(doc).toMatchObject({ number: '01/QC-UBND-BDVHU', kind: 'Quy chế', issuedOn: '2021-12-31', level: 'DISTRICT', hasText: true });
    const relations = await temp.store.read(relationsFrom, { ids: [batch.document.id] });
    // two bases, the body citation of 314-QĐ/HU, and the two documents of the nested relation
    expect(relations.map((r) => r.kind).sort()).toEqual(['BASED_ON', 'BASED_ON', 'CITES', 'CITES', 'CITES']);
    expect(relations.find((r) => r.kind === 'CITES' && r.article !== null)).toMatchObject({ article: 12, clause: '3', inferred: false });
    const duties = await temp.store.read(dutiesByDocuments, { ids: [batch.document.id] });
    expect(duties).toHaveLength(1);
    expect(duties[0]).toMatchObject({ source: 'Điều 12 khoản 1', role: 'LEAD' });
    expect(duties[0]!.articleId).toBeTruthy();
  });

  it.skipIf(!available)('is idempotent: loading the same document twice leaves one copy', async () => {
    const batch = resolveDocument(parsed);
    await writeBatch(temp.store, batch);
    const once = await temp.store.read(storeCounts, {});
    const relationsOnce = await temp.store.read(relationsFrom, { ids: [batch.document.id] });
    await writeBatch(temp.store, batch);
    expect(await temp.store.read(storeCounts, {})).toEqual(once);
    expect(await temp.store.read(relationsFrom, { ids: [batch.document.id] })).toHaveLength(relationsOnce.length);
    expect(await temp.store.read(dutiesByDocuments, { ids: [batch.document.id] })).toHaveLength(1);
  });

  it.skipIf(!available)('returns numbers as plain JS numbers, never engine integers', async () => {
    await writeBatch(temp.store, resolveDocument(parsed));
    const [counts] = await temp.store.read(storeCounts, {});
    expect(typeof counts!.documents).toBe('number');
    expect(typeof counts!.withText).toBe('number');
    expect(counts).toEqual({ documents: 6, withText: 1 });
  });

  it.skipIf(!available)('rolls a failed write back whole: nothing of it is stored', async () => {
    const batch = resolveDocument(parsed);
    await writeBatch(temp.store, batch);
    const before = await temp.store.read(documentsByIds, { ids: [batch.document.id] });
    await expect(
      temp.store.write(async (tx) => {
        await tx.run(upsertDocument, { ...batch.document, title: 'changed inside a failed transaction' });
        throw new Error('the loader failed half way');
      }),
    ).rejects.toThrow('half way');
    expect(await temp.store.read(documentsByIds, { ids: [batch.document.id] })).toEqual(before);
  });

  it.skipIf(!available)('queues concurrent writes one after another, and all of them land', async () => {
    const docs = ['A', 'B', 'C', 'D'].map((suffix) => resolveDocument({ ...parsed, number: `0${suffix.charCodeAt(0)}/QC-UBND-BDVHU` }));
    await Promise.all(docs.map((b) => writeBatch(temp.store, b)));
    const found = await temp.store.read(documentsByIds, { ids: docs.map((b) => b.document.id) });
    expect(found).toHaveLength(4);
  });
});
