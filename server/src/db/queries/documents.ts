// Reads of documents, their relations, structure, signers and recipients: batched by id for DataLoaders.
import { DOCUMENT_RELATIONS } from '@cancu/graph-schema/model';
import type { Dialect } from '../dialect.ts';
import { defineQuery } from '../query.ts';
import type { Row } from '../store.ts';

export const RELATION_PATTERN = DOCUMENT_RELATIONS.join('|');

export interface DocumentModel {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  level: string;
  place: string | null;
  hasText: boolean;
  status: string | null;
  localityId: string | null;
}

const DOCUMENT_COLUMNS = `d.id AS id, d.number AS number, d.kind AS kind, d.title AS title, d.issuedOn AS issuedOn,
  d.issuedYear AS issuedYear, d.level AS level, d.place AS place, d.hasText AS hasText, d.status AS status`;

export function toDocument(row: Row): DocumentModel {
  return {
    id: row.id as string,
    number: (row.number as string | null) ?? null,
    kind: (row.kind as string | null) ?? 'Văn bản',
    title: (row.title as string | null) ?? null,
    issuedOn: (row.issuedOn as string | null) ?? null,
    issuedYear: (row.issuedYear as number | null) ?? null,
    level: (row.level as string | null) ?? 'UNKNOWN',
    place: (row.place as string | null) ?? null,
    hasText: row.hasText === true,
    status: (row.status as string | null) ?? null,
    localityId: (row.localityId as string | null) ?? null,
  };
}

export const documentsByIds = defineQuery('documentsByIds', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})
  OPTIONAL MATCH (d)-[:IN_LOCALITY]->(l:Locality)
  RETURN ${DOCUMENT_COLUMNS}, l.id AS localityId`);

/** Any spelling of a number finds it; among documents of that number, the one with text comes first. */
export const documentIdByNumberKey = defineQuery('documentIdByNumberKey', { key: '23-QD/TW' }, () => `
  MATCH (d:Document)
  WHERE d.numberKey = $key
  RETURN d.id AS id, d.hasText AS hasText
  ORDER BY hasText DESC, id
  LIMIT 1`);

const searchFilter = (d: Dialect) => `
  WHERE (${d.str('$search')} IS NULL OR d.searchText CONTAINS ${d.str('$search')})
    AND (${d.str('$kind')} IS NULL OR d.kind = ${d.str('$kind')})
    AND (${d.str('$level')} IS NULL OR d.level = ${d.str('$level')})
    AND (${d.bool('$hasText')} IS NULL OR d.hasText = ${d.bool('$hasText')})`;

const searchExample = { search: 'quy che' as string | null, kind: null as string | null, level: null as string | null, hasText: null as boolean | null };

export const searchDocuments = defineQuery('searchDocuments', { ...searchExample, skip: 0, limit: 20 }, (d) => `
  MATCH (d:Document)
  ${searchFilter(d)}
  OPTIONAL MATCH (d)-[:IN_LOCALITY]->(l:Locality)
  RETURN ${DOCUMENT_COLUMNS}, l.id AS localityId
  ORDER BY hasText DESC, issuedOn DESC, id
  SKIP $skip LIMIT $limit`);

export const countDocuments = defineQuery('countDocuments', searchExample, (d) => `
  MATCH (d:Document)
  ${searchFilter(d)}
  RETURN count(d) AS total`);

export interface RelationModel {
  kind: string;
  fromId: string;
  toId: string;
  inferred: boolean;
  evidence: string | null;
  article: number | null;
  clause: string | null;
}

export function toRelation(row: Row): RelationModel {
  return {
    kind: row.kind as string,
    fromId: row.fromId as string,
    toId: row.toId as string,
    inferred: row.inferred === true,
    evidence: (row.evidence as string | null) ?? null,
    article: (row.article as number | null) ?? null,
    clause: (row.clause as string | null) ?? null,
  };
}

const RELATION_COLUMNS = `r.inferred AS inferred, r.evidence AS evidence, r.article AS article, r.clause AS clause`;

export const relationsFrom = defineQuery('relationsFrom', { ids: ['doc_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (a:Document {id: key})-[r:${RELATION_PATTERN}]->(b:Document)
  RETURN a.id AS fromId, ${d.relType('r')} AS kind, b.id AS toId, ${RELATION_COLUMNS}`);

