// Writes of one document's part of the graph: idempotent, one transaction per document.
import { DOCUMENT_RELATIONS } from '@cancu/graph-schema/model';
import type { DocumentRelation } from '@cancu/graph-schema/model';
import { defineQuery } from '../query.ts';
import type { Query } from '../query.ts';

const STATED_RELATIONS = DOCUMENT_RELATIONS.filter((r) => r !== 'DERIVED_FROM' && r !== 'SAME_AS').join('|');

/** What a document owns and a re-load replaces: structure, duties, issues, its outgoing stated edges. */
export const clearDocument: Query[] = [
  defineQuery('clearClauses', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[:HAS_ARTICLE]->(:Article)-[:HAS_CLAUSE]->(c:Clause) DETACH DELETE c`),
  defineQuery('clearArticles', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[:HAS_ARTICLE]->(a:Article) DETACH DELETE a`),
  defineQuery('clearSections', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[:HAS_SECTION]->(s:Section) DETACH DELETE s`),
  defineQuery('clearDuties', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[:HAS_DUTY]->(u:Duty) DETACH DELETE u`),
  defineQuery('clearIssues', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[:HAS_ISSUE]->(i:DataIssue) DETACH DELETE i`),
  defineQuery('clearStatedRelations', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[r:${STATED_RELATIONS}]->(:Document) WHERE r.inferred = false DELETE r`),
  defineQuery('clearIssuers', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[r:ISSUED_BY]->(:Agency) DELETE r`),
  defineQuery('clearSignatures', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[r:SIGNED_BY]->(:Person) DELETE r`),
  defineQuery('clearRecipients', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[r:SENT_TO]->(:Agency) DELETE r`),
  defineQuery('clearLocality', { id: 'doc_1' }, () => `
    MATCH (:Document {id: $id})-[r:IN_LOCALITY]->(:Locality) DELETE r`),
];

const documentRow = {
  id: 'doc_1', number: '23-QĐ/TW', numberKey: '23-QD/TW', kind: 'Quyết định', title: null, issuedOn: '2021-07-30',
  issuedYear: 2021, level: 'CENTRAL', place: null, hasText: true, status: null, searchText: '', file: null,
};

export const upsertDocument = defineQuery('upsertDocument', documentRow, () => `
  MERGE (d:Document {id: $id})
  SET d.number = $number, d.numberKey = $numberKey, d.kind = $kind, d.title = $title, d.issuedOn = $issuedOn,
      d.issuedYear = $issuedYear, d.level = $level, d.place = $place, d.hasText = true,
      d.status = coalesce($status, d.status), d.searchText = $searchText, d.file = $file`);

/** A document known from a citation: created if new; never overwrites what a text or another citation said. */
export const mergeMentionedDocuments = defineQuery('mergeMentionedDocuments', { rows: [documentRow] }, (d) => `
  UNWIND $rows AS row
  MERGE (m:Document {id: row.id})
  ON CREATE SET m.number = row.number, m.numberKey = row.numberKey, m.kind = row.kind, m.title = row.title,
      m.issuedOn = row.issuedOn, m.issuedYear = ${d.int('row.issuedYear')}, m.level = row.level, m.place = row.place,
      m.hasText = false, m.searchText = row.searchText
  ON MATCH SET m.kind = coalesce(m.kind, row.kind), m.title = coalesce(m.title, row.title),
      m.issuedOn = coalesce(m.issuedOn, row.issuedOn), m.issuedYear = coalesce(m.issuedYear, ${d.int('row.issuedYear')})`);

const localityRow = { id: 'loc:52', name: 'Bình Định', kind: 'tỉnh', code: '52', parentId: null };

export const mergeLocalities = defineQuery('mergeLocalities', { rows: [localityRow] }, () => `
  UNWIND $rows AS row
  MERGE (l:Locality {id: row.id})
  SET l.name = row.name, l.kind = row.kind, l.code = row.code`);

export const linkLocalityParents = defineQuery('linkLocalityParents', { rows: [{ id: 'loc:547', parentId: 'loc:52' }] }, () => `
  UNWIND $rows AS row
  MATCH (l:Locality {id: row.id})
  MATCH (p:Locality {id: row.parentId})
  MERGE (l)-[:WITHIN]->(p)`);

export const linkDocumentLocality = defineQuery('linkDocumentLocality', { id: 'doc_1', localityId: 'loc:52' }, () => `
  MATCH (d:Document {id: $id})
  MATCH (l:Locality {id: $localityId})
  CREATE (d)-[:IN_LOCALITY]->(l)`);

/**
 * Where a cited document belongs, as the first citing text placed it; a later citation does not move it.
 * Counted rather than `WHERE NOT EXISTS {…}`: LadybugDB 0.19 ignores an existing edge in that subquery
 * when UNWIND feeds it several rows (measured), and the count works on both engines.
 */
export const linkMentionedLocalities = defineQuery('linkMentionedLocalities', { rows: [{ id: 'doc_2', localityId: 'loc:52' }] }, () => `
  UNWIND $rows AS row
  MATCH (d:Document {id: row.id})
  OPTIONAL MATCH (d)-[existing:IN_LOCALITY]->(:Locality)
  WITH d, row, count(existing) AS placed
  WHERE placed = 0
  MATCH (l:Locality {id: row.localityId})
  CREATE (d)-[:IN_LOCALITY]->(l)`);

export const agencyAliases = defineQuery('agencyAliases', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS id
  MATCH (a:Agency {id: id})
  RETURN a.id AS id, a.aliases AS aliases`);

const agencyRow = { id: 'agency_1', name: 'Ủy ban nhân dân huyện Tây Sơn', aliases: ['UBND huyện'], level: 'DISTRICT', isGroup: false, searchText: '' };

export const mergeAgencies = defineQuery('mergeAgencies', { rows: [agencyRow] }, (d) => `
  UNWIND $rows AS row
  MERGE (a:Agency {id: row.id})
  SET a.name = row.name, a.aliases = ${d.strings('row.aliases')}, a.level = row.level, a.isGroup = row.isGroup,
      a.searchText = row.searchText`);

export const linkAgencyLocalities = defineQuery('linkAgencyLocalities', { rows: [{ id: 'agency_1', localityId: 'loc:547' }] }, () => `
  UNWIND $rows AS row
  MATCH (a:Agency {id: row.id})
  MATCH (l:Locality {id: row.localityId})
  MERGE (a)-[:AGENCY_IN]->(l)`);

export const linkAgencyParents = defineQuery('linkAgencyParents', { rows: [{ id: 'agency_1', parentId: 'agency_2' }] }, () => `
  UNWIND $rows AS row
  MATCH (a:Agency {id: row.id})
  MATCH (p:Agency {id: row.parentId})
  MERGE (a)-[:PART_OF]->(p)`);

const relationRow = { fromId: 'doc_1', toId: 'doc_2', evidence: 'Căn cứ …', article: null, clause: null };

function relationWrites(kind: DocumentRelation): { create: Query; merge: Query } {
  return {
    // edges of the document being loaded: it was cleared first, so plain CREATE is idempotent
    create: defineQuery(`create${kind}`, { rows: [relationRow] }, (d) => `
      UNWIND $rows AS row
      MATCH (a:Document {id: row.fromId})
      MATCH (b:Document {id: row.toId})
      CREATE (a)-[:${kind} {inferred: false, evidence: row.evidence, article: ${d.int('row.article')}, clause: row.clause}]->(b)`),
    // relations a document states between two others ("21-CT/HU … thực hiện 25-NQ/TW"): one edge however often stated
    merge: defineQuery(`merge${kind}`, { rows: [relationRow] }, () => `
      UNWIND $rows AS row
      MATCH (a:Document {id: row.fromId})
      MATCH (b:Document {id: row.toId})
      MERGE (a)-[r:${kind}]->(b)
      ON CREATE SET r.inferred = false, r.evidence = row.evidence`),
  };
}

export const relationQueries = Object.fromEntries(DOCUMENT_RELATIONS.map((kind) => [kind, relationWrites(kind)])) as Record<
  DocumentRelation,
  ReturnType<typeof relationWrites>
>;

/** The issuer of a cited document, as the first citing text names it (same rule as its locality). */
export const linkMentionedIssuers = defineQuery('linkMentionedIssuers', { rows: [{ id: 'doc_2', agencyId: 'agency_1', position: 0 }] }, () => `
  UNWIND $rows AS row
  MATCH (d:Document {id: row.id})
  WHERE d.hasText = false
  OPTIONAL MATCH (d)-[existing:ISSUED_BY]->(:Agency)
  WITH d, row, count(existing) AS named
  WHERE named = 0
  MATCH (g:Agency {id: row.agencyId})
  CREATE (d)-[:ISSUED_BY {position: row.position}]->(g)`);

export const createArticles = defineQuery(
  'createArticles',
  { id: 'doc_1', rows: [{ id: 'article_1', number: 1, heading: null, text: '', chapter: null, position: 0 }] },
  () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  CREATE (a:Article {id: row.id, number: row.number, heading: row.heading, text: row.text, chapter: row.chapter, position: row.position})
  CREATE (d)-[:HAS_ARTICLE]->(a)`,
);

export const createSections = defineQuery(
  'createSections',
  { id: 'doc_1', rows: [{ id: 'section_1', path: 'III.1', heading: null, text: '', position: 0 }] },
  () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  CREATE (s:Section {id: row.id, path: row.path, heading: row.heading, text: row.text, position: row.position})
  CREATE (d)-[:HAS_SECTION]->(s)`,
);

export const createClauses = defineQuery(
  'createClauses',
  { rows: [{ id: 'clause_1', articleId: 'article_1', label: '1', text: '', position: 0 }] },
  () => `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.articleId})
  CREATE (c:Clause {id: row.id, label: row.label, text: row.text, position: row.position})
  CREATE (a)-[:HAS_CLAUSE]->(c)`,
);

export const createDuties = defineQuery(
  'createDuties',
  {
    id: 'doc_1',
    rows: [{ id: 'duty_1', text: '', role: 'LEAD', source: 'Điều 1', frequency: null, deadline: null, position: 0, agencyId: 'agency_1' }],
  },
  () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  MATCH (g:Agency {id: row.agencyId})
  CREATE (u:Duty {id: row.id, text: row.text, role: row.role, source: row.source, frequency: row.frequency,
      deadline: row.deadline, position: row.position})
  CREATE (d)-[:HAS_DUTY]->(u)
  CREATE (u)-[:ASSIGNED_TO]->(g)`,
);

export const linkDutyArticles = defineQuery('linkDutyArticles', { rows: [{ id: 'duty_1', articleId: 'article_1' }] }, () => `
  UNWIND $rows AS row
  MATCH (u:Duty {id: row.id})
  MATCH (a:Article {id: row.articleId})
  CREATE (u)-[:STATED_IN]->(a)`);

export const linkDutyCollaborators = defineQuery('linkDutyCollaborators', { rows: [{ id: 'duty_1', agencyId: 'agency_1' }] }, () => `
  UNWIND $rows AS row
  MATCH (u:Duty {id: row.id})
  MATCH (g:Agency {id: row.agencyId})
  CREATE (u)-[:COLLABORATES_WITH]->(g)`);

export const linkDutyReportTo = defineQuery('linkDutyReportTo', { rows: [{ id: 'duty_1', agencyId: 'agency_1' }] }, () => `
  UNWIND $rows AS row
  MATCH (u:Duty {id: row.id})
  MATCH (g:Agency {id: row.agencyId})
  CREATE (u)-[:REPORTS_TO]->(g)`);

export const linkIssuers = defineQuery('linkIssuers', { id: 'doc_1', rows: [{ agencyId: 'agency_1', position: 0 }] }, () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  MATCH (g:Agency {id: row.agencyId})
  CREATE (d)-[:ISSUED_BY {position: row.position}]->(g)`);

export const createSignatures = defineQuery(
  'createSignatures',
  { id: 'doc_1', rows: [{ personId: 'person_1', name: 'Phan Chí Hùng', position: 'Chủ tịch', capacity: null, agencyId: null, ordinal: 0 }] },
  () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  MERGE (p:Person {id: row.personId})
  SET p.name = row.name
  CREATE (d)-[:SIGNED_BY {position: row.position, capacity: row.capacity, agencyId: row.agencyId, ordinal: row.ordinal}]->(p)`,
);

export const linkRecipients = defineQuery(
  'linkRecipients',
  { id: 'doc_1', rows: [{ agencyId: 'agency_1', name: 'UBND tỉnh', purpose: null, ordinal: 0 }] },
  () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  MATCH (g:Agency {id: row.agencyId})
  CREATE (d)-[:SENT_TO {name: row.name, purpose: row.purpose, ordinal: row.ordinal}]->(g)`,
);

export const createIssues = defineQuery(
  'createIssues',
  { id: 'doc_1', rows: [{ id: 'issue_1', kind: 'BLANK_NUMBER', message: '', quote: null }] },
  () => `
  MATCH (d:Document {id: $id})
  UNWIND $rows AS row
  CREATE (i:DataIssue {id: row.id, kind: row.kind, message: row.message, quote: row.quote})
  CREATE (d)-[:HAS_ISSUE]->(i)`,
);

export const deleteEverything = defineQuery('deleteEverything', {}, () => `MATCH (n) DETACH DELETE n`);
