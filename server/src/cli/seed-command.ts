// `cancu seed [--fresh]`: loads the bundled corpus (idempotent).
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { deleteEverything } from '../db/queries/load.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { printSummary } from './ingest-command.ts';
import type { CommandInput } from './main.ts';
import { progressBar } from './progress-bar.ts';
import { withStore } from './with-store.ts';

export async function runSeed(input: CommandInput): Promise<number> {
  const summary = await withStore(input, async (store) => {
    if (input.values.fresh) await store.write((tx) => tx.run(deleteEverything, {}));
    return ingestFiles(store, [SEED_CORPUS_DIR], progressBar());
  });
  printSummary(summary, input.values.json === true);
  return summary.failures.length ? 1 : 0;
}
