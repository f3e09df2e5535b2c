// Impact of a change to a document: what must be reviewed, at which depth, through which relations.
import { gql } from 'urql';
import type { GraphData } from '../../../lib/graph/graph-data.ts';
import type { ChangeKind, Role } from '../../../lib/vocabulary.ts';

export type ImpactDocumentRef = {
  id: string;
  number: string | null;
  title: string | null;
  kind: string;
  level: string;
  status: string | null;
};

export type ImpactedDocument = {
  depth: number;
  via: string[];
  path: { id: string; number: string | null; title: string | null }[];
  citingArticles: { id: string; number: number; heading: string | null }[];
  /** where each mention stands: the clause of a citing article */
  citations: { article: number | null; clause: string | null }[];
  document: ImpactDocumentRef;
};

export type ImpactDuty = {
  id: string;
  text: string;
  role: Role;
  source: string;
  agency: { id: string; name: string };
  document: { id: string; number: string | null };
};

export type ImpactAgency = { id: string; name: string; level: string };

export type ImpactSummary = {
  documents: number;
  articles: number;
  duties: number;
  agencies: number;
  byLevel: { level: string; documents: number; agencies: number }[];
};

export type Impact = {
  root: ImpactDocumentRef;
  summary: ImpactSummary;
  documents: ImpactedDocument[];
  duties: ImpactDuty[];
  agencies: ImpactAgency[];
  graph: GraphData;
};

export type ImpactOptions = { followCites: boolean; followInferred: boolean; stopAtInactive: boolean };
export type ImpactVariables = ImpactOptions & { documentId: string; article: number | null };

export type ChangeInput = {
  documentId: string;
  kind: ChangeKind;
  byDocumentId: string | null;
  article: number | null;
  effectiveOn: string | null;
  note: string | null;
};

/** Lists are capped: the summary counts everything, the page shows this many of each. */
export const listLimit = 500;

const impactFields = `
  fragment ImpactDocumentFields on Document {
    id
    number
    title
    kind
    level
    status
  }

  fragment ImpactFields on Impact {
    root {
      ...ImpactDocumentFields
    }
    summary {
      documents
      articles
      duties
      agencies
      byLevel {
        level
        documents
        agencies
      }
    }
    documents(first: ${listLimit}) {
      depth
      via
      path {
        id
        number
        title
      }
      citingArticles {
        id
        number
        heading
      }
      citations {
        article
        clause
      }
      document {
        ...ImpactDocumentFields
      }
    }
    duties(first: ${listLimit}) {
      id
      text
      role
      source
      agency {
        id
        name
      }
      document {
        id
        number
      }
    }
    agencies(first: ${listLimit}) {
      id
      name
      level
    }
    graph(maxNodes: 2000) {
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

export const ImpactQuery = gql<{ impact: Impact }, ImpactVariables>`
  ${impactFields}

  query Impact($documentId: ID!, $article: Int, $followCites: Boolean, $followInferred: Boolean, $stopAtInactive: Boolean) {
    impact(
      documentId: $documentId
      article: $article
      followCites: $followCites
      followInferred: $followInferred
      stopAtInactive: $stopAtInactive
    ) {
      ...ImpactFields
    }
  }
`;

export const WhatIfQuery = gql<{ whatIf: Impact }, { change: ChangeInput }>`
  ${impactFields}

  query WhatIf($change: ChangeInput!) {
    whatIf(change: $change) {
      ...ImpactFields
    }
  }
`;

export type ReviewListFormat = 'MARKDOWN' | 'HTML';
export type ImpactExport = { csv: string; reviewList: string };

/** The exports are fetched only when asked for: they can be large. */
export const ImpactExportQuery = gql<{ impact: ImpactExport }, ImpactVariables & { format: ReviewListFormat }>`
  query ImpactExport(
    $documentId: ID!
    $article: Int
    $followCites: Boolean
    $followInferred: Boolean
    $stopAtInactive: Boolean
    $format: ReviewListFormat!
  ) {
    impact(
      documentId: $documentId
      article: $article
      followCites: $followCites
      followInferred: $followInferred
      stopAtInactive: $stopAtInactive
    ) {
      csv
      reviewList(format: $format)
    }
  }
`;

export const WhatIfExportQuery = gql<{ whatIf: ImpactExport }, { change: ChangeInput; format: ReviewListFormat }>`
  query WhatIfExport($change: ChangeInput!, $format: ReviewListFormat!) {
    whatIf(change: $change) {
      csv
      reviewList(format: $format)
    }
  }
`;

/** The lineage around the document, drawn faded behind the affected part. */
export const ImpactLineageQuery = gql<{ lineage: GraphData }, { documentId: string }>`
  query ImpactLineage($documentId: ID!) {
    lineage(documentId: $documentId, direction: BOTH, depth: 6) {
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
