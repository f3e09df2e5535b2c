// Parses, resolves and loads document files, one transaction each; a bad file is reported, never half-loaded.
import { basename } from 'node:path';
import { listDocumentFiles, readDocumentFile } from '@cancu/seed/files/read-document-file';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import { resolveDocument } from '@cancu/seed/resolve/resolve-document';
import type { Store } from '../db/store.ts';
import { inferCascade } from './infer-cascade.ts';
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

export async function ingestFiles(store: Store, paths: string[], progress: IngestProgress = silent): Promise<IngestSummary> {
  const started = performance.now();
  const files = await listDocumentFiles(paths);
  const summary: IngestSummary = {
    files: files.length, documents: 0, articles: 0, duties: 0, references: 0, dataIssues: 0, inferredRelations: 0, failures: [], seconds: 0,
  };
  progress.start(files.length);
  for (const file of files) {
    try {
      const text = await readDocumentFile(file);
      const batch = resolveDocument(parseDocument(text, basename(file)));
      await writeBatch(store, batch);
      summary.documents++;
      summary.articles += batch.articles.length;
      summary.duties += batch.duties.length;
      summary.references += batch.relations.length;
      summary.dataIssues += batch.issues.length;
    } catch (error) {
      summary.failures.push({ file, reason: (error as Error & { reason?: string }).reason ?? (error as Error).message });
    }
    progress.tick(basename(file));
  }
  progress.stop();
  summary.inferredRelations = await inferCascade(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
