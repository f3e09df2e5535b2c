// First load of a large pre-parsed corpus (batches.jsonl) into an empty embedded store: every table
// written once as CSV and loaded with COPY, then the inferred relations. Two passes over the file:
// the first learns every document cited anywhere, so the second reconciles citations as ingest does.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { NodeSpec } from '@cancu/graph-schema/model';
import { nodes, relationships } from '@cancu/graph-schema/model';
import type { AgencyRow, DocumentRow, GraphBatch, LocalityRow } from '@cancu/seed/resolve/graph-batch';
import type { KnownDocument } from '@cancu/seed/resolve/reconcile-batches';
import { citationIndex, knownFrom, reconcileBatch } from '@cancu/seed/resolve/reconcile-batches';
import { LadybugStore } from '../db/ladybug/ladybug-store.ts';
import { storeCounts } from '../db/queries/documents.ts';
import { mergeAgencies } from '../db/queries/load.ts';
import type { Store } from '../db/store.ts';
import type { CsvValue } from './csv-table.ts';
import { CsvTable } from './csv-table.ts';
import { updateIndexFor } from '../search/store-index.ts';
import { inferRelations } from './infer-relations.ts';
import { writeBatch } from './write-batch.ts';
import type { IngestProgress, IngestSummary } from './ingest-files.ts';
import { storedKnowledge } from './ingest-files.ts';

async function* readBatches(file: string): AsyncGenerator<GraphBatch> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as GraphBatch;
}

function columnsOf(table: string): string[] {
  const node = (nodes as Record<string, NodeSpec>)[table];
  if (node) return Object.keys(node.properties);
  const rel = relationships.find((r) => r.type === table);
  if (!rel) throw new Error(`unknown table ${table}`);
  return ['from', 'to', ...Object.keys(rel.properties)];
}

/** One CSV per table of the model, rows written in the model's column order. */
class Tables {
  private readonly tables = new Map<string, CsvTable>();

  constructor(private readonly dir: string) {}

  row(table: string, record: Record<string, CsvValue>): void {
    let csv = this.tables.get(table);
    if (!csv) {
      csv = new CsvTable(join(this.dir, `${table}.csv`), columnsOf(table));
      this.tables.set(table, csv);
    }
    csv.write(csv.columns.map((c) => record[c]));
  }

  /** Lets every file's buffer empty before the next document is written (bounded memory). */
  async drained(): Promise<void> {
    for (const t of this.tables.values()) await t.drained();
  }

  async closeAll(): Promise<Map<string, CsvTable>> {
    for (const t of this.tables.values()) await t.close();
    return this.tables;
  }
}

/** Attributes of one document gathered from its text and every citation; the text wins. */
function mergeDocument(known: DocumentRow | undefined, row: DocumentRow): DocumentRow {
  if (!known) return { ...row };
  if (row.hasText && !known.hasText) return { ...row, localityId: row.localityId ?? known.localityId, issuerIds: row.issuerIds.length ? row.issuerIds : known.issuerIds };
  if (known.hasText) return known;
  return {
    ...known,
    kind: known.kind ?? row.kind,
    title: known.title ?? row.title,
    issuedOn: known.issuedOn ?? row.issuedOn,
    issuedYear: known.issuedYear ?? row.issuedYear,
    localityId: known.localityId ?? row.localityId,
    issuerIds: known.issuerIds.length ? known.issuerIds : row.issuerIds,
  };
}

