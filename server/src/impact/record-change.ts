// Recording a change to a document: the stated relation (byDocument -[kind]-> document), the document's new
// status, and a ChangeRecord that keeps the history. One write transaction; nothing is written on bad input.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { documentStatuses, linkChangeBy, mergeChangeRecord, setDocumentStatus } from '../db/queries/changes.ts';
import type { ChangeRecordModel } from '../db/queries/changes.ts';
import { relationQueries } from '../db/queries/load.ts';
import type { Store, WriteTransaction } from '../db/store.ts';
import { recordedRelationRow } from './recorded-relations.ts';
import type { ChangeKind } from './validity.ts';
import { CHANGE_KINDS, canonicalStatus, statusAfter, VALIDITY_STATUSES } from './validity.ts';

export interface ChangeInput {
  documentId: string;
  kind: ChangeKind;
  byDocumentId: string | null;
  article: number | null;
  effectiveOn: string | null;
  note: string | null;
}

const MAX_NOTE = 2000;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function notFound(id: string): GraphQLError {
  return new GraphQLError(`Không có văn bản với id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The change as it will be stored, checked: throws BAD_USER_INPUT before anything is read or written. */
export function checkedChange(input: ChangeInput): ChangeInput {
  if (!CHANGE_KINDS.includes(input.kind)) throw badInput(`Loại thay đổi không hợp lệ: "${input.kind}"`);
  if (input.byDocumentId !== null && input.byDocumentId === input.documentId) {
    throw badInput('Văn bản không thể tự thay đổi chính nó: "byDocumentId" phải khác "documentId"');
  }
  if (input.article !== null && (!Number.isInteger(input.article) || input.article < 1 || input.article > 10_000)) {
    throw badInput(`"article" phải là số điều từ 1 trở lên, không phải ${input.article}`);
  }
  const effectiveOn = input.effectiveOn?.trim() || null;
  if (effectiveOn !== null && !isIsoDate(effectiveOn)) throw badInput(`"effectiveOn" phải là ngày dạng YYYY-MM-DD, không phải "${effectiveOn}"`);
  const note = input.note?.trim() || null;
  if (note !== null && note.length > MAX_NOTE) throw badInput(`"note" dài quá ${MAX_NOTE} ký tự`);
  return { ...input, effectiveOn, note };
}

/** The current status of each document, or NOT_FOUND for the first one missing. */
async function statuses(read: (ids: string[]) => Promise<Array<Record<string, unknown>>>, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await read(ids);
  const found = new Map(rows.map((r) => [r.id as string, (r.status as string | null) ?? null]));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw notFound(missing);
  return found;
}

async function writeRecord(tx: WriteTransaction, record: ChangeRecordModel): Promise<void> {
  await tx.run(setDocumentStatus, { id: record.documentId, status: record.newStatus });
  await tx.run(mergeChangeRecord, {
    id: record.id,
    documentId: record.documentId,
    kind: record.kind,
    article: record.article,
    effectiveOn: record.effectiveOn,
    note: record.note,
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt,
    previousStatus: record.previousStatus,
    newStatus: record.newStatus,
  });
  if (record.byDocumentId) await tx.run(linkChangeBy, { id: record.id, byDocumentId: record.byDocumentId });
}

export async function recordChange(store: Store, change: ChangeInput, recordedBy: string): Promise<ChangeRecordModel> {
  const input = checkedChange(change);
  const id = `change_${randomUUID()}`;
  const recordedAt = new Date().toISOString();
  return store.write(async (tx) => {
    const ids = [input.documentId, ...(input.byDocumentId ? [input.byDocumentId] : [])];
    const found = await statuses((list) => tx.run(documentStatuses, { ids: list }), ids);
    const previousStatus = found.get(input.documentId) ?? null;
    const record: ChangeRecordModel = {
      id,
      kind: input.kind,
      documentId: input.documentId,
      byDocumentId: input.byDocumentId,
      article: input.article,
      effectiveOn: input.effectiveOn,
      note: input.note,
      recordedBy,
      recordedAt,
      previousStatus,
      newStatus: statusAfter(input.kind, input.article, previousStatus),
    };
    if (record.byDocumentId) await tx.run(relationQueries[input.kind].merge, { rows: [recordedRelationRow(record)] });
    await writeRecord(tx, record);
    return record;
  });
}

export async function setStatus(store: Store, documentId: string, status: string, recordedBy: string): Promise<ChangeRecordModel> {
  const newStatus = canonicalStatus(status);
  if (!newStatus) throw badInput(`Tình trạng hiệu lực không hợp lệ: "${status}". Chọn một trong: ${VALIDITY_STATUSES.join('; ')}`);
  const id = `change_${randomUUID()}`;
  const recordedAt = new Date().toISOString();
  return store.write(async (tx) => {
    const found = await statuses((list) => tx.run(documentStatuses, { ids: list }), [documentId]);
    const record: ChangeRecordModel = {
      id, kind: null, documentId, byDocumentId: null, article: null, effectiveOn: null, note: null,
      recordedBy, recordedAt, previousStatus: found.get(documentId) ?? null, newStatus,
    };
    await writeRecord(tx, record);
    return record;
  });
}
