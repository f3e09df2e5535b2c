// Agencies whose name matches what the officer typed, offered beside the tasks.
import { gql } from 'urql';

export type AgencySuggestion = { id: string; name: string; level: string };

export type AgencySuggestionsData = { agencies: { edges: { node: AgencySuggestion }[] } };
export type AgencySuggestionsVariables = { search: string; first: number };

export const AgencySuggestionsQuery = gql<AgencySuggestionsData, AgencySuggestionsVariables>`
  query AgencySuggestions($search: String!, $first: Int!) {
    agencies(search: $search, first: $first) {
      edges {
        node {
          id
          name
          level
        }
      }
    }
  }
`;
