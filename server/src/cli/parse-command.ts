// `cancu parse <file>`: what the parser reads from one file, touching no store.
import { basename } from 'node:path';
import { readDocumentFile } from '@cancu/seed/files/read-document-file';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import type { ParsedDocument } from '@cancu/seed/parsed-document';
import type { CommandInput } from './main.ts';

function describe(doc: ParsedDocument): string {
  const mention = (m: ParsedDocument['bases'][number]) =>
    [m.number ?? m.name, m.kind, m.issuedOn, m.issuer].filter(Boolean).join(' · ');
  return [
    `${doc.kind}${doc.number ? ` số ${doc.number}` : ' (không số)'}${doc.issuedOn ? `, ngày ${doc.issuedOn}` : doc.issuedYear ? `, năm ${doc.issuedYear}` : ''}${doc.place ? `, ${doc.place}` : ''}`,
    `Tiêu đề: ${doc.title ?? '—'}`,
    `Cơ quan ban hành: ${doc.issuers.join('; ') || '—'}`,
    `Căn cứ (${doc.bases.length}):`,
    ...doc.bases.map((b) => `  - ${mention(b)}`),
    `Quan hệ: ${doc.relations.map((r) => `${r.from?.number ?? 'văn bản này'} ${r.kind} ${r.to.number ?? r.to.name}`).join('; ') || '—'}`,
    `Dẫn chiếu: ${doc.citations.length}   Chương: ${doc.chapters.length}   Điều: ${doc.articles.length}   Mục: ${doc.sections.length}   Nhiệm vụ: ${doc.duties.length}`,
    `Người ký: ${doc.signers.map((s) => [s.capacity, s.position, s.name].filter(Boolean).join(' ')).join('; ') || '—'}`,
    `Nơi nhận: ${doc.recipients.map((r) => r.name + (r.purpose ? ` (${r.purpose})` : '')).join('; ') || '—'}`,
    ...doc.warnings.map((w) => `Cảnh báo${w.line ? ` (dòng ${w.line})` : ''}: ${w.message}`),
  ].join('\n');
}

export async function runParse(input: CommandInput): Promise<number> {
  const [file] = input.positionals;
  if (!file || input.positionals.length > 1) {
    console.error('Cần đúng một tệp: cancu parse <tệp> [--json]');
    return 2;
  }
  const doc = parseDocument(await readDocumentFile(file), basename(file));
  console.log(input.values.json ? JSON.stringify(doc, null, 2) : describe(doc));
  return 0;
}
