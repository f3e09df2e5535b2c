// `cancu bench`: builds (or reuses) a generated store at a scale and measures it the same way every time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { LadybugStore } from '../db/ladybug/ladybug-store.ts';
import { benchTableCounts, benchNumbers } from '../db/queries/bench.ts';
import { storeCounts } from '../db/queries/documents.ts';
import { createGraphqlApp } from '../graphql/yoga.ts';
import { startDutyIndex } from '../search/store-index.ts';
import { loadBatchFile } from '../ingest/bulk-load.ts';
import type { IngestProgress } from '../ingest/ingest-files.ts';
import { PeakRss, timeRuns } from './measure.ts';
import type { Timing } from './measure.ts';
import { pickTargets, scenarios } from './scenarios.ts';
import { parserThroughput } from './parser-throughput.ts';

export interface BenchOptions {
  scale: number;
  /** where generated corpora and stores are kept between runs */
  workDir: string;
  /** repetitions per query (warm) */
  runs: number;
  /** seconds of each HTTP load */
  httpSeconds: number;
  httpConnections: number;
  /** pre-parsed corpus to load instead of generating one */
  batches?: string;
  /** the real corpus for parser throughput; reported absent when missing */
  realCorpus: string;
  /** generates batches.jsonl for a scale into a directory; returns its path and the seconds it took */
  generate: (scale: number, outDir: string) => Promise<{ file: string; seconds: number }>;
  progress: IngestProgress;
  log: (line: string) => void;
}

export interface QueryResult {
  name: string;
  /** one request took longer than the budget: measured once, not repeated */
  overBudget: boolean;
  graphql: Timing;
  raw: Timing;
  ratio: number;
  roundTrips: number;
}

export interface HttpResult {
  name: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
}

export interface BenchReport {
  machine: { cores: number; memoryGiB: number; node: string; platform: string };
  scale: number;
  corpus: { documents: number; documentsWithText: number; duties: number; generatedSeconds: number | null; reused: boolean };
  load: { seconds: number | null; rowsPerSecond: number | null; peakRssMiB: number | null; reused: boolean; failures: number };
  /** the duty search index: built from the store on a first run, loaded from its file afterwards */
  searchIndexSeconds: number;
  databaseMiB: number;
  queries: QueryResult[];
  server: { startSeconds: number; rssAtRestMiB: number; rssUnderLoadMiB: number };
  http: HttpResult[];
  parser: { documentsPerSecond: number; files: number; seconds: number } | { absent: string };
}

const MiB = 1024 * 1024;

function directorySize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Beyond this, one request is measured once (see runBench). */
const QUERY_BUDGET_MS = 10_000;

async function graphqlTiming(app: ReturnType<typeof createGraphqlApp>, query: string, variables: () => Record<string, unknown>, runs: number, warmup?: number) {
  return timeRuns(async () => {
    const response = await app.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables() }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`GraphQL error in benchmark: ${body.errors[0]!.message}`);
  }, runs, warmup);
}

const BIN = fileURLToPath(new URL('../../bin/cancu.mjs', import.meta.url));

/** Starts `cancu serve` on the bench store in its own process, as users run it. */
async function startServer(dataDir: string): Promise<{ url: string; pid: number; seconds: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/http:\/\/localhost:(\d+)\//);
      if (match) resolveUrl(`http://127.0.0.1:${match[1]}`);
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`cancu serve exited (${code}): ${out}`)));
  });
  const probe = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ documents(first: 1) { totalCount } }' }),
  });
  if (!probe.ok) throw new Error(`the bench server answered ${probe.status}`);
  const seconds = (performance.now() - started) / 1000;
  return {
    url,
    pid: child.pid!,
    seconds,
    stop: () =>
      new Promise<void>((resolveStop) => {
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)\s+kB/)?.[1] ?? 0);
  return (kb * 1024) / MiB;
}

