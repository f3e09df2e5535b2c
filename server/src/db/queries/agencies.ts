// Reads of agencies and localities.
import type { Dialect } from '../dialect.ts';
import { defineQuery } from '../query.ts';
import type { Row } from '../store.ts';

export interface AgencyModel {
  id: string;
  name: string;
  aliases: string[];
  level: string;
  isGroup: boolean;
  localityId: string | null;
  parentId: string | null;
}

const AGENCY_COLUMNS = `g.id AS id, g.name AS name, g.aliases AS aliases, g.level AS level, g.isGroup AS isGroup`;

export function toAgency(row: Row): AgencyModel {
  return {
    id: row.id as string,
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    level: (row.level as string | null) ?? 'UNKNOWN',
    isGroup: row.isGroup === true,
    localityId: (row.localityId as string | null) ?? null,
    parentId: (row.parentId as string | null) ?? null,
  };
}

export const agenciesByIds = defineQuery('agenciesByIds', { ids: ['agency_1'] }, () => `
  UNWIND $ids AS key
  MATCH (g:Agency {id: key})
  OPTIONAL MATCH (g)-[:AGENCY_IN]->(l:Locality)
  OPTIONAL MATCH (g)-[:PART_OF]->(p:Agency)
  RETURN ${AGENCY_COLUMNS}, l.id AS localityId, p.id AS parentId`);

const agencyFilter = (d: Dialect) => `WHERE (${d.str('$search')} IS NULL OR g.searchText CONTAINS ${d.str('$search')})`;

export const searchAgencies = defineQuery('searchAgencies', { search: 'uy ban' as string | null, skip: 0, limit: 20 }, (d) => `
  MATCH (g:Agency)
  ${agencyFilter(d)}
  OPTIONAL MATCH (g)-[:AGENCY_IN]->(l:Locality)
  OPTIONAL MATCH (g)-[:PART_OF]->(p:Agency)
  RETURN ${AGENCY_COLUMNS}, l.id AS localityId, p.id AS parentId
  ORDER BY name, id
  SKIP $skip LIMIT $limit`);

export const countAgencies = defineQuery('countAgencies', { search: 'uy ban' as string | null }, (d) => `
  MATCH (g:Agency)
  ${agencyFilter(d)}
  RETURN count(g) AS total`);

/** Documents an agency issued or received, for its profile. */
export const documentIdsByAgencies = defineQuery('documentIdsByAgencies', { ids: ['agency_1'] }, (d) => `
  UNWIND $ids AS key
  MATCH (g:Agency {id: key})<-[r:ISSUED_BY|SENT_TO]-(doc:Document)
  RETURN g.id AS agencyId, doc.id AS documentId, ${d.relType('r')} AS kind`);

export interface LocalityModel {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export const localitiesByIds = defineQuery('localitiesByIds', { ids: ['loc:52'] }, () => `
  UNWIND $ids AS key
  MATCH (l:Locality {id: key})
  OPTIONAL MATCH (l)-[:WITHIN]->(p:Locality)
  RETURN l.id AS id, l.name AS name, l.kind AS kind, p.id AS parentId`);

export function toLocality(row: Row): LocalityModel {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as string,
    parentId: (row.parentId as string | null) ?? null,
  };
}
