// A progress bar with rate and ETA on a terminal; silence elsewhere (CI logs, pipes).
import { SingleBar } from 'cli-progress';
import type { IngestProgress } from '../ingest/ingest-files.ts';

export function progressBar(): IngestProgress {
  if (!process.stderr.isTTY) return { start: () => {}, tick: () => {}, stop: () => {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: ' {bar} {value}/{total} tệp | {rate} tệp/s | còn {eta_formatted} | {file}',
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = 0;
  return {
    start: (total) => {
      started = performance.now();
      bar.start(total, 0, { file: '', rate: '0' });
    },
    tick: (file) => {
      const seconds = (performance.now() - started) / 1000;
      const done = (bar.getProgress() * bar.getTotal()) + 1;
      bar.increment(1, { file, rate: seconds > 0 ? (done / seconds).toFixed(1) : '…' });
    },
    stop: () => bar.stop(),
  };
}
