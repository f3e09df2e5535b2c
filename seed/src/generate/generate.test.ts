import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/parse-document.ts';
import type { GraphBatch } from '../resolve/graph-batch.ts';
import { resolveDocument } from '../resolve/resolve-document.ts';
import { generateCorpus, plannedUnits } from './generate-corpus.ts';
import { ACTIONS, JOINT_ACTIONS } from './phrases.ts';
import { writeCorpus } from './write-corpus.ts';

const LONG = 180_000;
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cancu-generate-'));
  dirs.push(dir);
  return dir;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** What the acceptance test compares: the document, its relations, its articles, who bears its duties. */
function essentials(batch: GraphBatch) {
  const d = batch.document;
  const dutiesPerAgency = new Map<string, number>();
  for (const duty of batch.duties) dutiesPerAgency.set(duty.agencyId, (dutiesPerAgency.get(duty.agencyId) ?? 0) + 1);
  return {
    document: { id: d.id, number: d.number, kind: d.kind, issuedOn: d.issuedOn, issuedYear: d.issuedYear, level: d.level },
    relations: [...new Set(batch.relations.map((r) => `${r.kind} ${r.fromId} ${r.toId}`))].sort(),
    articles: batch.articles.length,
    duties: [...dutiesPerAgency].sort(([a], [b]) => a.localeCompare(b)),
  };
}

function corpusHash(scale: number, seed: number): string {
  const hash = createHash('sha256');
  for (const doc of generateCorpus({ scale, seed })) hash.update(doc.path).update(doc.text).update(JSON.stringify(resolveDocument(doc.reading)));
  return hash.digest('hex');
}

describe('generated corpus', () => {
  it(
    'reads through the real parser into the same graph as its batches.jsonl',
    async () => {
      const out = tempDir();
      const counts = await writeCorpus({ scale: 0.002, seed: 1, out, format: 'both' });
      const batches = readFileSync(join(out, 'batches.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as GraphBatch);
      const files = textFiles(join(out, 'text'));
      expect(files).toHaveLength(counts.documents);
      expect(batches).toHaveLength(counts.documents);
      const byFile = new Map(batches.map((b) => [b.document.file, b]));
      expect(byFile.size).toBe(batches.length);

      for (const file of files) {
        const parsed = resolveDocument(parseDocument(readFileSync(file, 'utf8'), basename(file)));
        const expected = byFile.get(basename(file));
        expect(expected, file).toBeDefined();
        expect(essentials(parsed), file).toEqual(essentials(expected!));
      }
      expect(counts.duties).toBeGreaterThan(counts.documents * 20);
    },
    LONG,
  );

  it(
    'gives byte-identical output for the same scale and seed, and another corpus for another seed',
    () => {
      const first = corpusHash(0.002, 7);
      expect(corpusHash(0.002, 7)).toBe(first);
      expect(corpusHash(0.002, 8)).not.toBe(first);
    },
    LONG,
  );

  it(
    'grows linearly with the scale',
    () => {
      const count = (scale: number) => {
        let documents = 0;
        let duties = 0;
        for (const doc of generateCorpus({ scale, seed: 1 })) {
          documents += 1;
          duties += doc.reading.duties.length;
        }
        return { documents, duties, communes: plannedUnits({ scale, seed: 1 }).communes };
      };
      const small = count(0.005);
      const large = count(0.01);
      const ratio = (a: number, b: number) => b / a;
      expect(ratio(small.communes, large.communes)).toBeGreaterThan(1.4);
      // documents and duties follow the communes they come from
      expect(ratio(small.documents, large.documents)).toBeCloseTo(ratio(small.communes, large.communes), 0);
      expect(ratio(small.duties, large.duties)).toBeCloseTo(ratio(small.communes, large.communes), 0);
      expect(large.duties / large.communes).toBeGreaterThan(90);
    },
    LONG,
  );

  it('covers every unit at scale 1 and at least one commune at the smallest scale', () => {
    expect(plannedUnits({ scale: 1, seed: 1 })).toMatchObject({ provinces: 63, districts: 705 });
    expect(plannedUnits({ scale: 1, seed: 1 }).communes).toBeGreaterThan(10_000);
    const tiny = plannedUnits({ scale: 1e-6, seed: 3 });
    expect(tiny).toMatchObject({ provinces: 1, districts: 1 });
    expect(tiny.communes).toBeGreaterThan(0);
  });

  it('writes actions that name no deadline, frequency, report or leader of their own', () => {
    const forbidden = /chủ trì|phối hợp với|báo cáo|gửi|định kỳ|hằng|hàng năm|thường xuyên|trước ngày|chậm nhất|trong quý|[:;]/u;
    for (const action of [...ACTIONS.map((a) => a.text), ...JOINT_ACTIONS]) expect(action, action).not.toMatch(forbidden);
  });
});
