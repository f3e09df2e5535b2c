// `cancu ingest <file or dir>…`: parse and load, then a summary; non-zero exit naming each failed file.
import { loadBatchFile } from '../ingest/bulk-load.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import type { IngestSummary } from '../ingest/ingest-files.ts';
import type { CommandInput } from './main.ts';
import { progressBar } from './progress-bar.ts';
import { withStore } from './with-store.ts';

export function printSummary(summary: IngestSummary, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  console.log(
    [
      `Đã nạp ${summary.documents}/${summary.files} văn bản trong ${summary.seconds.toFixed(1)} s`,
      `  điều: ${summary.articles}   nhiệm vụ: ${summary.duties}   tham chiếu: ${summary.references}` +
        `   quan hệ suy luận: ${summary.inferredRelations}   vấn đề dữ liệu: ${summary.dataIssues}`,
      `  căn cứ: ${summary.bases}, trong đó ${summary.basesWithText} dẫn tới văn bản có toàn văn trong kho` +
        (summary.bases ? ` (${((100 * summary.basesWithText) / summary.bases).toFixed(1)}%)` : ''),
    ].join('\n'),
  );
  if (summary.failures.length) {
    console.error(`\n${summary.failures.length} tệp không nạp được:`);
    for (const f of summary.failures) console.error(`  ${f.file}: ${f.reason}`);
  }
}

export async function runIngest(input: CommandInput): Promise<number> {
  if (input.positionals.length === 0) {
    console.error('Cần ít nhất một tệp hoặc thư mục: cancu ingest <tệp hoặc thư mục>…');
    return 2;
  }
  const batchFiles = input.positionals.filter((p) => p.endsWith('.jsonl'));
  const textPaths = input.positionals.filter((p) => !p.endsWith('.jsonl'));
  if (batchFiles.length > 1 || (batchFiles.length === 1 && textPaths.length > 0)) {
    console.error('Một lần nạp: hoặc một tệp batches.jsonl (dạng đã đọc sẵn), hoặc các tệp/thư mục văn bản');
    return 2;
  }
  const summary = await withStore(input, (store) =>
    batchFiles[0] ? loadBatchFile(store, batchFiles[0], progressBar()) : ingestFiles(store, textPaths, progressBar()),
  );
  printSummary(summary, input.values.json === true);
  return summary.failures.length ? 1 : 0;
}
