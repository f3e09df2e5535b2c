// Recording changes over the seeds, on the real store through the real yoga app: editor tokens, history that
// survives a re-ingest, and a what-if that writes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { signEditorToken } from 'cancu/auth/editor-token';
import { createGraphqlApp } from 'cancu/graphql/yoga';
import { ingestFiles } from 'cancu/ingest/ingest-files';
import type { SeededStore } from './support/seeded-store.ts';
import { seededStore } from './support/seeded-store.ts';

const SECRET = 'a-secret-for-the-changes-test-long-enough-for-hs256';
const EDITOR = 'Nguyễn Văn A (Ban Dân vận)';
const DAY = 24 * 60 * 60 * 1000;

// a new central regulation; its text does not say what it replaces: the editor records it
const NEW_REGULATION = `**BAN CHẤP HÀNH TRUNG ƯƠNG** **ĐẢNG CỘNG SẢN VIỆT NAM**
**BỘ CHÍNH TRỊ**

Số: 150-QĐ/TW

Hà Nội, ngày 10 tháng 3 năm 2025

**QUYẾT ĐỊNH**

**về công tác dân vận của hệ thống chính trị trong giai đoạn mới**

- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;

**BỘ CHÍNH TRỊ QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế công tác dân vận của hệ thống chính trị trong giai đoạn mới.

**Điều 2.** Quyết định này có hiệu lực từ ngày ký.

**Điều 3.** Các tỉnh ủy, thành ủy, các ban đảng Trung ương chịu trách nhiệm thi hành Quyết định này.
`;

let seeded: SeededStore;
let app: ReturnType<typeof createGraphqlApp>;
let dir: string;
let newFile: string;
const ids: Record<string, string> = {};
const savedSecret = process.env.CANCU_JWT_SECRET;

