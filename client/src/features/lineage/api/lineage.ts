// The lineage query: the documents around one document and the relations between them.
import { gql } from 'urql';
import type { Direction } from '../../../lib/vocabulary.ts';

export type LineageNode = {
  id: string;
  kind: string;
  label: string;
  level: string | null;
  hasText: boolean | null;
};

export type LineageEdge = {
  id: string;
  source: string;
  target: string;
  kind: string;
  inferred: boolean;
};

export type LineageGraph = {
  nodes: LineageNode[];
  edges: LineageEdge[];
  truncated: boolean;
};

export type LineageData = { lineage: LineageGraph };
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
