// Documents whose number or title matches what the officer typed, in any spelling.
import { gql } from 'urql';

export type DocumentMatch = {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  issuedOn: string | null;
  level: string;
  hasText: boolean;
};

export type SearchDocumentsData = {
  documents: {
    totalCount: number;
    edges: { cursor: string; node: DocumentMatch }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SearchDocumentsVariables = { search: string; first: number };

export const SearchDocumentsQuery = gql<SearchDocumentsData, SearchDocumentsVariables>`
  query SearchDocuments($search: String!, $first: Int!) {
    documents(search: $search, first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          number
          kind
          title
          issuedOn
          level
          hasText
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
