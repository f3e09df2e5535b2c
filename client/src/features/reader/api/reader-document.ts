// The whole structured text of one document, with its duties and citations to mark in it.
import { gql } from 'urql';
import type { Role } from '../../../lib/vocabulary.ts';

export type ReaderClause = { id: string; label: string; text: string };
export type ReaderArticle = {
  id: string;
  number: number;
  heading: string | null;
  text: string;
  chapter: string | null;
  clauses: ReaderClause[];
};
export type ReaderDuty = {
  id: string;
  text: string;
  role: Role;
  source: string;
  agency: { id: string; name: string };
  article: { id: string; number: number } | null;
};
export type ReaderCitation = {
  document: { id: string; number: string | null; title: string | null };
  article: number | null;
  clause: string | null;
  quote: string;
};

export type ReaderSection = { id: string; path: string; heading: string | null; text: string };

export type ReaderDocument = {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  issuedOn: string | null;
  level: string;
  place: string | null;
  status: string | null;
  hasText: boolean;
  issuers: { id: string; name: string }[];
  articles: ReaderArticle[];
  sections: ReaderSection[];
  duties: ReaderDuty[];
  citations: ReaderCitation[];
  signers: { name: string | null; position: string | null; capacity: string | null }[];
  recipients: { name: string; purpose: string | null }[];
};

export type ReaderDocumentData = { document: ReaderDocument | null };

export const ReaderDocumentQuery = gql<ReaderDocumentData, { id: string }>`
  query ReaderDocument($id: ID!) {
    document(id: $id) {
      id
      number
      kind
      title
      issuedOn
      level
      place
      status
      hasText
      issuers {
        id
        name
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
      }
      sections {
        id
        path
        heading
        text
      }
      duties {
        id
        text
        role
        source
        agency {
          id
          name
        }
        article {
          id
          number
        }
      }
      citations {
        document {
          id
          number
          title
        }
        article
        clause
        quote
      }
      signers {
        name
        position
        capacity
      }
      recipients {
        name
        purpose
      }
    }
  }
`;
