// The Pothos builder: plugins, the Context, and the backing model of each object type.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { editorScopes, forbiddenError } from '../auth/scopes.ts';
import type { AgencyModel, LocalityModel } from '../db/queries/agencies.ts';
import type {
  ArticleModel,
  ClauseModel,
  DataIssueModel,
  DocumentModel,
  RecipientModel,
  RelationModel,
  SectionModel,
  SignatureModel,
} from '../db/queries/documents.ts';
import type { DutyModel } from '../db/queries/duties.ts';
import type { Context } from './context.ts';
import type { GraphModel } from './schema/graph-model.ts';

export interface CitationModel {
  documentId: string;
  article: number | null;
  clause: string | null;
  quote: string;
}

export interface ConnectionModel<T> {
  totalCount: number;
  nodes: T[];
  offset: number;
  hasNextPage: boolean;
}

export interface AgencyDutiesModel {
  agencyId: string;
  duties: DutyModel[];
  score: number;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { editor: boolean };
  DefaultFieldNullability: false;
  Objects: {
    Document: DocumentModel;
    DocumentRelation: RelationModel;
    Citation: CitationModel;
    Article: ArticleModel;
    Clause: ClauseModel;
    Section: SectionModel;
    Duty: DutyModel;
    Agency: AgencyModel;
    Locality: LocalityModel;
    Signature: SignatureModel;
    Recipient: RecipientModel;
    DataIssue: DataIssueModel;
    Graph: GraphModel;
    GraphNode: GraphModel['nodes'][number];
    GraphEdge: GraphModel['edges'][number];
    DocumentConnection: ConnectionModel<DocumentModel>;
    DocumentEdge: { cursor: string; node: DocumentModel };
    AgencyConnection: ConnectionModel<AgencyModel>;
    AgencyEdge: { cursor: string; node: AgencyModel };
    PageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}>({
  plugins: [ScopeAuthPlugin],
  // reads stay open; a field with `authScopes: { editor: true }` needs an editor token (auth/scopes.ts)
  scopeAuth: { authScopes: editorScopes, unauthorizedError: forbiddenError },
  defaultFieldNullability: false,
});

builder.queryType({});
builder.mutationType({});
