// Parses, resolves and loads document files, one transaction each; a bad file is reported, never half-loaded.
import { basename } from 'node:path';
import { charsetName } from '@cancu/seed/files/decode-text';
import type { DocumentText } from '@cancu/seed/files/read-document-file';
import { DocumentFileError, listDocumentFiles, readDocument } from '@cancu/seed/files/read-document-file';
import { looksLikeDocument } from '@cancu/seed/parse/looks-like-document';
import type { ParsedDocument } from '@cancu/seed/parsed-document';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import type { GraphBatch } from '@cancu/seed/resolve/graph-batch';
import type { KnownDocument } from '@cancu/seed/resolve/reconcile-batches';
import { idsToLookUp, reconcileBatches } from '@cancu/seed/resolve/reconcile-batches';
import { resolveDocument } from '@cancu/seed/resolve/resolve-document';
import { basesResolution, knownDocuments } from '../db/queries/documents.ts';
import type { Store } from '../db/store.ts';
import { updateIndexFor } from '../search/store-index.ts';
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
  /** legal bases ("Căn cứ") of the loaded documents, and how many lead to a document with full text */
  bases: number;
  basesWithText: number;
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

/** What reading the file changed before parsing, told as data issues of the document. */
function readingNotes(source: DocumentText): ParsedDocument['warnings'] {
  const notes: ParsedDocument['warnings'] = [];
  if (source.charset !== 'utf-8') {
    notes.push({
      kind: 'LEGACY_ENCODING_CONVERTED',
      message: `Tệp lưu bằng bảng mã ${charsetName(source.charset)}, đã chuyển sang Unicode: nên đối chiếu với bản gốc`,
      line: null,
      quote: null,
    });
  }
  if (source.removedNulls > 0) {
    notes.push({
      kind: 'NUL_BYTES_REMOVED',
      message: `Tệp có ${source.removedNulls} ký tự rỗng (NUL) lẫn trong văn bản, đã bỏ qua`,
      line: null,
      quote: null,
    });
  }
  return notes;
}

/** Reads and parses one file; refuses what is not a Party or State document at all. */
export async function parseFile(file: string): Promise<ParsedDocument> {
  const source = await readDocument(file);
  const parsed = parseDocument(source.text, basename(file));
  if (parsed.warnings.some((w) => w.kind === 'NEAR_EMPTY')) {
    throw new DocumentFileError(
      file,
      'tệp gần như không có chữ: có lẽ là bản PDF quét (ảnh) không có lớp văn bản; cần nhận dạng chữ (OCR) trước khi nạp',
    );
  }
  const verdict = looksLikeDocument(parsed);
  if (!verdict.ok) throw new DocumentFileError(file, verdict.reason);
  return { ...parsed, warnings: [...readingNotes(source), ...parsed.warnings] };
}

/** Phase one: read, parse and resolve every file; a file that fails is reported, the others go on. */
async function readAll(files: string[], failures: IngestFailure[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) {
    try {
      read.push({ file, batch: resolveDocument(await parseFile(file)) });
    } catch (error) {
      failures.push({ file, reason: (error as Error & { reason?: string }).reason ?? (error as Error).message });
    }
  }
  return read;
}

/** What the store already holds of these documents, as one more source for reconciliation. */
export async function storedKnowledge(store: Store, ids: string[]): Promise<KnownDocument[]> {
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
    files: files.length, documents: 0, articles: 0, duties: 0, references: 0, dataIssues: 0, inferredRelations: 0, bases: 0, basesWithText: 0, failures: [], seconds: 0,
  };
  const read = await readAll(files, summary.failures);
  const batches = reconcileBatches(read.map((r) => r.batch), await storedKnowledge(store, idsToLookUp(read.map((r) => r.batch))));
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
  await updateIndexFor(store, batches.map((b) => b.document.id));
  summary.inferredRelations = await inferRelations(store);
  if (read.length) {
    const [resolution] = await store.read(basesResolution, { ids: batches.map((b) => b.document.id) });
    summary.bases = Number(resolution?.bases ?? 0);
    summary.basesWithText = Number(resolution?.withText ?? 0);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
