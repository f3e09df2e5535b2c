// Reads behind duty search and agency profiles: what the in-memory duty index is built from, the cheap
// fingerprint that tells it the store changed, duties by id, and the agencies an agency works with.
import { defineQuery } from '../query.ts';
import type { Row } from '../store.ts';
import type { DutyRecord } from '../../search/duty-index.ts';

/** Documents with duties and how many each has: lists what to index and shows what changed. */
export const dutyCountsByDocument = defineQuery('dutyCountsByDocument', {}, () => `
  MATCH (d:Document)-[:HAS_DUTY]->(u:Duty)
  RETURN d.id AS documentId, count(u) AS duties`);

export const dutyTotal = defineQuery('dutyTotal', {}, () => `
  MATCH (u:Duty)
  RETURN count(u) AS duties`);

/** What the index needs of each duty of these documents: its words and where it applies, no more. */
export const dutySearchRecords = defineQuery('dutySearchRecords', { ids: ['doc_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document {id: key})-[:HAS_DUTY]->(u:Duty)-[:ASSIGNED_TO]->(g:Agency)
  OPTIONAL MATCH (u)-[:STATED_IN]->(a:Article)
  OPTIONAL MATCH (g)-[:AGENCY_IN]->(gl:Locality)
  OPTIONAL MATCH (d)-[:IN_LOCALITY]->(dl:Locality)
  RETURN u.id AS id, d.id AS documentId, u.text AS text, g.id AS agencyId, g.name AS agencyName,
    g.level AS agencyLevel, a.heading AS heading, coalesce(gl.id, dl.id) AS placeId`);

export function toDutyRecord(row: Row): DutyRecord {
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    text: (row.text as string | null) ?? '',
    agencyId: row.agencyId as string,
    agencyName: (row.agencyName as string | null) ?? '',
    agencyLevel: (row.agencyLevel as string | null) ?? 'UNKNOWN',
    heading: (row.heading as string | null) ?? null,
    placeId: (row.placeId as string | null) ?? null,
  };
}

export const dutiesByIds = defineQuery('dutiesByIds', { ids: ['duty_1'] }, () => `
  UNWIND $ids AS key
  MATCH (d:Document)-[:HAS_DUTY]->(u:Duty {id: key})-[:ASSIGNED_TO]->(g:Agency)
  OPTIONAL MATCH (u)-[:STATED_IN]->(a:Article)
  RETURN u.id AS id, d.id AS documentId, u.text AS text, u.role AS role, u.source AS source,
    u.frequency AS frequency, u.deadline AS deadline, u.position AS position, g.id AS agencyId, a.id AS articleId`);

/** Agencies named as collaborators on an agency's duties, and how often. */
export const collaboratorsOfAgencies = defineQuery('collaboratorsOfAgencies', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS key
  MATCH (g:Agency {id: key})<-[:ASSIGNED_TO]-(u:Duty)-[:COLLABORATES_WITH]->(p:Agency)
  WHERE p.id <> g.id
  RETURN g.id AS agencyId, p.id AS partnerId, count(u) AS times`);

/** Agencies whose duties name this one as a collaborator. */
export const collaboratingWithAgencies = defineQuery('collaboratingWithAgencies', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS key
  MATCH (g:Agency {id: key})<-[:COLLABORATES_WITH]-(u:Duty)-[:ASSIGNED_TO]->(p:Agency)
  WHERE p.id <> g.id
  RETURN g.id AS agencyId, p.id AS partnerId, count(u) AS times`);

/** Agencies that bear the same duty (same words, same place in the same document). */
export const coBearersOfAgencies = defineQuery('coBearersOfAgencies', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS key
  MATCH (g:Agency {id: key})<-[:ASSIGNED_TO]-(u:Duty)<-[:HAS_DUTY]-(d:Document)
  MATCH (d)-[:HAS_DUTY]->(v:Duty)-[:ASSIGNED_TO]->(p:Agency)
  WHERE v.source = u.source AND v.text = u.text AND p.id <> g.id
  RETURN g.id AS agencyId, p.id AS partnerId, count(v) AS times`);

/** Agencies an agency's duties report to, and how often. */
export const reportTargetsOfAgencies = defineQuery('reportTargetsOfAgencies', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS key
  MATCH (g:Agency {id: key})<-[:ASSIGNED_TO]-(u:Duty)-[:REPORTS_TO]->(p:Agency)
  RETURN g.id AS agencyId, p.id AS partnerId, count(u) AS times`);

export interface AgencyLink {
  agencyId: string;
  partnerId: string;
  times: number;
}

export function toAgencyLink(row: Row): AgencyLink {
  return { agencyId: row.agencyId as string, partnerId: row.partnerId as string, times: Number(row.times ?? 0) };
}
