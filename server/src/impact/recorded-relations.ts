// The relations recorded by hand (AMENDS, SUPERSEDES, REPEALS between two documents) as edges, and their
// restoration when the loader re-loads the document that made them.
import { changesMadeByDocuments, toChangeRecord } from '../db/queries/changes.ts';
import type { ChangeRecordModel } from '../db/queries/changes.ts';
import { relationQueries } from '../db/queries/load.ts';
import type { WriteTransaction } from '../db/store.ts';
import { CHANGE_KINDS } from './validity.ts';

/** The evidence a recorded relation carries, so that a reader of the edge knows it was entered by hand. */
export function recordedEvidence(record: Pick<ChangeRecordModel, 'recordedBy' | 'recordedAt' | 'article' | 'effectiveOn' | 'note'>): string {
  const parts = [
    `Ghi nhận thay đổi ngày ${record.recordedAt.slice(0, 10)} bởi ${record.recordedBy}`,
    record.article !== null ? `Điều ${record.article}` : null,
    record.effectiveOn ? `hiệu lực từ ${record.effectiveOn}` : null,
    record.note,
  ];
  return parts.filter(Boolean).join('; ');
}

export function recordedRelationRow(record: ChangeRecordModel) {
  return { fromId: record.byDocumentId!, toId: record.documentId, evidence: recordedEvidence(record), article: null, clause: null };
}

/**
 * Inside a document's load: puts back the relations recorded by hand from it (AMENDS, SUPERSEDES, REPEALS),
 * which the loader cleared with its other outgoing stated relations. MERGE, so a relation its text now
 * states too stays one edge. One round trip when the document made no recorded change.
 */
export async function restoreRecordedRelations(tx: WriteTransaction, documentId: string): Promise<void> {
  const records = (await tx.run(changesMadeByDocuments, { ids: [documentId] })).map(toChangeRecord);
  for (const kind of CHANGE_KINDS) {
    const rows = records.filter((r) => r.kind === kind).map(recordedRelationRow);
    if (rows.length) await tx.run(relationQueries[kind].merge, { rows });
  }
}
