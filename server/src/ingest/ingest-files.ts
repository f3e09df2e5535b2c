// Parses, resolves and loads document files, one transaction each; a bad file is reported, never half-loaded.
import { basename } from 'node:path';
import { listDocumentFiles, readDocumentFile } from '@cancu/seed/files/read-document-file';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import type { GraphBatch } from '@cancu/seed/resolve/graph-batch';
import type { KnownDocument } from '@cancu/seed/resolve/reconcile-batches';
import { idsToLookUp, reconcileBatches } from '@cancu/seed/resolve/reconcile-batches';
import { resolveDocument } from '@cancu/seed/resolve/resolve-document';
import { knownDocuments } from '../db/queries/documents.ts';
import type { Store } from '../db/store.ts';
import { inferRelations } from './infer-relations.ts';
import { writeBatch } from './write-batch.ts';

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  documents: number;
  articles: number;
  duties: number;
  references: number;
  dataIssues: number;
  inferredRelations: number;
  failures: IngestFailure[];
  seconds: number;
}

export interface IngestProgress {
  start(total: number): void;
  tick(file: string): void;
  stop(): void;
}

const silent: IngestProgress = { start: () => {}, tick: () => {}, stop: () => {} };

interface ReadFile {
  file: string;
  batch: GraphBatch;
}

/** Phase one: read, parse and resolve every file; a file that fails is reported, the others go on. */
async function readAll(files: string[], failures: IngestFailure[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) {
    try {
      const text = await readDocumentFile(file);
      read.push({ file, batch: resolveDocument(parseDocument(text, basename(file))) });
    } catch (error) {
      failures.push({ file, reason: (error as Error & { reason?: string }).reason ?? (error as Error).message });
    }
  }
  return read;
}

async function storedKnowledge(store: Store, batches: GraphBatch[]): Promise<KnownDocument[]> {
  const ids = idsToLookUp(batches);
  if (ids.length === 0) return [];
  const rows = await store.read(knownDocuments, { ids });
  return rows.map((r) => ({
    id: r.id as string,
    number: (r.number as string | null) ?? null,
    issuedOn: (r.issuedOn as string | null) ?? null,
    issuerName: (r.issuerName as string | null) ?? null,
    source: 'kho dữ liệu',
  }));
}

export async function ingestFiles(store: Store, paths: string[], progress: IngestProgress = silent): Promise<IngestSummary> {
  const started = performance.now();
  const files = await listDocumentFiles(paths);
  const summary: IngestSummary = {
    files: files.length, documents: 0, articles: 0, duties: 0, references: 0, dataIssues: 0, inferredRelations: 0, failures: [], seconds: 0,
  };
  const read = await readAll(files, summary.failures);
  const batches = reconcileBatches(read.map((r) => r.batch), await storedKnowledge(store, read.map((r) => r.batch)));
  progress.start(read.length);
  for (const [i, { file }] of read.entries()) {
    const batch = batches[i]!;
    try {
      await writeBatch(store, batch);
      summary.documents++;
      summary.articles += batch.articles.length;
      summary.duties += batch.duties.length;
      summary.references += batch.relations.length;
      summary.dataIssues += batch.issues.length;
    } catch (error) {
      summary.failures.push({ file, reason: (error as Error).message });
    }
    progress.tick(basename(file));
  }
  progress.stop();
  summary.inferredRelations = await inferRelations(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
