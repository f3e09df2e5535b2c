// Recorded changes: a ChangeRecord node per amendment, replacement, repeal or status set by hand, linked
// to the document it changes (CHANGES) and to the document that made it (CHANGED_BY). Kept apart from
// the documents' own edges, so that re-loading a document's text never loses its history.
import { defineQuery } from '../query.ts';
import type { Row } from '../store.ts';

export interface ChangeRecordModel {
  id: string;
  /** AMENDS, SUPERSEDES or REPEALS; null for a status set by hand */
  kind: string | null;
  documentId: string;
  byDocumentId: string | null;
  article: number | null;
  effectiveOn: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  previousStatus: string | null;
  newStatus: string;
}

export function toChangeRecord(row: Row): ChangeRecordModel {
  return {
    id: row.id as string,
    kind: (row.kind as string | null) ?? null,
    documentId: row.documentId as string,
    byDocumentId: (row.byDocumentId as string | null) ?? null,
    article: (row.article as number | null) ?? null,
    effectiveOn: (row.effectiveOn as string | null) ?? null,
    note: (row.note as string | null) ?? null,
    recordedBy: (row.recordedBy as string | null) ?? '',
    recordedAt: (row.recordedAt as string | null) ?? '',
    previousStatus: (row.previousStatus as string | null) ?? null,
    newStatus: (row.newStatus as string | null) ?? '',
  };
}

export const documentStatuses = defineQuery('documentStatuses', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})
  RETURN d.id AS id, d.status AS status`);

export const setDocumentStatus = defineQuery('setDocumentStatus', { id: 'doc_1', status: 'Hết hiệu lực toàn bộ' }, () => `
  MATCH (d:Document {id: $id})
  SET d.status = $status`);

const recordExample = {
  id: 'change_1', documentId: 'doc_1', kind: 'SUPERSEDES' as string | null, article: null as number | null,
  effectiveOn: null as string | null, note: null as string | null, recordedBy: 'editor', recordedAt: '2025-01-01T00:00:00.000Z',
  previousStatus: null as string | null, newStatus: 'Hết hiệu lực toàn bộ',
};

/** MERGE on the record's id: the write may run again (Neo4j retries) without a second record. */
export const mergeChangeRecord = defineQuery('mergeChangeRecord', recordExample, (d) => `
  MATCH (doc:Document {id: $documentId})
  MERGE (c:ChangeRecord {id: $id})
  SET c.kind = ${d.str('$kind')}, c.article = ${d.int('$article')}, c.effectiveOn = ${d.str('$effectiveOn')},
      c.note = ${d.str('$note')}, c.recordedBy = $recordedBy, c.recordedAt = $recordedAt,
      c.previousStatus = ${d.str('$previousStatus')}, c.newStatus = $newStatus
  MERGE (c)-[:CHANGES]->(doc)`);

export const linkChangeBy = defineQuery('linkChangeBy', { id: 'change_1', byDocumentId: 'doc_2' }, () => `
  MATCH (c:ChangeRecord {id: $id})
  MATCH (by:Document {id: $byDocumentId})
  MERGE (c)-[:CHANGED_BY]->(by)`);

const RECORD_COLUMNS = `c.id AS id, c.kind AS kind, d.id AS documentId, by.id AS byDocumentId, c.article AS article,
  c.effectiveOn AS effectiveOn, c.note AS note, c.recordedBy AS recordedBy, c.recordedAt AS recordedAt,
  c.previousStatus AS previousStatus, c.newStatus AS newStatus`;

export const changesOfDocuments = defineQuery('changesOfDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (c:ChangeRecord)-[:CHANGES]->(d:Document {id: key})
  OPTIONAL MATCH (c)-[:CHANGED_BY]->(by:Document)
  RETURN ${RECORD_COLUMNS}`);

export const changesMadeByDocuments = defineQuery('changesMadeByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (c:ChangeRecord)-[:CHANGED_BY]->(by:Document {id: key})
  MATCH (c)-[:CHANGES]->(d:Document)
  RETURN ${RECORD_COLUMNS}`);
