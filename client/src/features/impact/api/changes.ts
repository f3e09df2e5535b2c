// Recorded changes of a document (amended, replaced, repealed) and the editor's mutations.
import { gql } from 'urql';
import type { ChangeKind } from '../../../lib/vocabulary.ts';

export type ChangeRecord = {
  id: string;
  kind: ChangeKind;
  byDocument: { id: string; number: string | null; title: string | null } | null;
  article: number | null;
  effectiveOn: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
  previousStatus: string | null;
  newStatus: string | null;
};

const changeFields = `
  fragment ChangeRecordFields on ChangeRecord {
    id
    kind
    byDocument {
      id
      number
      title
    }
    article
    effectiveOn
    note
    recordedBy
    recordedAt
    previousStatus
    newStatus
  }
`;

export const DocumentChangesQuery = gql<{ document: { id: string; status: string | null; changes: ChangeRecord[] } | null }, { id: string }>`
  ${changeFields}

  query DocumentChanges($id: ID!) {
    document(id: $id) {
      id
      status
      changes {
        ...ChangeRecordFields
      }
    }
  }
`;

export type RecordChangeVariables = {
  documentId: string;
  kind: ChangeKind;
  byDocumentId: string | null;
  article: number | null;
  effectiveOn: string | null;
  note: string | null;
};

export const RecordChangeMutation = gql<{ recordChange: ChangeRecord }, RecordChangeVariables>`
  ${changeFields}

  mutation RecordChange(
    $documentId: ID!
    $kind: ChangeKind!
    $byDocumentId: ID
    $article: Int
    $effectiveOn: String
    $note: String
  ) {
    recordChange(
      documentId: $documentId
      kind: $kind
      byDocumentId: $byDocumentId
      article: $article
      effectiveOn: $effectiveOn
      note: $note
    ) {
      ...ChangeRecordFields
    }
  }
`;

export const SetStatusMutation = gql<{ setStatus: { id: string; status: string | null } }, { documentId: string; status: string }>`
  mutation SetStatus($documentId: ID!, $status: String!) {
    setStatus(documentId: $documentId, status: $status) {
      id
      status
    }
  }
`;
