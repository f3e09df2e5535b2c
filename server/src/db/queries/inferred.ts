// Reads and writes of the inferred relations: the cascade (DERIVED_FROM) and possible duplicates (SAME_AS).
import { defineQuery } from '../query.ts';

/** Documents with a subject or a number, with the unit they belong to and its parent. */
export const inferenceCandidates = defineQuery('inferenceCandidates', {}, () => `
  MATCH (d:Document)
  WHERE (d.title IS NOT NULL AND d.level <> 'UNKNOWN') OR d.number IS NOT NULL
  OPTIONAL MATCH (d)-[:IN_LOCALITY]->(l:Locality)
  OPTIONAL MATCH (l)-[:WITHIN]->(p:Locality)
  RETURN d.id AS id, d.number AS number, d.title AS title, d.issuedOn AS issuedOn, d.level AS level,
    d.hasText AS hasText, l.id AS localityId, p.id AS parentLocalityId`);

export const statedRelationsAmong = defineQuery('statedRelationsAmong', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (a:Document {id: key})-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|SUPERSEDES|REPEALS|CORRECTS]-(b:Document)
  WHERE r.inferred = false
  RETURN a.id AS aId, b.id AS bId`);

export const citersOf = defineQuery('citersOf', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (c:Document)-[r:BASED_ON|CITES]->(d:Document {id: key})
  WHERE r.inferred = false
  RETURN d.id AS citedId, c.id AS citerId, c.number AS citerNumber, c.kind AS citerKind, c.issuedYear AS citerYear`);

export const clearInferredRelations = defineQuery('clearInferredRelations', {}, () => `
  MATCH (:Document)-[r:DERIVED_FROM|SAME_AS]->(:Document)
  WHERE r.inferred = true
  DELETE r`);

export const createInferredSameAs = defineQuery(
  'createInferredSameAs',
  { rows: [{ fromId: 'doc_1', toId: 'doc_2', evidence: 'Có thể là cùng một văn bản …' }] },
  () => `
  UNWIND $rows AS row
  MATCH (a:Document {id: row.fromId})
  MATCH (b:Document {id: row.toId})
  CREATE (a)-[:SAME_AS {inferred: true, evidence: row.evidence}]->(b)`,
);

export const createInferredCascade = defineQuery(
  'createInferredCascade',
  { rows: [{ fromId: 'doc_1', toId: 'doc_2', evidence: 'Suy luận: …' }] },
  () => `
  UNWIND $rows AS row
  MATCH (a:Document {id: row.fromId})
  MATCH (b:Document {id: row.toId})
  CREATE (a)-[:DERIVED_FROM {inferred: true, evidence: row.evidence}]->(b)`,
);
