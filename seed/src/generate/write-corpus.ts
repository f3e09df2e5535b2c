// Streams a generated corpus to disk: one text file per document under text/, and batches.jsonl
// with each document's GraphBatch, one per line, resolved from what the parser should read.
// Parts (the centre, each province) can be written by worker threads and joined in order.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { resolveDocument } from '../resolve/resolve-document.ts';
import { corpusParts, partDocuments, plannedUnits, type GenerateOptions } from './generate-corpus.ts';

export type OutputFormat = 'text' | 'batch' | 'both';

export interface WriteOptions extends GenerateOptions {
  out: string;
  format: OutputFormat;
  /** count only: generate and resolve every document, write nothing */
  dryRun?: boolean;
  /** worker threads; 1 writes everything on this thread */
  workers?: number;
}

export interface CorpusProgress {
  start(estimatedTotal: number): void;
  tick(path: string): void;
  stop(): void;
}

export interface CorpusCounts {
  provinces: number;
  districts: number;
  communes: number;
  documents: number;
  articles: number;
  duties: number;
  relations: number;
  textBytes: number;
  batchBytes: number;
  seconds: number;
}

export type PartCounts = Pick<CorpusCounts, 'documents' | 'articles' | 'duties' | 'relations' | 'textBytes' | 'batchBytes'>;

/** What a worker thread is asked to write. */
export interface PartsJob {
  options: WriteOptions;
  parts: number[];
}

export type WorkerMessage = { tick: string } | { done: number; counts: PartCounts };

const SILENT: CorpusProgress = { start: () => {}, tick: () => {}, stop: () => {} };
const FLUSH_BYTES = 8 * 1024 * 1024;

/** Documents per unit on average: the estimate a progress bar starts from. */
function estimate(units: ReturnType<typeof plannedUnits>): number {
  return Math.round(3 + 2 * units.provinces + 3 * units.districts + 2.2 * units.communes);
}

function partFile(out: string, index: number): string {
  return join(out, '.parts', `${String(index).padStart(3, '0')}.jsonl`);
}

/** Writes one part: its text files, and its batches to `batchesFd` (or its own part file when null). */
export function writePart(options: WriteOptions, index: number, batchesFd: number | null, tick: (path: string) => void): PartCounts {
  const counts: PartCounts = { documents: 0, articles: 0, duties: 0, relations: 0, textBytes: 0, batchBytes: 0 };
  const writeText = !options.dryRun && options.format !== 'batch';
  const writeBatch = !options.dryRun && options.format !== 'text';
  const ownFile = writeBatch && batchesFd === null;
  if (ownFile) mkdirSync(dirname(partFile(options.out, index)), { recursive: true });
  const fd = ownFile ? openSync(partFile(options.out, index), 'w') : batchesFd;
  const madeDirs = new Set<string>();
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (writeBatch && fd !== null && pending.length > 0) writeSync(fd, pending.join(''));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (const doc of partDocuments(options, index)) {
      const batch = resolveDocument(doc.reading);
      const line = `${JSON.stringify(batch)}\n`;
      counts.documents += 1;
      counts.articles += batch.articles.length;
      counts.duties += batch.duties.length;
      counts.relations += batch.relations.length;
      counts.textBytes += Buffer.byteLength(doc.text);
      counts.batchBytes += Buffer.byteLength(line);
      if (writeText) {
        const path = join(options.out, 'text', doc.path);
        const dir = dirname(path);
        if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true }), madeDirs.add(dir);
        writeFileSync(path, doc.text);
      }
      if (writeBatch) {
        pending.push(line);
        pendingBytes += line.length;
        if (pendingBytes > FLUSH_BYTES) flush();
      }
      tick(doc.path);
    }
    flush();
  } finally {
    if (ownFile && fd !== null) closeSync(fd);
  }
  return counts;
}

function add(total: CorpusCounts, part: PartCounts): void {
  for (const key of Object.keys(part) as Array<keyof PartCounts>) total[key] += part[key];
}

export async function writeCorpus(options: WriteOptions, progress: CorpusProgress = SILENT): Promise<CorpusCounts> {
  const started = performance.now();
  const units = plannedUnits(options);
  const counts: CorpusCounts = { ...units, documents: 0, articles: 0, duties: 0, relations: 0, textBytes: 0, batchBytes: 0, seconds: 0 };
  const parts = corpusParts(options);
  const workers = Math.max(1, Math.min(options.workers ?? 1, parts.length));
  if (!options.dryRun) mkdirSync(options.out, { recursive: true });
  progress.start(estimate(units));
  try {
    if (workers === 1) {
      const writeBatch = !options.dryRun && options.format !== 'text';
      const fd = writeBatch ? openSync(join(options.out, 'batches.jsonl'), 'w') : null;
      try {
        parts.forEach((_, index) => add(counts, writePart(options, index, fd, (path) => progress.tick(path))));
      } finally {
        if (fd !== null) closeSync(fd);
      }
    } else {
      await writeInWorkers(options, parts, workers, counts, progress);
    }
  } finally {
    progress.stop();
  }
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}

/** Heaviest parts first, each to the least loaded worker: the same split for the same run. */
function assign(parts: Array<{ weight: number }>, workers: number): number[][] {
  const loads = Array.from({ length: workers }, () => ({ weight: 0, parts: [] as number[] }));
  const order = parts.map((p, index) => ({ ...p, index })).sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const part of order) {
    const lightest = loads.reduce((min, l) => (l.weight < min.weight ? l : min));
    lightest.weight += part.weight;
    lightest.parts.push(part.index);
  }
  return loads.map((l) => l.parts.sort((a, b) => a - b));
}

async function writeInWorkers(
  options: WriteOptions,
  parts: Array<{ weight: number }>,
  workers: number,
  counts: CorpusCounts,
  progress: CorpusProgress,
): Promise<void> {
  // the worker runs TypeScript: register tsx's hooks in it first, as bin/cancu.mjs does here
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./corpus-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  const jobs = assign(parts, workers).filter((j) => j.length > 0);
  await Promise.all(
    jobs.map(
      (job) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(boot, { eval: true, workerData: { options, parts: job } satisfies PartsJob });
          worker.on('message', (message: WorkerMessage) => {
            if ('tick' in message) progress.tick(message.tick);
            else add(counts, message.counts);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`corpus worker exited with code ${code}`))));
        }),
    ),
  );
  if (options.dryRun || options.format === 'text') return;
  const fd = openSync(join(options.out, 'batches.jsonl'), 'w');
  try {
    parts.forEach((_, index) => writeSync(fd, readFileSync(partFile(options.out, index))));
  } finally {
    closeSync(fd);
  }
  rmSync(join(options.out, '.parts'), { recursive: true, force: true });
}
