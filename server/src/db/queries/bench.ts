// Reads that pick the targets of the benchmarks from whatever corpus is loaded.
import { defineQuery } from '../query.ts';

export const benchNumbers = defineQuery('benchNumbers', { limit: 200 }, () => `
  MATCH (d:Document)
  WHERE d.hasText = true AND d.number IS NOT NULL
  RETURN d.number AS number
  ORDER BY number
  LIMIT $limit`);

export const benchDocumentAtLevel = defineQuery('benchDocumentAtLevel', { level: 'COMMUNE' }, () => `
  MATCH (d:Document)
  WHERE d.hasText = true AND d.level = $level
  RETURN d.id AS id
  ORDER BY id
  LIMIT 1`);

export const benchBusiestAgency = defineQuery('benchBusiestAgency', {}, () => `
  MATCH (g:Agency)<-[:ASSIGNED_TO]-(u:Duty)
  WITH g, count(u) AS duties
  ORDER BY duties DESC
  LIMIT 1
  RETURN g.id AS id, duties`);

export const benchTableCounts = defineQuery('benchTableCounts', {}, () => `
  MATCH (u:Duty)
  RETURN count(u) AS duties`);
