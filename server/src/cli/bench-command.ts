// `cancu bench [--scale 0.01|0.1|1] [--json out.json]`: the benchmarks, as a table and as JSON.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from '../bench/run-bench.ts';
import { runBench } from '../bench/run-bench.ts';
import type { CommandInput } from './main.ts';
import { progressBar } from './progress-bar.ts';

const BIN = fileURLToPath(new URL('../../bin/cancu.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Targets of the national-scale issue, checked at scale 1 only. */
const TARGETS: Record<string, number> = {
  'document(number)': 5,
  'lineage up (commune)': 20,
  'lineage down (province)': 50,
  whoMustDo: 50,
  'impact (centre)': 300,
};

function generate(scale: number, outDir: string): Promise<{ file: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, 'generate', '--scale', String(scale), '--seed', '1', '--out', outDir, '--format', 'batch'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0
        ? resolveRun({ file: join(outDir, 'batches.jsonl'), seconds: (performance.now() - started) / 1000 })
        : reject(new Error(`cancu generate thoát với mã ${code}`)),
    );
  });
}

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));

function table(report: BenchReport): string {
  const lines: string[] = [];
  const { machine, corpus, load } = report;
  lines.push(`Máy: ${machine.cores} lõi, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform}); tỉ lệ ${report.scale}`);
  lines.push(
    `Bộ văn bản: ${corpus.documents} văn bản (${corpus.documentsWithText} có toàn văn), ${corpus.duties} nhiệm vụ` +
      (corpus.generatedSeconds !== null ? `; sinh trong ${fmt(corpus.generatedSeconds)} s` : corpus.reused ? ' (dùng lại kho đã có)' : ''),
  );
  if (!load.reused) {
    lines.push(
      `Nạp: ${fmt(load.seconds)} s, ${fmt(load.rowsPerSecond, 0)} dòng/s, RSS đỉnh ${fmt(load.peakRssMiB, 0)} MiB` +
        (load.failures ? `; ${load.failures} văn bản bị bỏ qua (trùng định danh)` : ''),
    );
  }
  lines.push(`Chỉ mục tìm kiếm: sẵn sàng sau ${fmt(report.searchIndexSeconds)} s`);
  lines.push(`Kho trên đĩa: ${fmt(report.databaseMiB, 0)} MiB`);
  lines.push('');
  lines.push('truy vấn                      GraphQL p50  GraphQL p95   thô p95   tỉ lệ  lượt kho  mục tiêu p95');
  for (const q of report.queries) {
    const target = TARGETS[q.name];
    const verdict =
      (target === undefined || report.scale !== 1 ? '' : q.graphql.p95Ms <= target ? ` ≤ ${target} ✓` : ` ≤ ${target} ✗`) +
      (q.overBudget ? ' (một lần đo: quá 10 s)' : '');
    lines.push(
      `${q.name.padEnd(28)}  ${fmt(q.graphql.medianMs, 2).padStart(10)}  ${fmt(q.graphql.p95Ms, 2).padStart(11)}  ${fmt(q.raw.p95Ms, 2).padStart(8)}  ${fmt(q.ratio, 2).padStart(6)}  ${String(q.roundTrips).padStart(8)}  ${verdict}`,
    );
  }
  lines.push('');
  lines.push(`Máy chủ: khởi động ${fmt(report.server.startSeconds, 2)} s; RSS khi nghỉ ${fmt(report.server.rssAtRestMiB, 0)} MiB, sau tải ${fmt(report.server.rssUnderLoadMiB, 0)} MiB`);
  for (const h of report.http) {
    lines.push(
      `HTTP ${h.name}: ${fmt(h.requestsPerSecond, 0)} yêu cầu/s, độ trễ p50 ${h.latencyP50Ms} ms, p99 ${h.latencyP99Ms} ms, lỗi ${h.errors}, khác 2xx ${h.non2xx} (${h.requests} yêu cầu)`,
    );
  }
  lines.push(
    'absent' in report.parser
      ? `Bộ đọc: ${report.parser.absent}`
      : `Bộ đọc: ${fmt(report.parser.documentsPerSecond, 0)} văn bản/s trên ${report.parser.files} văn bản thực (${fmt(report.parser.seconds, 1)} s)`,
  );
  return lines.join('\n');
}

/** Every figure the report must carry: a smoke run checks their presence, not their values. */
export function missingFigures(report: BenchReport): string[] {
  const missing: string[] = [];
  const need = (name: string, value: number | null | undefined) => {
    if (value === null || value === undefined || !Number.isFinite(value)) missing.push(name);
  };
  need('corpus.documents', report.corpus.documents || null);
  need('corpus.duties', report.corpus.duties || null);
  if (!report.load.reused) {
    need('load.seconds', report.load.seconds);
    need('load.rowsPerSecond', report.load.rowsPerSecond);
    need('load.peakRssMiB', report.load.peakRssMiB);
  }
  need('databaseMiB', report.databaseMiB);
  for (const name of ['document(number)', 'lineage up (commune)', 'lineage down (province)', 'documents paging', 'agency profile', 'whoMustDo', 'impact (centre)', 'impact (province)']) {
    const q = report.queries.find((x) => x.name === name);
    if (!q) missing.push(`query ${name}`);
    else for (const [k, v] of Object.entries({ median: q.graphql.medianMs, p95: q.graphql.p95Ms, raw: q.raw.p95Ms, ratio: q.ratio, trips: q.roundTrips })) need(`${name}.${k}`, v);
  }
  need('server.startSeconds', report.server.startSeconds);
  need('server.rssAtRestMiB', report.server.rssAtRestMiB || null);
  for (const name of ['document(number)', 'mixed reads']) {
    const h = report.http.find((x) => x.name === name);
    if (!h) missing.push(`http ${name}`);
    else need(`http ${name}`, h.requestsPerSecond || null);
  }
  return missing;
}

export async function runBenchCommand(input: CommandInput): Promise<number> {
  const scale = Number(input.values.scale ?? '0.01');
  if (!(scale > 0 && scale <= 1)) {
    console.error(`--scale phải trong (0, 1]: ${input.values.scale}`);
    return 2;
  }
  const smoke = scale < 0.05;
  const report = await runBench({
    scale,
    workDir: resolve((input.values.work as string | undefined) ?? process.env.CANCU_BENCH_DIR ?? join(REPO, 'data', 'bench')),
    runs: Number(input.values.runs ?? (smoke ? 20 : 50)),
    httpSeconds: Number(input.values.duration ?? (smoke ? 3 : 20)),
    httpConnections: 32,
    batches: input.values.batches as string | undefined,
    realCorpus: resolve(REPO, '..', 'shared', 'corpus', 'real'),
    generate,
    progress: progressBar(),
    log: (line) => console.error(line),
  });
  console.log(table(report));
  if (input.values.json) {
    writeFileSync(input.values.json as string, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nĐã ghi ${input.values.json}`);
  }
  const httpErrors = report.http.some((h) => h.errors > 0 || h.non2xx > 0);
  if (httpErrors) console.error('Có lỗi khi chịu tải HTTP.');
  const missing = missingFigures(report);
  if (missing.length) console.error(`Thiếu số đo: ${missing.join(', ')}`);
  return httpErrors || missing.length ? 1 : 0;
}
