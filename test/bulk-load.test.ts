// The COPY path of a first load gives the very same graph as loading document by document.
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import { resolveDocument } from '@cancu/seed/resolve/resolve-document';
import { defineQuery } from 'cancu/db/query';
import type { Store } from 'cancu/db/store';
import { loadBatchFile } from 'cancu/ingest/bulk-load';
import { ingestFiles } from 'cancu/ingest/ingest-files';
import type { TempStore } from 'cancu/testing/temp-store';
import { tempLadybugStore } from 'cancu/testing/temp-store';

const silent = { start: () => {}, tick: () => {}, stop: () => {} };

const dumpDocuments = defineQuery('testDumpDocuments', {}, () => `
  MATCH (d:Document)
  OPTIONAL MATCH (d)-[:IN_LOCALITY]->(l:Locality)
  RETURN d.id AS id, d.number AS number, d.kind AS kind, d.level AS level, d.hasText AS hasText, d.issuedOn AS issuedOn, l.id AS locality
  ORDER BY id`);
const dumpRelations = defineQuery('testDumpRelations', {}, (d) => `
  MATCH (a:Document)-[r]->(b:Document)
  RETURN a.id AS fromId, ${d.relType('r')} AS kind, b.id AS toId, r.inferred AS inferred, r.article AS article, r.clause AS clause
  ORDER BY fromId, kind, toId, article, clause`);
const dumpDuties = defineQuery('testDumpDuties', {}, () => `
  MATCH (d:Document)-[:HAS_DUTY]->(u:Duty)-[:ASSIGNED_TO]->(g:Agency)
  OPTIONAL MATCH (u)-[:STATED_IN]->(a:Article)
  RETURN d.id AS documentId, u.id AS id, u.source AS source, u.role AS role, g.name AS agency, a.number AS article
  ORDER BY id`);
const dumpAgencies = defineQuery('testDumpAgencies', {}, () => `
  MATCH (g:Agency)
  OPTIONAL MATCH (g)-[:PART_OF]->(p:Agency)
  OPTIONAL MATCH (g)-[:AGENCY_IN]->(l:Locality)
  RETURN g.id AS id, g.name AS name, g.level AS level, g.isGroup AS isGroup, p.id AS parent, l.id AS locality
  ORDER BY id`);
const dumpIssuers = defineQuery('testDumpIssuers', {}, () => `
  MATCH (d:Document)-[r:ISSUED_BY]->(g:Agency)
  RETURN d.id AS documentId, g.id AS agencyId, r.position AS position
  ORDER BY documentId, position, agencyId`);
const dumpIssues = defineQuery('testDumpIssues', {}, () => `
  MATCH (d:Document)-[:HAS_ISSUE]->(i:DataIssue)
  RETURN d.id AS documentId, i.kind AS kind, i.message AS message
  ORDER BY documentId, kind, message`);

async function dump(store: Store) {
  const out: Record<string, unknown> = {};
  for (const q of [dumpDocuments, dumpRelations, dumpDuties, dumpAgencies, dumpIssuers, dumpIssues]) out[q.name] = await store.read(q, {});
  return out;
}

let byDocument: TempStore;
let byCopy: TempStore;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cancu-batches-'));
  const files = readdirSync(SEED_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const lines = files.map((f) => JSON.stringify(resolveDocument(parseDocument(readFileSync(join(SEED_CORPUS_DIR, f), 'utf8'), f))));
  writeFileSync(join(dir, 'batches.jsonl'), `${lines.join('\n')}\n`);
  byDocument = await tempLadybugStore();
  byCopy = await tempLadybugStore();
  await ingestFiles(byDocument.store, [SEED_CORPUS_DIR]);
});

afterAll(async () => {
  await byDocument?.dispose();
  await byCopy?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('bulk load of pre-parsed batches', () => {
  it('loads an empty store through COPY into the same graph as document-by-document ingest', async () => {
    const tripsBefore = byCopy.store.roundTrips;
    const summary = await loadBatchFile(byCopy.store, join(dir, 'batches.jsonl'), silent);
    expect(summary.failures).toEqual([]);
    expect(summary.documents).toBe(5);
    // COPY: one round trip per table, not one per row
    expect(byCopy.store.roundTrips - tripsBefore).toBeLessThan(60);
    const [a, b] = [await dump(byDocument.store), await dump(byCopy.store)];
    for (const key of Object.keys(a)) expect({ [key]: b[key] }).toEqual({ [key]: a[key] });
  });

  it('loads into a store that already holds documents one transaction per document, without duplicating', async () => {
    const summary = await loadBatchFile(byDocument.store, join(dir, 'batches.jsonl'), silent);
    expect(summary.failures).toEqual([]);
    const [a, b] = [await dump(byDocument.store), await dump(byCopy.store)];
    for (const key of Object.keys(a)) expect({ [key]: b[key] }).toEqual({ [key]: a[key] });
  });
});