async function httpLoad(name: string, url: string, bodies: string[], seconds: number, connections: number): Promise<HttpResult> {
  let i = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[i++ % bodies.length] }),
      },
    ],
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const scaleDir = resolve(options.workDir, `scale-${options.scale}`);
  const dataDir = join(scaleDir, 'store');
  const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform}-${process.arch}` };
  options.log(`Máy: ${machine.cores} lõi, ${machine.memoryGiB} GiB, Node ${machine.node}`);

  const store = new LadybugStore({ dir: dataDir });
  await store.migrate();
  const [existing] = await store.read(storeCounts, {});
  const reused = Number(existing?.documents ?? 0) > 0;
  let generatedSeconds: number | null = null;
  const load: BenchReport['load'] = { seconds: null, rowsPerSecond: null, peakRssMiB: null, reused, failures: 0 };
  if (!reused) {
    let file = options.batches;
    if (!file) {
      options.log(`Sinh bộ văn bản toàn quốc, tỉ lệ ${options.scale}…`);
      const generated = await options.generate(options.scale, join(scaleDir, 'corpus'));
      file = generated.file;
      generatedSeconds = generated.seconds;
    }
    options.log(`Nạp ${file}…`);
    const rss = new PeakRss();
    const summary = await loadBatchFile(store, file, options.progress);
    load.peakRssMiB = rss.stop() / MiB;
    load.failures = summary.failures.length;
    if (summary.failures.length) {
      options.log(`${summary.failures.length} văn bản không nạp được, ví dụ: ${summary.failures.slice(0, 3).map((f) => `${f.file}: ${f.reason}`).join('; ')}`);
    }
    load.seconds = summary.seconds;
    load.rowsPerSecond = (summary.documents + summary.articles + summary.duties + summary.references) / summary.seconds;
  }
  const [counts] = await store.read(storeCounts, {});
  const [duties] = await store.read(benchTableCounts, {});
  const corpus = {
    documents: Number(counts?.documents ?? 0),
    documentsWithText: Number(counts?.withText ?? 0),
    duties: Number(duties?.duties ?? 0),
    generatedSeconds,
    reused,
  };
  options.log(`Kho: ${corpus.documents} văn bản (${corpus.documentsWithText} có toàn văn), ${corpus.duties} nhiệm vụ`);

  const indexStarted = performance.now();
  await startDutyIndex(store, { dir: dataDir, log: options.log });
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  options.log(`Chỉ mục tìm kiếm nhiệm vụ sẵn sàng sau ${indexSeconds.toFixed(1)} s`);
  const app = createGraphqlApp(store);
  const targets = await pickTargets(store);
  const queries: QueryResult[] = [];
  for (const scenario of scenarios(store, targets)) {
    const before = store.roundTrips;
    const first = await graphqlTiming(app, scenario.query, scenario.variables, 1, 0);
    const roundTrips = store.roundTrips - before;
    // a request far over any target is measured once: repeating it would only make the bench hours long
    const overBudget = first.p95Ms > QUERY_BUDGET_MS;
    const graphql = overBudget ? first : await graphqlTiming(app, scenario.query, scenario.variables, options.runs);
    const raw = await timeRuns(scenario.raw, overBudget ? 1 : options.runs, overBudget ? 0 : undefined);
    queries.push({ name: scenario.name, overBudget, graphql, raw, ratio: graphql.p95Ms / raw.p95Ms, roundTrips });
    options.log(`  ${scenario.name}: p95 ${graphql.p95Ms.toFixed(1)} ms (thô ${raw.p95Ms.toFixed(1)} ms)`);
  }
  const numbers = (await store.read(benchNumbers, { limit: 200 })).map((r) => r.number as string);
  await store.close();
  const databaseMiB = directorySize(dataDir) / MiB;

  const server = await startServer(dataDir);
  const http: HttpResult[] = [];
  let rssAtRestMiB = 0;
  let rssUnderLoadMiB = 0;
  try {
    rssAtRestMiB = rssOf(server.pid);
    const byNumber = numbers.map((n) => JSON.stringify({ query: 'query ($n: String) { document(number: $n) { id number title level } }', variables: { n } }));
    const mixed = [
      ...byNumber.slice(0, 50),
      ...(targets.communeId
        ? [JSON.stringify({ query: 'query ($id: ID!) { lineage(documentId: $id, direction: UP) { nodes { id label } edges { id } } }', variables: { id: targets.communeId } })]
        : []),
      JSON.stringify({ query: '{ documents(search: "dân vận", first: 20) { totalCount edges { node { id number } } } }' }),
    ];
    http.push(await httpLoad('document(number)', server.url, byNumber, options.httpSeconds, options.httpConnections));
    http.push(await httpLoad('mixed reads', server.url, mixed, options.httpSeconds, options.httpConnections));
    rssUnderLoadMiB = rssOf(server.pid);
  } finally {
    await server.stop();
  }

  return {
    machine,
    scale: options.scale,
    corpus,
    load,
    searchIndexSeconds: indexSeconds,
    databaseMiB,
    queries,
    server: { startSeconds: server.seconds, rssAtRestMiB, rssUnderLoadMiB },
    http,
    parser: await parserThroughput(options.realCorpus),
  };
}
