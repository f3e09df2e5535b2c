// The lineage query: the documents around one document and the relations between them.
import { gql } from 'urql';
import type { GraphData } from '../../../lib/graph/graph-data.ts';
import type { Direction } from '../../../lib/vocabulary.ts';

export type LineageData = { lineage: GraphData };
export type LineageVariables = { documentId: string; direction: Direction; depth: number };

export const LineageQuery = gql<LineageData, LineageVariables>`
  query Lineage($documentId: ID!, $direction: Direction!, $depth: Int!) {
    lineage(documentId: $documentId, direction: $direction, depth: $depth) {
      nodes {
        id
        kind
        label
        level
        hasText
      }
      edges {
        id
        source
        target
        kind
        inferred
      }
      truncated
    }
  }
`;