type Response<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<Response<T>> {
  const response = await app.fetch('http://cancu.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Response<T>;
}

const editorToken = async (options: { secret?: string; now?: Date } = {}) =>
  `Bearer ${await signEditorToken(options.secret ?? SECRET, { role: 'editor', subject: EDITOR, days: 30, now: options.now })}`;

/** JSON with keys in one order: the executor may add fields to a response in the order they resolve */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** everything a change could touch: each document's status, outgoing relations and history */
async function snapshot(): Promise<string> {
  const { data, errors } = await gql(
    '{ documents(first: 500) { totalCount edges { node { id status relations(direction: UP) { kind to { id } inferred evidence } changes { id } } } } }',
  );
  expect(errors).toBeUndefined();
  return JSON.stringify(canonical(data));
}

const RECORD = `mutation ($doc: ID!, $by: ID, $kind: ChangeKind!, $article: Int, $on: String, $note: String) {
  recordChange(documentId: $doc, kind: $kind, byDocumentId: $by, article: $article, effectiveOn: $on, note: $note) {
    id kind article effectiveOn note recordedBy recordedAt previousStatus newStatus
    document { number status supersededBy { number } } byDocument { number }
  }
}`;

const REVIEW_LIST = 'query ($id: ID!) { impact(documentId: $id) { reviewList documents { document { id } } } }';

beforeAll(async () => {
  process.env.CANCU_JWT_SECRET = SECRET;
  seeded = await seededStore();
  dir = mkdtempSync(join(tmpdir(), 'cancu-changes-'));
  newFile = join(dir, '150-qd-tw.txt');
  writeFileSync(newFile, NEW_REGULATION);
  const summary = await ingestFiles(seeded.store, [newFile]);
  expect(summary.failures).toEqual([]);
  app = createGraphqlApp(seeded.store);
  for (const number of ['23-QĐ/TW', '150-QĐ/TW', '407-QĐ/TU']) {
    const { data } = await gql<{ document: { id: string } }>('query ($n: String) { document(number: $n) { id } }', { n: number });
    ids[number] = data!.document!.id;
  }
});

afterAll(async () => {
  if (savedSecret === undefined) delete process.env.CANCU_JWT_SECRET;
  else process.env.CANCU_JWT_SECRET = savedSecret;
  await seeded?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('writes need an editor token', () => {
  const supersede = () => ({ doc: ids['23-QĐ/TW'], by: ids['150-QĐ/TW'], kind: 'SUPERSEDES' });

  it.each([
    ['no token', async () => undefined],
    ['a token signed with another key', async () => editorToken({ secret: `${SECRET}-not-the-server's` })],
    ['an expired token', async () => editorToken({ now: new Date(Date.now() - 60 * DAY) })],
    ['a malformed header', async () => 'Bearer not-a-jwt'],
  ])('refuses a mutation with %s, with FORBIDDEN, and changes nothing', async (_case, authorization) => {
    const before = await snapshot();
    const writes = vi.spyOn(seeded.store, 'write');
    const result = await gql(RECORD, supersede(), await authorization());
    expect(result.data?.recordChange ?? null).toBeNull();
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const status = await gql('mutation ($doc: ID!) { setStatus(documentId: $doc, status: "Còn hiệu lực") { id } }', { doc: ids['23-QĐ/TW'] }, await authorization());
    expect(status.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
    expect(await snapshot()).toBe(before);
  });

  it('says why when the token expired', async () => {
    const result = await gql(RECORD, supersede(), await editorToken({ now: new Date(Date.now() - 60 * DAY) }));
    expect(result.errors![0]!.message).toMatch(/hết hạn/);
  });

  it('refuses every mutation, naming CANCU_JWT_SECRET, when the server has none', async () => {
    const token = await editorToken();
    delete process.env.CANCU_JWT_SECRET;
    try {
      const result = await gql(RECORD, supersede(), token);
      expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect(result.errors![0]!.message).toContain('CANCU_JWT_SECRET');
    } finally {
      process.env.CANCU_JWT_SECRET = SECRET;
    }
  });

  it('keeps reads open without a token', async () => {
    const { errors, data } = await gql<{ document: { number: string } }>('query ($id: ID) { document(id: $id) { number } }', { id: ids['23-QĐ/TW'] });
    expect(errors).toBeUndefined();
    expect(data!.document.number).toBe('23-QĐ/TW');
  });
});

describe('whatIf', () => {
  it('gives the impact of a change before it is recorded, and writes nothing', async () => {
    const before = await snapshot();
    const writes = vi.spyOn(seeded.store, 'write');
    const { data, errors } = await gql<{
      whatIf: { root: { number: string }; proposedChange: { kind: string; previousStatus: string | null; newStatus: string; byDocument: { number: string } }; documents: Array<{ document: { id: string } }>; reviewList: string };
    }>(
      `query ($change: ChangeInput!) { whatIf(change: $change) {
        root { number } proposedChange { kind previousStatus newStatus byDocument { number } }
        documents { document { id } } reviewList
      } }`,
      { change: { documentId: ids['23-QĐ/TW'], kind: 'SUPERSEDES', byDocumentId: ids['150-QĐ/TW'], effectiveOn: '2025-03-10' } },
    );
    expect(errors).toBeUndefined();
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
    expect(await snapshot()).toBe(before);
    expect(data!.whatIf.proposedChange).toEqual({ kind: 'SUPERSEDES', previousStatus: null, newStatus: 'Hết hiệu lực toàn bộ', byDocument: { number: '150-QĐ/TW' } });
    const impact = await gql<{ impact: { documents: Array<{ document: { id: string } }> } }>(REVIEW_LIST, { id: ids['23-QĐ/TW'] });
    expect(data!.whatIf.documents).toEqual(impact.data!.impact.documents);
    expect(data!.whatIf.reviewList).toContain('Thay đổi dự kiến (chưa ghi nhận): thay thế');
  });

  it('rejects a change of a document by itself', async () => {
    const { errors } = await gql('query ($c: ChangeInput!) { whatIf(change: $c) { summary { documents } } }', {
      c: { documentId: ids['23-QĐ/TW'], kind: 'AMENDS', byDocumentId: ids['23-QĐ/TW'] },
    });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('recordChange', () => {
  it('rejects bad input and an unknown document, writing nothing', async () => {
    const before = await snapshot();
    const token = await editorToken();
    const self = await gql(RECORD, { doc: ids['23-QĐ/TW'], by: ids['23-QĐ/TW'], kind: 'AMENDS' }, token);
    expect(self.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const date = await gql(RECORD, { doc: ids['23-QĐ/TW'], kind: 'AMENDS', on: '2025-02-30' }, token);
    expect(date.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const unknown = await gql(RECORD, { doc: ids['23-QĐ/TW'], by: 'doc_nope', kind: 'REPEALS' }, token);
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(await snapshot()).toBe(before);
  });

  it('records that a new document supersedes 23-QĐ/TW: relation, status and history with who and when', async () => {
    const reviewBefore = (await gql<{ impact: { reviewList: string } }>(REVIEW_LIST, { id: ids['23-QĐ/TW'] })).data!.impact.reviewList;
    const started = Date.now();
    const { data, errors } = await gql<{ recordChange: Record<string, unknown> & { recordedAt: string } }>(
      RECORD,
      { doc: ids['23-QĐ/TW'], by: ids['150-QĐ/TW'], kind: 'SUPERSEDES', on: '2025-03-10', note: 'Thay thế toàn bộ' },
      await editorToken(),
    );
    expect(errors).toBeUndefined();
    expect(data!.recordChange).toMatchObject({
      kind: 'SUPERSEDES',
      article: null,
      effectiveOn: '2025-03-10',
      note: 'Thay thế toàn bộ',
      recordedBy: EDITOR,
      previousStatus: null,
      newStatus: 'Hết hiệu lực toàn bộ',
      document: { number: '23-QĐ/TW', status: 'Hết hiệu lực toàn bộ', supersededBy: [{ number: '150-QĐ/TW' }] },
      byDocument: { number: '150-QĐ/TW' },
    });
    expect(Date.parse(data!.recordChange.recordedAt)).toBeGreaterThanOrEqual(started - 1000);

    const after = await gql<{ document: { status: string; supersededBy: Array<{ number: string }>; changes: Array<{ kind: string; recordedBy: string; recordedAt: string; byDocument: { number: string } }> } }>(
      'query ($id: ID) { document(id: $id) { status supersededBy { number } changes { kind recordedBy recordedAt byDocument { number } } } }',
      { id: ids['23-QĐ/TW'] },
    );
    expect(after.data!.document.status).toBe('Hết hiệu lực toàn bộ');
    expect(after.data!.document.supersededBy).toEqual([{ number: '150-QĐ/TW' }]);
    expect(after.data!.document.changes).toEqual([
      { kind: 'SUPERSEDES', recordedBy: EDITOR, recordedAt: data!.recordChange.recordedAt, byDocument: { number: '150-QĐ/TW' } },
    ]);

    const reviewAfter = (await gql<{ impact: { reviewList: string } }>(REVIEW_LIST, { id: ids['23-QĐ/TW'] })).data!.impact.reviewList;
    expect(reviewAfter).toBe(reviewBefore);
  });

  it('keeps the recorded relation, status and history when the documents are ingested again', async () => {
    const summary = await ingestFiles(seeded.store, [SEED_CORPUS_DIR, newFile]);
    expect(summary.failures).toEqual([]);
    const { data } = await gql<{ old: { status: string; supersededBy: Array<{ number: string }>; changes: Array<{ recordedBy: string }> }; replacement: { supersedes: Array<{ number: string }>; changesMade: Array<{ kind: string }> } }>(
      `query ($old: ID, $new: ID) {
        old: document(id: $old) { status supersededBy { number } changes { recordedBy } }
        replacement: document(id: $new) { supersedes { number } changesMade { kind } }
      }`,
      { old: ids['23-QĐ/TW'], new: ids['150-QĐ/TW'] },
    );
    expect(data!.old).toEqual({ status: 'Hết hiệu lực toàn bộ', supersededBy: [{ number: '150-QĐ/TW' }], changes: [{ recordedBy: EDITOR }] });
    expect(data!.replacement).toEqual({ supersedes: [{ number: '23-QĐ/TW' }], changesMade: [{ kind: 'SUPERSEDES' }] });
  });

  it('records an amendment of one article as partly out of force', async () => {
    const { data, errors } = await gql<{ recordChange: { newStatus: string; article: number; document: { status: string } } }>(
      RECORD,
      { doc: ids['407-QĐ/TU'], by: ids['150-QĐ/TW'], kind: 'AMENDS', article: 5 },
      await editorToken(),
    );
    expect(errors).toBeUndefined();
    expect(data!.recordChange).toMatchObject({ newStatus: 'Hết hiệu lực một phần', article: 5, document: { status: 'Hết hiệu lực một phần' } });
  });
});

describe('setStatus', () => {
  it('accepts the validity vocabulary in any spelling and keeps the change in the history', async () => {
    const { data, errors } = await gql<{ setStatus: { kind: string | null; previousStatus: string; newStatus: string; recordedBy: string; document: { status: string; changes: Array<{ newStatus: string }> } } }>(
      'mutation ($doc: ID!) { setStatus(documentId: $doc, status: "con hieu luc") { kind previousStatus newStatus recordedBy document { status changes { newStatus } } } }',
      { doc: ids['407-QĐ/TU'] },
      await editorToken(),
    );
    expect(errors).toBeUndefined();
    expect(data!.setStatus).toMatchObject({ kind: null, previousStatus: 'Hết hiệu lực một phần', newStatus: 'Còn hiệu lực', recordedBy: EDITOR });
    expect(data!.setStatus.document.status).toBe('Còn hiệu lực');
    expect(data!.setStatus.document.changes.map((c) => c.newStatus)).toEqual(['Còn hiệu lực', 'Hết hiệu lực một phần']);
  });

  it('rejects a status outside the vocabulary with BAD_USER_INPUT and changes nothing', async () => {
    const before = await snapshot();
    const { errors } = await gql('mutation ($doc: ID!) { setStatus(documentId: $doc, status: "Hết hạn") { id } }', { doc: ids['407-QĐ/TU'] }, await editorToken());
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toContain('Còn hiệu lực');
    expect(await snapshot()).toBe(before);
  });
});

describe('stopAtInactive', () => {
  it('does not continue past a document out of force', async () => {
    const token = await editorToken();
    await gql('mutation ($doc: ID!) { setStatus(documentId: $doc, status: "Hết hiệu lực toàn bộ") { id } }', { doc: ids['407-QĐ/TU'] }, token);
    const query = 'query ($id: ID!, $stop: Boolean) { impact(documentId: $id, stopAtInactive: $stop) { documents { stopped document { number } } } }';
    const all = await gql<{ impact: { documents: Array<{ stopped: boolean; document: { number: string | null } }> } }>(query, { id: ids['23-QĐ/TW'], stop: false });
    const stopped = await gql<{ impact: { documents: Array<{ stopped: boolean; document: { number: string | null } }> } }>(query, { id: ids['23-QĐ/TW'], stop: true });
    const numbers = (r: typeof all) => r.data!.impact.documents.map((d) => d.document.number);
    expect(numbers(all)).toContain('314-QĐ/HU');
    expect(numbers(stopped)).not.toContain('314-QĐ/HU');
    expect(stopped.data!.impact.documents.find((d) => d.document.number === '407-QĐ/TU')!.stopped).toBe(true);
  });
});
