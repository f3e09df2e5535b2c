// Bad input: each file gets a clear message naming it and the reason; nothing already stored changes;
// a directory ingest goes on past a bad file and ends non-zero.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toTCVN3, toVNI } from 'vietnamese-conversion';
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { main } from 'cancu/cli/main';
import { ingestFiles } from 'cancu/ingest/ingest-files';
import type { SeededStore } from './support/seeded-store.ts';
import { seededStore } from './support/seeded-store.ts';

const NEWS = `Sáng 15/3, tại Hội trường UBND tỉnh, hàng trăm người dân đã đến tham dự buổi đối thoại.
Không khí buổi gặp mặt diễn ra cởi mở, nhiều ý kiến được lãnh đạo tỉnh ghi nhận và trả lời trực tiếp.
Theo phóng viên ghi nhận, người dân chủ yếu quan tâm tới vấn đề đất đai, giải phóng mặt bằng và việc làm cho thanh niên.
Bà Nguyễn Thị Lan, một người dân ở xã bên cạnh, chia sẻ rằng bà rất vui khi được trực tiếp nói chuyện với lãnh đạo.`;

/** Bytes of a legacy editor: one Windows-1252 byte per character. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

const seedText = readFileSync(join(SEED_CORPUS_DIR, '001_77989c5422978e8e.txt'), 'utf8').normalize('NFC');

let seeded: SeededStore;
let dir: string;

async function snapshot() {
  const { data } = await seeded.graphql<{ documents: { totalCount: number }; agencies: { totalCount: number }; dataIssues: unknown[] }>(
    '{ documents { totalCount } agencies { totalCount } dataIssues { kind } }',
  );
  return data;
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  seeded = await seededStore();
  dir = mkdtempSync(join(tmpdir(), 'cancu-bad-'));
});

afterAll(async () => {
  await seeded?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['an empty file', 'empty.txt', '', 'tệp rỗng'],
  ['a binary file', 'binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : i % 251)), 'tệp nhị phân'],
  ['a VNI file that cannot be converted safely', 'vni.txt', windows1252(toVNI(seedText.replace(/[^\x00-\x7f]/g, (c) => c.toLocaleLowerCase('vi')), 'unicode')), 'VNI'],
  ['a news article', 'news.txt', NEWS, 'Không phải văn bản của Đảng hay Nhà nước'],
])('refuses %s', (_what, name, content, reason) => {
  it(`names the file and says why (${reason}); the store is unchanged`, async () => {
    const path = file(name, content);
    const before = await snapshot();
    const summary = await ingestFiles(seeded.store, [path]);
    expect(summary.documents).toBe(0);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.file).toBe(path);
    expect(summary.failures[0]!.reason).toContain(reason);
    expect(await snapshot()).toEqual(before);
  });
});

describe('files at the edges', () => {
  it('refuses a file over 20 MB without reading it whole, and changes nothing', async () => {
    const path = file('huge.txt', Buffer.alloc(21 * 1024 * 1024, 0x61));
    const before = await snapshot();
    const summary = await ingestFiles(seeded.store, [path]);
    expect(summary.failures[0]!.reason).toMatch(/tệp quá lớn \(21\.0 MB, tối đa 20 MB\)/);
    expect(await snapshot()).toEqual(before);
  });

  it('converts a TCVN3 file it can read with certainty, and records that it did', async () => {
    const path = file('tcvn3.txt', windows1252(toTCVN3(seedText.replace(/[^\x00-\x7f]/g, (c) => c.toLocaleLowerCase('vi')), 'unicode')));
    const summary = await ingestFiles(seeded.store, [path]);
    expect(summary.failures).toEqual([]);
    const { data } = await seeded.graphql<{ dataIssues: Array<{ kind: string; message: string; document: { number: string } }> }>('{ dataIssues { kind message document { number } } }');
    const note = data!.dataIssues.find((i) => i.kind === 'LEGACY_ENCODING_CONVERTED')!;
    expect(note.message).toContain('TCVN3');
    expect(note.document.number).toBe('05-QC/HU');
  });
});

describe('cancu ingest of a directory', () => {
  it('goes on past bad files, loads the good one, names each failure and exits non-zero', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'cancu-mixed-'));
    const data = mkdtempSync(join(tmpdir(), 'cancu-data-'));
    writeFileSync(join(mixed, 'a-empty.txt'), '');
    writeFileSync(join(mixed, 'b-news.txt'), NEWS);
    writeFileSync(join(mixed, 'c-good.txt'), seedText);
    const errors: string[] = [];
    const logs: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args.join(' ')));
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
    try {
      const code = await main(['ingest', mixed, '--data', data]);
      expect(code).toBe(1);
    } finally {
      error.mockRestore();
      log.mockRestore();
      rmSync(mixed, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
    expect(logs.join('\n')).toContain('Đã nạp 1/3 văn bản');
    const report = errors.join('\n');
    expect(report).toContain('2 tệp không nạp được');
    expect(report).toMatch(/a-empty\.txt: tệp rỗng/);
    expect(report).toMatch(/b-news\.txt: Không phải văn bản của Đảng hay Nhà nước/);
  });
});
