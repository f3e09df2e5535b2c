// `cancu generate`: writes a synthetic nationwide corpus (texts and pre-parsed batches), deterministic per scale and seed.
import { availableParallelism } from 'node:os';
import { SingleBar } from 'cli-progress';
import { writeCorpus, type CorpusCounts, type CorpusProgress, type OutputFormat } from '@cancu/seed/generate/write-corpus';
import type { CommandInput } from './main.ts';

const FORMATS: OutputFormat[] = ['text', 'batch', 'both'];

function progressBar(): CorpusProgress {
  if (!process.stderr.isTTY) return { start: () => {}, tick: () => {}, stop: () => {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: ' {bar} {value}/~{total} văn bản | {rate} văn bản/s | còn {eta_formatted} | {file}',
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = 0;
  let done = 0;
  return {
    start: (total) => {
      started = performance.now();
      bar.start(total, 0, { file: '', rate: '0' });
    },
    tick: (file) => {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      // the total is an estimate: grow it rather than run past it
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { file, rate: seconds > 0 ? (done / seconds).toFixed(0) : '…' });
    },
    stop: () => bar.stop(),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function summary(counts: CorpusCounts, out: string, dryRun: boolean): string {
  return [
    `${dryRun ? 'Sẽ sinh' : `Đã sinh vào ${out}`} ${counts.documents} văn bản trong ${counts.seconds.toFixed(1)} s` +
      ` (${counts.provinces} tỉnh, ${counts.districts} huyện, ${counts.communes} xã)`,
    `  điều: ${counts.articles}   nhiệm vụ: ${counts.duties}   quan hệ: ${counts.relations}`,
    `  văn bản: ${megabytes(counts.textBytes)}   batches.jsonl: ${megabytes(counts.batchBytes)}`,
  ].join('\n');
}

export async function runGenerate(input: CommandInput): Promise<number> {
  const scale = Number(input.values.scale ?? '0.01');
  const seed = Number(input.values.seed ?? '1');
  const format = String(input.values.format ?? 'both') as OutputFormat;
  const out = input.values.out as string | undefined;
  const dryRun = input.values['dry-run'] === true;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
    console.error('--scale phải là một phân số trong (0, 1], ví dụ 0.01');
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error('--seed phải là một số nguyên');
    return 2;
  }
  if (!FORMATS.includes(format)) {
    console.error(`--format phải là một trong: ${FORMATS.join(', ')}`);
    return 2;
  }
  if (!out && !dryRun) {
    console.error('Cần thư mục đích: cancu generate --out <dir> (hoặc --dry-run để chỉ đếm)');
    return 2;
  }
  const workers = Math.min(availableParallelism(), 4);
  const counts = await writeCorpus({ scale, seed, format, out: out ?? '', dryRun, workers }, progressBar());
  console.log(input.values.json ? JSON.stringify(counts, null, 2) : summary(counts, out ?? '', dryRun));
  return 0;
}
