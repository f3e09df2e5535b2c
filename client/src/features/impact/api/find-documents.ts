// Documents to pick as the one that amends, replaces or repeals.
import { gql } from 'urql';

export type FoundDocument = { id: string; number: string | null; title: string | null; kind: string };

export const FindDocumentsQuery = gql<{ documents: { edges: { node: FoundDocument }[] } }, { search: string; first: number }>`
  query FindDocuments($search: String!, $first: Int!) {
    documents(search: $search, first: $first) {
      edges {
        node {
          id
          number
          title
          kind
        }
      }
    }
  }
`;
