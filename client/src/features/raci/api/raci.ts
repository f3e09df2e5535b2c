// The responsibility matrix of one or more documents: agencies × duties, and the same as CSV.
import { gql } from 'urql';

export type RaciAgency = { id: string; name: string; level: string };
export type RaciDuty = { id: string; text: string; source: string; document: { id: string; number: string | null } };
export type RaciCell = { agencyId: string; dutyId: string; mark: string };
export type Raci = { agencies: RaciAgency[]; duties: RaciDuty[]; cells: RaciCell[]; csv: string };

export type RaciData = { raci: Raci; document: { id: string; number: string | null; title: string | null } | null };
export type RaciVariables = { documentIds: string[]; documentId: string };

export const RaciQuery = gql<RaciData, RaciVariables>`
  query Raci($documentIds: [ID!]!, $documentId: ID!) {
    document(id: $documentId) {
      id
      number
      title
    }
    raci(documentIds: $documentIds) {
      agencies {
        id
        name
        level
      }
      duties {
        id
        text
        source
        document {
          id
          number
        }
      }
      cells {
        agencyId
        dutyId
        mark
      }
      csv
    }
  }
`;
