// Turns the evaluation reports into the lines the terminal shows (Vietnamese, short table headers).
import { F1_THRESHOLD, type GoldReport } from './evaluate-gold.ts';
import type { GroupName } from './ledger.ts';
import type { CoverageReport } from './real-corpus-coverage.ts';

const GROUP_NAMES: Record<GroupName, string> = {
  metadata: 'thông tin văn bản',
  bases: 'căn cứ',
  citations: 'dẫn chiếu',
  relations: 'quan hệ',
  articles: 'điều, chương',
  responsibilities: 'trách nhiệm',
  signers: 'người ký',
  recipients: 'nơi nhận',
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function goldLines(report: GoldReport): string[] {
  const lines = [`Chấm theo nhãn vàng (${report.documents.length} văn bản, ${report.goldDir}), ${report.seconds.toFixed(1)} s`, ''];
  lines.push(
    ...table(
      ['nhóm (group)', 'TP', 'FP', 'FN', 'P', 'R', 'F1'],
      report.groups.map((g) => [`${g.group} — ${GROUP_NAMES[g.group]}`, String(g.tp), String(g.fp), String(g.fn), pct(g.precision), pct(g.recall), `${pct(g.f1)}${g.f1 < F1_THRESHOLD ? ' ✗' : ''}`]),
    ),
  );
  lines.push('', 'Bẫy (traps):');
  for (const t of report.traps) lines.push(`  ${t.passed ? 'ĐẠT  ' : 'TRƯỢT'} ${t.file.slice(0, 3)} ${t.trap}: ${t.detail}`);
  if (report.ingestFailures.length) {
    lines.push('', 'Không nạp được:');
    for (const f of report.ingestFailures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  if (report.graphqlErrors.length) {
    lines.push('', 'Lỗi GraphQL (các trường bị lỗi được tính là thiếu):');
    for (const e of new Set(report.graphqlErrors)) lines.push(`  ${e}`);
  }
  if (report.misses.length) {
    lines.push('', `Sai sót (${report.misses.length}):`);
    for (const m of report.misses) {
      const what =
        m.kind === 'extra' ? `thừa: ${m.found}` : m.kind === 'wrong' ? `cần ${m.expected}, thấy ${m.found}` : `thiếu ${m.expected}${m.found ? ` (thấy: ${m.found})` : ''}`;
      lines.push(`  [${m.group}] ${m.document}: ${what}`);
    }
  }
  return lines;
}

export function verdictLines(report: GoldReport): string[] {
  if (report.passed) return [`Đạt: mọi nhóm có F1 ≥ ${pct(F1_THRESHOLD)} và mọi bẫy đều qua.`];
  return [
    'Chưa đạt:',
    ...report.failedGroups.map((g) => `  nhóm ${g} có F1 < ${pct(F1_THRESHOLD)}`),
    ...report.failedTraps.map((t) => `  bẫy trượt: ${t}`),
  ];
}

export function coverageLines(report: CoverageReport): string[] {
  if (!report.present) return [`Bộ văn bản thực (${report.label}) không có ở đây: bỏ qua phần đo độ phủ`];
  const lines = [
    `Bộ văn bản thực (${report.dir}): ${report.parsed}/${report.files} tệp đọc được, lỗi ${report.errors.length}; tổng ${report.totalMs.toFixed(0)} ms, chậm nhất ${report.maxMs.toFixed(0)} ms${report.slowest ? ` (${report.slowest})` : ''}`,
    '',
    ...table(
      ['độ phủ (coverage)', 'thấy', 'có', '%', 'thấy thêm'],
      report.coverage.map((c) => [c.feature, String(c.found), String(c.has), c.has ? pct(c.found / c.has) : '-', String(c.foundWithout)]),
    ),
    '  ("có": bộ dò độc lập trên văn bản thô thấy dấu hiệu; "thấy": bộ đọc lấy ra được; "thấy thêm": bộ đọc lấy ra dù bộ dò không thấy dấu hiệu)',
  ];
  const missed = report.coverage.filter((c) => c.examplesMissed.length);
  if (missed.length) {
    lines.push('', 'Ví dụ bộ đọc bỏ sót:');
    for (const c of missed) lines.push(`  ${c.feature}: ${c.examplesMissed.join(', ')}`);
  }
  if (report.errors.length) {
    lines.push('', 'Tệp lỗi:');
    for (const e of report.errors) lines.push(`  ${e.file}: ${e.reason}`);
  }
  return lines;
}
