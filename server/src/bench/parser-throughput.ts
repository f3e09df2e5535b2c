// Parser throughput on the real corpus, when it is beside the repository.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { listDocumentFiles, readDocumentFile } from '@cancu/seed/files/read-document-file';
import { parseDocument } from '@cancu/seed/parse/parse-document';

export async function parserThroughput(dir: string): Promise<{ documentsPerSecond: number; files: number; seconds: number } | { absent: string }> {
  if (!existsSync(dir)) return { absent: `không có bộ văn bản thực ở ${dir}: bỏ qua đo tốc độ đọc` };
  const files = await listDocumentFiles([dir]);
  const texts: Array<[string, string]> = [];
  for (const file of files) {
    try {
      texts.push([basename(file), await readDocumentFile(file)]);
    } catch {
      // unreadable files are the ingest's to report; the parser is timed on the readable ones
    }
  }
  const started = performance.now();
  for (const [name, text] of texts) parseDocument(text, name);
  const seconds = (performance.now() - started) / 1000;
  return { documentsPerSecond: texts.length / seconds, files: texts.length, seconds };
}
