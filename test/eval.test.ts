// The gold evaluation end to end, in-process: the report's shape, and the bar it must clear.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F1_THRESHOLD, evaluateGold, type GoldReport } from 'cancu/eval/evaluate-gold';
import { GROUPS } from 'cancu/eval/ledger';
import { loadGold } from 'cancu/eval/load-gold';
import { coverageLines, goldLines, verdictLines } from 'cancu/eval/print-report';
import { measureRealCorpus } from 'cancu/eval/real-corpus-coverage';

describe('cancu eval against the gold of the five seeds', () => {
  let report: GoldReport;
  beforeAll(async () => {
    report = await evaluateGold();
  });

  it('finds every gold document in the store it loaded', async () => {
    const golds = await loadGold();
    expect(report.documents.map((d) => d.file)).toEqual(golds.map((g) => g.file));
    expect(report.documents.every((d) => d.id)).toBe(true);
    expect(report.ingestFailures).toEqual([]);
  });

  it('scores every field group with counts, precision, recall and F1', () => {
    expect(report.groups.map((g) => g.group)).toEqual([...GROUPS]);
    for (const g of report.groups) {
      expect(g.tp + g.fn).toBeGreaterThan(0);
      for (const x of [g.precision, g.recall, g.f1]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    }
  });

  it(`reaches F1 ≥ ${F1_THRESHOLD} in every field group and handles every trap`, () => {
    const below = report.groups.filter((g) => g.f1 < F1_THRESHOLD).map((g) => `${g.group}: ${(100 * g.f1).toFixed(1)}%`);
    expect(below).toEqual([]);
    expect(report.failedTraps).toEqual([]);
  });

  it('lists every trap the gold names, each passed or failed with a reason', () => {
    const traps = report.traps.map((t) => `${t.file.slice(0, 3)} ${t.trap}`);
    expect(traps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^002 314-QĐ\/TU → 314-QĐ\/HU/),
        expect.stringMatching(/^002 09-Ctr\/TU = 09-CTr\/TU/),
        expect.stringMatching(/^002 12-QĐi\/TW/),
        expect.stringMatching(/^000 chuỗi suy luận 23-QĐ\/TW → 407-QĐ\/TU → 314-QĐ\/HU/),
        expect.stringMatching(/^002 01\/CTrPH-UBND-BDVHU có thể là 01\/QC-UBND-BDVHU/),
        expect.stringMatching(/^004 số và ngày để trống/),
        expect.stringMatching(/^000 2 cơ quan ban hành liên tịch/),
        expect.stringMatching(/^003 7 cơ quan ban hành liên tịch/),
      ]),
    );
    for (const t of report.traps) expect(t.detail.length).toBeGreaterThan(0);
    expect(report.failedTraps).toEqual(report.traps.filter((t) => !t.passed).map((t) => t.trap));
  });

  it('says for every miss which document, which group, and what the gold expected or what was found', () => {
    for (const m of report.misses) {
      expect(GROUPS).toContain(m.group);
      expect(m.document).toMatch(/^00\d /);
      if (m.kind === 'extra') expect(m.found).toBeTruthy();
      else expect(m.expected).toBeTruthy();
    }
    const counted = report.groups.reduce((n, g) => n + g.fp + g.fn, 0);
    expect(report.misses.length).toBeLessThanOrEqual(counted);
  });

  it('prints the table, the traps, the misses and a verdict naming what failed', () => {
    const text = [...goldLines(report), ...verdictLines(report)].join('\n');
    for (const g of GROUPS) expect(text).toContain(g);
    expect(text).toMatch(/TP\s+FP\s+FN\s+P\s+R\s+F1/);
    for (const t of report.failedTraps) expect(text).toContain(`bẫy trượt: ${t}`);
    for (const g of report.failedGroups) expect(text).toContain(`nhóm ${g}`);
  });
});

describe('coverage on a real corpus', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cancu-eval-real-'));
    writeFileSync(join(dir, 'nghi-dinh.txt'), 'CHÍNH PHỦ\nSố: 158/2025/NĐ-CP\nHà Nội, ngày 25 tháng 6 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nĐiều 1. Phạm vi\nNghị định này quy định.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính\n');
    writeFileSync(join(dir, 'rong.md'), '   \n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses each file, names the files it cannot read, and counts coverage against the detector', async () => {
    const report = await measureRealCorpus(dir, 'thư mục thử');
    expect(report).toMatchObject({ present: true, files: 2, parsed: 1 });
    expect(report.errors).toEqual([{ file: 'rong.md', reason: expect.any(String) }]);
    const number = report.coverage.find((c) => c.feature === 'number')!;
    expect(number.has).toBe(1);
    expect(report.maxMs).toBeGreaterThanOrEqual(0);
  });

  it('says clearly that it skips coverage when the corpus is absent', async () => {
    const report = await measureRealCorpus(join(dir, 'khong-co'), '../shared/corpus/real');
    expect(report.present).toBe(false);
    expect(coverageLines(report)).toEqual(['Bộ văn bản thực (../shared/corpus/real) không có ở đây: bỏ qua phần đo độ phủ']);
  });
});
