// The document query: everything the side panel shows about one document.
import { gql } from 'urql';
import type { Role } from '../../../lib/vocabulary.ts';

export type DocumentRef = {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  level: string;
  hasText: boolean;
};

export type RelationEnd = { id: string; number: string | null; title: string | null };

export type DocumentRelation = {
  kind: string;
  inferred: boolean;
  evidence: string | null;
  from: RelationEnd;
  to: RelationEnd;
};

export type Clause = { id: string; label: string; text: string };

export type Article = {
  id: string;
  number: number;
  heading: string | null;
  text: string;
  chapter: string | null;
  clauses: Clause[];
  duties: { id: string }[];
};

export type AgencyRef = { id: string; name: string };

export type Duty = {
  id: string;
  text: string;
  role: Role;
  source: string;
  frequency: string | null;
  deadline: string | null;
  agency: AgencyRef;
  collaborators: AgencyRef[];
  article: { number: number } | null;
};

export type DataIssue = { kind: string; message: string; quote: string | null };

export type Locality = { id: string; name: string; kind: string; parent: { name: string; kind: string } | null };

export type DocumentDetail = {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  issuedOn: string | null;
  level: string;
  place: string | null;
  hasText: boolean;
  status: string | null;
  issuers: AgencyRef[];
  bases: DocumentRef[];
  basisFor: DocumentRef[];
  implements: DocumentRef[];
  implementedBy: DocumentRef[];
  relations: DocumentRelation[];
  articles: Article[];
  duties: Duty[];
  locality: Locality | null;
  dataIssues: DataIssue[];
};

export type DocumentData = { document: DocumentDetail | null };
export type DocumentVariables = { id: string };

export const DocumentQuery = gql<DocumentData, DocumentVariables>`
  fragment DocumentRefFields on Document {
    id
    number
    kind
    title
    level
    hasText
  }

  fragment RelationEndFields on Document {
    id
    number
    title
  }

  query DocumentPanel($id: ID!) {
    document(id: $id) {
      id
      number
      kind
      title
      issuedOn
      level
      place
      hasText
      status
      locality {
        id
        name
        kind
        parent {
          name
          kind
        }
      }
      dataIssues {
        kind
        message
        quote
      }
      issuers {
        id
        name
      }
      bases {
        ...DocumentRefFields
      }
      basisFor {
        ...DocumentRefFields
      }
      implements {
        ...DocumentRefFields
      }
      implementedBy {
        ...DocumentRefFields
      }
      relations(direction: BOTH) {
        kind
        inferred
        evidence
        from {
          ...RelationEndFields
        }
        to {
          ...RelationEndFields
        }
      }
      articles {
        id
        number
        heading
        text
        chapter
        clauses {
          id
          label
          text
        }
        duties {
          id
        }
      }
      duties {
        id
        text
        role
        source
        frequency
        deadline
        agency {
          id
          name
        }
        collaborators {
          id
          name
        }
        article {
          number
        }
      }
    }
  }
`;
