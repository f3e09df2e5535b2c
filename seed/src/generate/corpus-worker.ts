// A worker thread writing some parts of a corpus (see write-corpus.ts), reporting each document.
import { parentPort, workerData } from 'node:worker_threads';
import { writePart, type PartsJob, type WorkerMessage } from './write-corpus.ts';

const { options, parts } = workerData as PartsJob;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
for (const index of parts) {
  const counts = writePart(options, index, null, (path) => post({ tick: path }));
  post({ done: index, counts });
}
