// Batched reads behind building the duty index from the store: the duties of a set of documents, with
// `d.id IN $ids` rather than UNWIND (LadybugDB plans the IN as one scan with a filter: about ten times
// faster on a large store, 100,000 duties in under a second). Rows are read through toDutyRecord.
import { defineQuery } from '../query.ts';

/** What the index needs of each duty of these documents: its words and where it applies, no more. */
export const dutySearchRecordsIn = defineQuery('dutySearchRecordsIn', { ids: ['doc_1'] }, () => `
  MATCH (d:Document)-[:HAS_DUTY]->(u:Duty)-[:ASSIGNED_TO]->(g:Agency)
  WHERE d.id IN $ids
  OPTIONAL MATCH (u)-[:STATED_IN]->(a:Article)
  OPTIONAL MATCH (g)-[:AGENCY_IN]->(gl:Locality)
  OPTIONAL MATCH (d)-[:IN_LOCALITY]->(dl:Locality)
  RETURN u.id AS id, d.id AS documentId, u.text AS text, g.id AS agencyId, g.name AS agencyName,
    g.level AS agencyLevel, a.heading AS heading, a.id AS articleId, coalesce(gl.id, dl.id) AS placeId`);

/**
 * The stored properties of duties the index found, by key alone: LadybugDB answers the key look-ups of
 * 400 duties in under 10 ms at 1M duties, but walking HAS_DUTY, ASSIGNED_TO or STATED_IN from them costs
 * 70–500 ms more. The index already knows each duty's document, agency and article.
 */
export const dutyPropertiesByIds = defineQuery('dutyPropertiesByIds', { ids: ['duty_1'] }, () => `
  UNWIND $ids AS key
  MATCH (u:Duty {id: key})
  RETURN u.id AS id, u.text AS text, u.role AS role, u.source AS source, u.frequency AS frequency,
    u.deadline AS deadline, u.position AS position`);
