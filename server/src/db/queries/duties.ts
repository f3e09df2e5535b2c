// Reads of duties: by document, by article, by agency, and the agencies around each duty.
import { defineQuery } from '../query.ts';
import type { Row } from '../store.ts';

export interface DutyModel {
  id: string;
  documentId: string;
  text: string;
  role: 'LEAD' | 'SUPPORT';
  source: string;
  frequency: string | null;
  deadline: string | null;
  position: number;
  agencyId: string;
  articleId: string | null;
}

const DUTY_COLUMNS = `u.id AS id, d.id AS documentId, u.text AS text, u.role AS role, u.source AS source,
  u.frequency AS frequency, u.deadline AS deadline, u.position AS position, g.id AS agencyId, a.id AS articleId`;

export function toDuty(row: Row): DutyModel {
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    text: (row.text as string | null) ?? '',
    role: row.role === 'SUPPORT' ? 'SUPPORT' : 'LEAD',
    source: (row.source as string | null) ?? '',
    frequency: (row.frequency as string | null) ?? null,
    deadline: (row.deadline as string | null) ?? null,
    position: (row.position as number | null) ?? 0,
    agencyId: row.agencyId as string,
    articleId: (row.articleId as string | null) ?? null,
  };
}

export const dutiesByDocuments = defineQuery('dutiesByDocuments', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[:HAS_DUTY]->(u:Duty)-[:ASSIGNED_TO]->(g:Agency)
  OPTIONAL MATCH (u)-[:STATED_IN]->(a:Article)
  RETURN ${DUTY_COLUMNS}`);

export const dutiesByArticles = defineQuery('dutiesByArticles', { ids: ['article_1'] }, () => `
  UNWIND $ids AS key
  MATCH (a:Article {id: key})<-[:STATED_IN]-(u:Duty)-[:ASSIGNED_TO]->(g:Agency)
  MATCH (d:Document)-[:HAS_DUTY]->(u)
  RETURN ${DUTY_COLUMNS}`);

export const dutiesByAgencies = defineQuery('dutiesByAgencies', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document)-[:HAS_DUTY]->(u:Duty)-[:ASSIGNED_TO]->(g:Agency {id: key})
  OPTIONAL MATCH (u)-[:STATED_IN]->(a:Article)
  RETURN ${DUTY_COLUMNS}`);

/** Collaborators and report-to agencies of each duty, in one round trip. */
export const dutyPartners = defineQuery('dutyPartners', { ids: ['duty_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (u:Duty {id: key})-[r:COLLABORATES_WITH|REPORTS_TO]->(g:Agency)
  RETURN u.id AS dutyId, ${d.relType('r')} AS kind, g.id AS agencyId`);
