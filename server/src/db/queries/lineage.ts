// One hop of a lineage walk: the relations leaving (UP) or reaching (DOWN) a frontier of documents.
import { defineQuery } from '../query.ts';
import { RELATION_PATTERN } from './documents.ts';

export const lineageUp = defineQuery('lineageUp', { ids: ['doc_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (a:Document {id: key})-[r:${RELATION_PATTERN}]->(b:Document)
  RETURN a.id AS fromId, b.id AS toId, ${d.relType('r')} AS kind, r.inferred AS inferred`);

export const lineageDown = defineQuery('lineageDown', { ids: ['doc_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (b:Document {id: key})<-[r:${RELATION_PATTERN}]-(a:Document)
  RETURN a.id AS fromId, b.id AS toId, ${d.relType('r')} AS kind, r.inferred AS inferred`);