function mergeAgency(known: AgencyRow | undefined, row: AgencyRow): AgencyRow {
  if (!known) return { ...row, aliases: [...row.aliases] };
  for (const alias of row.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
  known.localityId ??= row.localityId;
  known.parentId ??= row.parentId;
  return known;
}

export function canBulkLoad(store: Store): store is LadybugStore {
  return store instanceof LadybugStore;
}

/**
 * Loads batches.jsonl into an empty LadybugDB store. All or nothing: a failure before the COPY
 * leaves the store untouched; COPY itself is transactional per table, and the command says to
 * start again with --fresh if one fails.
 */
export async function bulkLoad(store: LadybugStore, file: string, progress: IngestProgress): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    files: 0, documents: 0, articles: 0, duties: 0, references: 0, dataIssues: 0, inferredRelations: 0, bases: 0, basesWithText: 0, failures: [], seconds: 0,
  };
  const known: KnownDocument[] = [];
  for await (const batch of readBatches(file)) {
    known.push(...knownFrom(batch));
    summary.files++;
  }
  const index = citationIndex(known);

  const dir = await mkdtemp(join(tmpdir(), 'cancu-bulk-'));
  try {
    const tables = new Tables(dir);
    const documents = new Map<string, DocumentRow>();
    const agencies = new Map<string, AgencyRow>();
    const localities = new Map<string, LocalityRow>();
    const persons = new Map<string, string>();
    const nested = new Map<string, { kind: string; fromId: string; toId: string; evidence: string | null }>();
    const textIds = new Set<string>();
    const basesTo: string[] = [];

    progress.start(summary.files);
    for await (const raw of readBatches(file)) {
      const batch = reconcileBatch(raw, index);
      const id = batch.document.id;
      progress.tick(batch.document.number ?? batch.document.file ?? id);
      if (textIds.has(id)) {
        summary.failures.push({ file: batch.document.file ?? id, reason: `văn bản ${batch.document.number ?? id} có hai lần trong tệp: bỏ qua lần sau` });
        continue;
      }
      textIds.add(id);
      documents.set(id, mergeDocument(documents.get(id), batch.document));
      for (const m of batch.mentioned) documents.set(m.id, mergeDocument(documents.get(m.id), m));
      for (const l of batch.localities) if (!localities.has(l.id)) localities.set(l.id, l);
      for (const a of batch.agencies) agencies.set(a.id, mergeAgency(agencies.get(a.id), a));

      for (const r of batch.relations) {
        if (r.fromId === id) {
          tables.row(r.kind, { from: r.fromId, to: r.toId, inferred: false, evidence: r.evidence, article: r.article, clause: r.clause });
          if (r.kind === 'BASED_ON') basesTo.push(r.toId);
        } else {
          nested.set(`${r.kind}|${r.fromId}|${r.toId}`, r);
        }
      }
      for (const a of batch.articles) {
        tables.row('Article', { ...a });
        tables.row('HAS_ARTICLE', { from: id, to: a.id });
      }
      for (const section of batch.sections ?? []) {
        tables.row('Section', { ...section });
        tables.row('HAS_SECTION', { from: id, to: section.id });
      }
      for (const c of batch.clauses) {
        tables.row('Clause', { ...c });
        tables.row('HAS_CLAUSE', { from: c.articleId, to: c.id });
      }
      for (const d of batch.duties) {
        tables.row('Duty', { ...d });
        tables.row('HAS_DUTY', { from: id, to: d.id });
        tables.row('ASSIGNED_TO', { from: d.id, to: d.agencyId });
        if (d.articleId) tables.row('STATED_IN', { from: d.id, to: d.articleId });
        for (const a of d.collaboratorIds) tables.row('COLLABORATES_WITH', { from: d.id, to: a });
        for (const a of d.reportToIds) tables.row('REPORTS_TO', { from: d.id, to: a });
      }
      for (const [position, agencyId] of batch.issuerIds.entries()) tables.row('ISSUED_BY', { from: id, to: agencyId, position });
      for (const s of batch.signatures) {
        persons.set(s.personId, s.name);
        tables.row('SIGNED_BY', { from: id, to: s.personId, position: s.position, capacity: s.capacity, agencyId: s.agencyId, ordinal: s.ordinal });
      }
      for (const r of batch.recipients) tables.row('SENT_TO', { from: id, to: r.agencyId, name: r.name, purpose: r.purpose, ordinal: r.ordinal });
      for (const i of batch.issues) {
        tables.row('DataIssue', { ...i });
        tables.row('HAS_ISSUE', { from: id, to: i.id });
      }
      summary.documents++;
      summary.articles += batch.articles.length;
      summary.duties += batch.duties.length;
      summary.references += batch.relations.length;
      summary.dataIssues += batch.issues.length;
      await tables.drained();
    }
    progress.stop();

    for (const d of documents.values()) {
      tables.row('Document', { ...d });
      if (d.localityId) tables.row('IN_LOCALITY', { from: d.id, to: d.localityId });
      if (!d.hasText) for (const [position, agencyId] of d.issuerIds.entries()) tables.row('ISSUED_BY', { from: d.id, to: agencyId, position });
    }
    for (const r of nested.values()) {
      const stated = textIds.has(r.fromId) ? null : r; // a text's own edges were written with it
      if (stated) tables.row(r.kind, { from: r.fromId, to: r.toId, inferred: false, evidence: r.evidence, article: null, clause: null });
    }
    for (const a of agencies.values()) {
      // lists of names may hold commas, which COPY cannot read inside a list: aliases are set after
      tables.row('Agency', { ...a, aliases: [] });
      if (a.localityId) tables.row('AGENCY_IN', { from: a.id, to: a.localityId });
      if (a.parentId) tables.row('PART_OF', { from: a.id, to: a.parentId });
    }
    for (const l of localities.values()) {
      tables.row('Locality', { ...l });
      if (l.parentId) tables.row('WITHIN', { from: l.id, to: l.parentId });
    }
    for (const [personId, name] of persons) tables.row('Person', { id: personId, name });

    const written = await tables.closeAll();
    const order = [...Object.keys(nodes), ...relationships.map((r) => r.type)];
    for (const table of order) {
      const csv = written.get(table);
      if (csv && csv.rows > 0) await store.bulkCopy(table, csv.path);
    }
    const withAliases = [...agencies.values()].filter((a) => a.aliases.length > 0);
    for (let i = 0; i < withAliases.length; i += 5000) {
      const rows = withAliases.slice(i, i + 5000).map(({ localityId: _l, parentId: _p, ...a }) => a);
      await store.write((tx) => tx.run(mergeAgencies, { rows }));
    }
    summary.inferredRelations = await inferRelations(store);
    summary.bases = basesTo.length;
    summary.basesWithText = basesTo.filter((id) => documents.get(id)?.hasText).length;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Loads a batches.jsonl file: with COPY into an empty embedded store, otherwise document by
 * document (one transaction each) on any store.
 */
export async function loadBatchFile(store: Store, file: string, progress: IngestProgress): Promise<IngestSummary> {
  const [count] = await store.read(storeCounts, {});
  if (canBulkLoad(store) && Number(count?.documents ?? 0) === 0) return bulkLoad(store, file, progress);
  const started = performance.now();
  const summary: IngestSummary = {
    files: 0, documents: 0, articles: 0, duties: 0, references: 0, dataIssues: 0, inferredRelations: 0, bases: 0, basesWithText: 0, failures: [], seconds: 0,
  };
  const known: KnownDocument[] = [];
  for await (const batch of readBatches(file)) {
    known.push(...knownFrom(batch));
    summary.files++;
  }
  const index = citationIndex([...known, ...(await storedKnowledge(store, [...new Set(known.map((k) => k.id))]))]);
  const written: string[] = [];
  progress.start(summary.files);
  for await (const raw of readBatches(file)) {
    const batch = reconcileBatch(raw, index);
    written.push(batch.document.id);
    progress.tick(batch.document.number ?? batch.document.file ?? batch.document.id);
    try {
      await writeBatch(store, batch);
      summary.documents++;
      summary.articles += batch.articles.length;
      summary.duties += batch.duties.length;
      summary.references += batch.relations.length;
      summary.dataIssues += batch.issues.length;
    } catch (error) {
      summary.failures.push({ file: batch.document.file ?? batch.document.id, reason: (error as Error).message });
    }
  }
  progress.stop();
  await updateIndexFor(store, written);
  summary.inferredRelations = await inferRelations(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
