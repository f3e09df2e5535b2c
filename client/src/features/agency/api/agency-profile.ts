// One agency's profile: who it is, what it must do under which document, with whom, to whom.
import { gql } from 'urql';
import type { Role } from '../../../lib/vocabulary.ts';

type AgencyRef = { id: string; name: string };
type LeveledAgency = AgencyRef & { level: string };
type DocumentRef = { id: string; number: string | null; title: string | null; kind: string; level: string; status: string | null };

export type ProfileDuty = {
  id: string;
  text: string;
  role: Role;
  source: string;
  frequency: string | null;
  deadline: string | null;
  collaborators: AgencyRef[];
  reportTo: AgencyRef[];
};

export type AgencyProfile = {
  id: string;
  name: string;
  aliases: string[];
  level: string;
  isGroup: boolean;
  locality: { name: string; kind: string; parent: { name: string; kind: string } | null } | null;
  parent: AgencyRef | null;
  reportsTo: LeveledAgency[];
  partners: { count: number; agency: LeveledAgency }[];
  bindingDocuments: (DocumentRef & { issuedOn: string | null })[];
  dutiesByDocument: { document: DocumentRef; duties: ProfileDuty[] }[];
};

export type AgencyProfileData = { agency: AgencyProfile | null };
export type AgencyProfileVariables = { id: string };

export const AgencyProfileQuery = gql<AgencyProfileData, AgencyProfileVariables>`
  fragment ProfileDocumentFields on Document {
    id
    number
    title
    kind
    level
    status
  }

  query AgencyProfile($id: ID!) {
    agency(id: $id) {
      id
      name
      aliases
      level
      isGroup
      locality {
        name
        kind
        parent {
          name
          kind
        }
      }
      parent {
        id
        name
      }
      reportsTo {
        id
        name
        level
      }
      partners(first: 10) {
        count
        agency {
          id
          name
          level
        }
      }
      bindingDocuments {
        ...ProfileDocumentFields
        issuedOn
      }
      dutiesByDocument {
        document {
          ...ProfileDocumentFields
        }
        duties {
          id
          text
          role
          source
          frequency
          deadline
          collaborators {
            id
            name
          }
          reportTo {
            id
            name
          }
        }
      }
    }
  }
`;
