// DataLoaders, created per request: each batch is one store round trip, whatever the list sizes.
import DataLoader from 'dataloader';
import type { Query } from '../db/query.ts';
import type { Row, Store } from '../db/store.ts';
import * as agencies from '../db/queries/agencies.ts';
import * as documents from '../db/queries/documents.ts';
import * as duties from '../db/queries/duties.ts';

/** A loader of one record per key (null when absent). */
function byId<T>(store: Store, query: Query, map: (row: Row) => T, key: (t: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await store.read(query, { ids: [...ids] });
    const found = new Map(rows.map((r) => map(r)).map((t) => [key(t), t]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of the records that belong to each key, in a stable order. */
function grouped<T>(
  store: Store,
  query: Query,
  map: (row: Row) => T,
  owner: (t: T) => string,
  order: (a: T, b: T) => number = () => 0,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await store.read(query, { ids: [...ids] });
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const t of rows.map(map)) groups.get(owner(t))?.push(t);
    return ids.map((id) => (groups.get(id) ?? []).sort(order));
  });
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

export interface DutyPartner {
  dutyId: string;
  kind: 'COLLABORATES_WITH' | 'REPORTS_TO';
  agencyId: string;
}

export function createLoaders(store: Store) {
  return {
    document: byId(store, documents.documentsByIds, documents.toDocument, (d) => d.id),
    relationsFrom: grouped(store, documents.relationsFrom, documents.toRelation, (r) => r.fromId),
    relationsTo: grouped(store, documents.relationsTo, documents.toRelation, (r) => r.toId),
    articlesOfDocument: grouped(store, documents.articlesByDocuments, documents.toArticle, (a) => a.documentId, byPosition),
    article: byId(store, documents.articlesByIds, documents.toArticle, (a) => a.id),
    sectionsOfDocument: grouped(store, documents.sectionsByDocuments, documents.toSection, (s) => s.documentId, byPosition),
    clausesOfArticle: grouped(store, documents.clausesByArticles, documents.toClause, (c) => c.articleId, byPosition),
    issuersOfDocument: grouped(
      store,
      documents.issuersByDocuments,
      (r) => ({ documentId: r.documentId as string, agencyId: r.agencyId as string, position: (r.position as number) ?? 0 }),
      (r) => r.documentId,
      byPosition,
    ),
    signaturesOfDocument: grouped(
      store,
      documents.signaturesByDocuments,
      (r) => r as unknown as documents.SignatureModel,
      (s) => s.documentId,
      (a, b) => a.ordinal - b.ordinal,
    ),
    recipientsOfDocument: grouped(
      store,
      documents.recipientsByDocuments,
      (r) => r as unknown as documents.RecipientModel,
      (s) => s.documentId,
      (a, b) => a.ordinal - b.ordinal,
    ),
    issuesOfDocument: grouped(store, documents.issuesByDocuments, (r) => r as unknown as documents.DataIssueModel, (i) => i.documentId),
    dutiesOfDocument: grouped(store, duties.dutiesByDocuments, duties.toDuty, (d) => d.documentId, byPosition),
    dutiesOfArticle: grouped(store, duties.dutiesByArticles, duties.toDuty, (d) => d.articleId ?? '', byPosition),
    dutiesOfAgency: grouped(store, duties.dutiesByAgencies, duties.toDuty, (d) => d.agencyId, (a, b) =>
      a.documentId.localeCompare(b.documentId) || a.position - b.position),
    partnersOfDuty: grouped(store, duties.dutyPartners, (r) => r as unknown as DutyPartner, (p) => p.dutyId),
    agency: byId(store, agencies.agenciesByIds, agencies.toAgency, (a) => a.id),
    documentsOfAgency: grouped(
      store,
      agencies.documentIdsByAgencies,
      (r) => ({ agencyId: r.agencyId as string, documentId: r.documentId as string }),
      (r) => r.agencyId,
    ),
    locality: byId(store, agencies.localitiesByIds, agencies.toLocality, (l) => l.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