export const relationsTo = defineQuery('relationsTo', { ids: ['doc_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (b:Document {id: key})<-[r:${RELATION_PATTERN}]-(a:Document)
  RETURN a.id AS fromId, ${d.relType('r')} AS kind, b.id AS toId, ${RELATION_COLUMNS}`);

export interface ArticleModel {
  id: string;
  documentId: string;
  number: number;
  heading: string | null;
  text: string;
  chapter: string | null;
  position: number;
}

export function toArticle(row: Row): ArticleModel {
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    number: row.number as number,
    heading: (row.heading as string | null) ?? null,
    text: (row.text as string | null) ?? '',
    chapter: (row.chapter as string | null) ?? null,
    position: (row.position as number | null) ?? 0,
  };
}

const ARTICLE_COLUMNS = `a.id AS id, d.id AS documentId, a.number AS number, a.heading AS heading, a.text AS text,
  a.chapter AS chapter, a.position AS position`;

export const articlesByDocuments = defineQuery('articlesByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[:HAS_ARTICLE]->(a:Article)
  RETURN ${ARTICLE_COLUMNS}`);

export const articlesByIds = defineQuery('articlesByIds', { ids: ['article_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document)-[:HAS_ARTICLE]->(a:Article {id: key})
  RETURN ${ARTICLE_COLUMNS}`);

export interface SectionModel {
  id: string;
  documentId: string;
  path: string;
  heading: string | null;
  text: string;
  position: number;
}

export const sectionsByDocuments = defineQuery('sectionsByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[:HAS_SECTION]->(s:Section)
  RETURN s.id AS id, d.id AS documentId, s.path AS path, s.heading AS heading, s.text AS text, s.position AS position`);

export function toSection(row: Row): SectionModel {
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    path: row.path as string,
    heading: (row.heading as string | null) ?? null,
    text: (row.text as string | null) ?? '',
    position: (row.position as number | null) ?? 0,
  };
}

export interface ClauseModel {
  id: string;
  articleId: string;
  label: string;
  text: string;
  position: number;
}

export const clausesByArticles = defineQuery('clausesByArticles', { ids: ['article_1'] }, () => `
  UNWIND $ids AS key
  MATCH (a:Article {id: key})-[:HAS_CLAUSE]->(c:Clause)
  RETURN c.id AS id, a.id AS articleId, c.label AS label, c.text AS text, c.position AS position`);

export function toClause(row: Row): ClauseModel {
  return {
    id: row.id as string,
    articleId: row.articleId as string,
    label: row.label as string,
    text: (row.text as string | null) ?? '',
    position: (row.position as number | null) ?? 0,
  };
}

export const issuersByDocuments = defineQuery('issuersByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[r:ISSUED_BY]->(g:Agency)
  RETURN d.id AS documentId, g.id AS agencyId, r.position AS position`);

export interface SignatureModel {
  documentId: string;
  name: string | null;
  position: string | null;
  capacity: string | null;
  agencyId: string | null;
  ordinal: number;
}

export const signaturesByDocuments = defineQuery('signaturesByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[r:SIGNED_BY]->(p:Person)
  RETURN d.id AS documentId, p.name AS name, r.position AS position, r.capacity AS capacity,
    r.agencyId AS agencyId, r.ordinal AS ordinal`);

export interface RecipientModel {
  documentId: string;
  name: string;
  purpose: string | null;
  agencyId: string;
  ordinal: number;
}

export const recipientsByDocuments = defineQuery('recipientsByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[r:SENT_TO]->(g:Agency)
  RETURN d.id AS documentId, r.name AS name, r.purpose AS purpose, g.id AS agencyId, r.ordinal AS ordinal`);

export interface DataIssueModel {
  documentId: string;
  kind: string;
  message: string;
  quote: string | null;
}

export const issuesByDocuments = defineQuery('issuesByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[:HAS_ISSUE]->(i:DataIssue)
  RETURN d.id AS documentId, i.kind AS kind, i.message AS message, i.quote AS quote, i.id AS id
  ORDER BY id`);

export const allIssues = defineQuery('allIssues', { limit: 1000 }, () => `
  MATCH (d:Document)-[:HAS_ISSUE]->(i:DataIssue)
  RETURN d.id AS documentId, i.kind AS kind, i.message AS message, i.quote AS quote, i.id AS id
  ORDER BY id
  LIMIT $limit`);

export const storeCounts = defineQuery('storeCounts', {}, () => `
  MATCH (d:Document)
  RETURN count(d) AS documents, sum(CASE WHEN d.hasText THEN 1 ELSE 0 END) AS withText`);

/** What the store already knows of documents an ingest cites, to reconcile citations against it. */
export const knownDocuments = defineQuery('knownDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})
  OPTIONAL MATCH (d)-[:ISSUED_BY]->(g:Agency)
  RETURN d.id AS id, d.number AS number, d.issuedOn AS issuedOn, g.name AS issuerName`);

/** How many legal bases of these documents lead to a document whose full text the store holds. */
export const basesResolution = defineQuery('basesResolution', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[:BASED_ON]->(b:Document)
  RETURN count(b) AS bases, sum(CASE WHEN b.hasText THEN 1 ELSE 0 END) AS withText`);
