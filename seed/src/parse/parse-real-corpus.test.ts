import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';

const REAL = '/work/shared/corpus/real';
const MAX_MS = 800;

function realFiles(): string[] {
  return readdirSync(REAL).flatMap((dir) => readdirSync(join(REAL, dir)).map((f) => join(REAL, dir, f)));
}

describe.skipIf(!existsSync(REAL))(`the real corpus (skipped: ${REAL} is absent on this machine)`, () => {
  it('parses every file without failing, each well under a second', () => {
    const files = realFiles();
    const slow: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const started = performance.now();
      const parsed = parseDocument(text, file);
      const elapsed = performance.now() - started;
      if (elapsed > MAX_MS) slow.push(`${file}: ${elapsed.toFixed(0)} ms`);
      if (parsed.warnings.some((w) => w.kind === 'PARSE_FAILED')) failed.push(file);
    }
    expect(files.length).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    expect(slow).toEqual([]);
  }, 120_000);

  it('finds kind, number, date, issuer and bases of at least 95% of the documents that have text', () => {
    const parsed = realFiles()
      .map((file) => parseDocument(readFileSync(file, 'utf8'), file))
      .filter((d) => !d.warnings.some((w) => w.kind === 'NEAR_EMPTY'));
    const share = (found: (d: (typeof parsed)[number]) => boolean) => parsed.filter(found).length / parsed.length;
    expect(share((d) => d.kind !== 'Văn bản')).toBeGreaterThan(0.95);
    expect(share((d) => d.number !== null)).toBeGreaterThan(0.95);
    expect(share((d) => d.issuedOn !== null || d.warnings.some((w) => w.kind === 'BLANK_DATE'))).toBeGreaterThan(0.95);
    expect(share((d) => d.issuers.length > 0)).toBeGreaterThan(0.95);
    expect(share((d) => d.bases.length > 0)).toBeGreaterThan(0.9);
  }, 120_000);
});
