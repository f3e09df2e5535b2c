// The graph model, defined once. Every DDL, constraint and linter schema is derived from it.

export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]';

export interface NodeSpec {
  label: string;
  /** the key every upsert MERGEs on; unique */
  key: string;
  properties: Record<string, PropertyType>;
  /** properties looked up by equality, indexed on Neo4j */
  indexed?: string[];
}

export interface RelationshipSpec {
  type: string;
  from: string;
  to: string;
  properties: Record<string, PropertyType>;
}

export const DOCUMENT_RELATIONS = [
  'BASED_ON',
  'IMPLEMENTS',
  'GUIDES',
  'AMENDS',
  'SUPERSEDES',
  'REPEALS',
  'CORRECTS',
  'CITES',
  'DERIVED_FROM',
  /** inferred: two numbers that very likely name one document (same serial, parties and date) */
  'SAME_AS',
] as const;

export type DocumentRelation = (typeof DOCUMENT_RELATIONS)[number];

export const LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNKNOWN'] as const;
export type Level = (typeof LEVELS)[number];

export const nodes = {
  Document: {
    label: 'Document',
    key: 'id',
    properties: {
      id: 'STRING',
      number: 'STRING',
      /** the spelling-independent form of the number, for lookups */
      numberKey: 'STRING',
      kind: 'STRING',
      title: 'STRING',
      issuedOn: 'STRING',
      issuedYear: 'INT64',
      level: 'STRING',
      place: 'STRING',
      hasText: 'BOOLEAN',
      status: 'STRING',
      /** folded number, kind and title: what `documents(search)` matches */
      searchText: 'STRING',
      file: 'STRING',
    },
    indexed: ['numberKey'],
  },
  Article: {
    label: 'Article',
    key: 'id',
    properties: {
      id: 'STRING',
      number: 'INT64',
      heading: 'STRING',
      text: 'STRING',
      chapter: 'STRING',
      position: 'INT64',
    },
  },
  Section: {
    label: 'Section',
    key: 'id',
    properties: { id: 'STRING', path: 'STRING', heading: 'STRING', text: 'STRING', position: 'INT64' },
  },
  Clause: {
    label: 'Clause',
    key: 'id',
    properties: { id: 'STRING', label: 'STRING', text: 'STRING', position: 'INT64' },
  },
  Duty: {
    label: 'Duty',
    key: 'id',
    properties: {
      id: 'STRING',
      text: 'STRING',
      role: 'STRING',
      source: 'STRING',
      frequency: 'STRING',
      deadline: 'STRING',
      position: 'INT64',
    },
  },
  Agency: {
    label: 'Agency',
    key: 'id',
    properties: {
      id: 'STRING',
      name: 'STRING',
      aliases: 'STRING[]',
      level: 'STRING',
      isGroup: 'BOOLEAN',
      searchText: 'STRING',
    },
  },
  Locality: {
    label: 'Locality',
    key: 'id',
    properties: { id: 'STRING', name: 'STRING', kind: 'STRING', code: 'STRING' },
  },
  Person: {
    label: 'Person',
    key: 'id',
    properties: { id: 'STRING', name: 'STRING' },
  },
  DataIssue: {
    label: 'DataIssue',
    key: 'id',
    properties: { id: 'STRING', kind: 'STRING', message: 'STRING', quote: 'STRING' },
  },
  /** a change recorded by an editor: kept apart from the documents' own edges, so a re-load never loses it */
  ChangeRecord: {
    label: 'ChangeRecord',
    key: 'id',
    properties: {
      id: 'STRING',
      /** AMENDS, SUPERSEDES or REPEALS; null for a status set by hand */
      kind: 'STRING',
      /** the article of the changed document; null for the whole document */
      article: 'INT64',
      effectiveOn: 'STRING',
      note: 'STRING',
      recordedBy: 'STRING',
      recordedAt: 'STRING',
      previousStatus: 'STRING',
      newStatus: 'STRING',
    },
  },
} satisfies Record<string, NodeSpec>;

export type NodeLabel = keyof typeof nodes;

const documentRelationProperties: Record<string, PropertyType> = {
  inferred: 'BOOLEAN',
  evidence: 'STRING',
  /** for CITES: where the mention stands */
  article: 'INT64',
  clause: 'STRING',
};

export const relationships: RelationshipSpec[] = [
  ...DOCUMENT_RELATIONS.map((type) => ({
    type,
    from: 'Document',
    to: 'Document',
    properties: documentRelationProperties,
  })),
  { type: 'HAS_ARTICLE', from: 'Document', to: 'Article', properties: {} },
  { type: 'HAS_CLAUSE', from: 'Article', to: 'Clause', properties: {} },
  { type: 'HAS_SECTION', from: 'Document', to: 'Section', properties: {} },
  { type: 'HAS_DUTY', from: 'Document', to: 'Duty', properties: {} },
  { type: 'STATED_IN', from: 'Duty', to: 'Article', properties: {} },
  { type: 'ASSIGNED_TO', from: 'Duty', to: 'Agency', properties: {} },
  { type: 'COLLABORATES_WITH', from: 'Duty', to: 'Agency', properties: {} },
  { type: 'REPORTS_TO', from: 'Duty', to: 'Agency', properties: {} },
  { type: 'ISSUED_BY', from: 'Document', to: 'Agency', properties: { position: 'INT64' } },
  {
    type: 'SIGNED_BY',
    from: 'Document',
    to: 'Person',
    properties: { position: 'STRING', capacity: 'STRING', agencyId: 'STRING', ordinal: 'INT64' },
  },
  { type: 'SENT_TO', from: 'Document', to: 'Agency', properties: { name: 'STRING', purpose: 'STRING', ordinal: 'INT64' } },
  { type: 'IN_LOCALITY', from: 'Document', to: 'Locality', properties: {} },
  { type: 'AGENCY_IN', from: 'Agency', to: 'Locality', properties: {} },
  { type: 'PART_OF', from: 'Agency', to: 'Agency', properties: {} },
  { type: 'WITHIN', from: 'Locality', to: 'Locality', properties: {} },
  { type: 'HAS_ISSUE', from: 'Document', to: 'DataIssue', properties: {} },
  /** a recorded change → the document it changes */
  { type: 'CHANGES', from: 'ChangeRecord', to: 'Document', properties: {} },
  /** a recorded change → the document that made it, when one did */
  { type: 'CHANGED_BY', from: 'ChangeRecord', to: 'Document', properties: {} },
];

export const relationshipTypes = relationships.map((r) => r.type);

export function propertyKeys(): string[] {
  const keys = new Set<string>();
  for (const spec of Object.values(nodes) as NodeSpec[]) Object.keys(spec.properties).forEach((k) => keys.add(k));
  for (const spec of relationships) Object.keys(spec.properties).forEach((k) => keys.add(k));
  return [...keys].sort();
}
