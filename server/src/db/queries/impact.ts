// One hop of an impact walk: the relations by which other documents depend on a frontier of documents.
import { defineQuery } from '../query.ts';
import type { Row } from '../store.ts';

/** the relations a dependant states (or is inferred to have) towards what it depends on */
export const DEPENDENCY_RELATIONS = ['BASED_ON', 'IMPLEMENTS', 'GUIDES', 'DERIVED_FROM', 'SAME_AS', 'CITES'] as const;

export interface DependencyRow {
  /** the edge as stored: source → target */
  fromId: string;
  toId: string;
  kind: string;
  inferred: boolean;
  article: number | null;
  clause: string | null;
  evidence: string | null;
  /** the frontier document the edge reaches, and the document that depends on it through the edge */
  frontierId: string;
  dependentId: string;
  dependentStatus: string | null;
}

export function toDependency(row: Row): DependencyRow {
  return {
    fromId: row.fromId as string,
    toId: row.toId as string,
    kind: row.kind as string,
    inferred: row.inferred === true,
    article: (row.article as number | null) ?? null,
    clause: (row.clause as string | null) ?? null,
    evidence: (row.evidence as string | null) ?? null,
    frontierId: row.frontierId as string,
    dependentId: row.dependentId as string,
    dependentStatus: (row.dependentStatus as string | null) ?? null,
  };
}

const COLUMNS = `r.inferred AS inferred, r.article AS article, r.clause AS clause, r.evidence AS evidence`;

/**
 * Dependants of the frontier: every relation pointing at it, and SAME_AS in both directions (two
 * numbers of one document share its dependants). One round trip however large the frontier.
 */
export const dependantsOf = defineQuery('dependantsOf', { ids: ['doc_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (b:Document {id: key})<-[r:${DEPENDENCY_RELATIONS.join('|')}]-(a:Document)
  RETURN a.id AS fromId, b.id AS toId, ${d.relType('r')} AS kind, ${COLUMNS},
    b.id AS frontierId, a.id AS dependentId, a.status AS dependentStatus
  UNION ALL
  UNWIND $ids AS key
  MATCH (b:Document {id: key})-[r:SAME_AS]->(a:Document)
  RETURN b.id AS fromId, a.id AS toId, ${d.relType('r')} AS kind, ${COLUMNS},
    b.id AS frontierId, a.id AS dependentId, a.status AS dependentStatus`);
