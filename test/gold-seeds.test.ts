// The parser against the hand-made gold of the five seeds: number, kind, date, bases, article count.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import { fold, numberKey } from '@cancu/seed/text/vietnamese';

interface GoldBasis {
  number?: string;
  name?: string;
}

interface Gold {
  file: string;
  document: { number: string | null; kind: string; issuedOn: string | null };
  bases: GoldBasis[];
  articles?: number;
}

const GOLD_DIR = new URL('./gold/', import.meta.url);
const golds: Gold[] = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, GOLD_DIR), 'utf8')) as Gold);

function basisKey(b: { number?: string | null; name?: string | null }): string {
  return b.number ? `number:${numberKey(b.number)}` : `name:${fold(b.name ?? '')}`;
}

describe.each(golds.map((g) => [g.file, g] as const))('seed %s against its gold', (file, gold) => {
  const parsed = parseDocument(readFileSync(`${SEED_CORPUS_DIR}/${file}`, 'utf8'), file);

  it(`reads number ${gold.document.number ?? '(none)'}, kind ${gold.document.kind}, date ${gold.document.issuedOn ?? '(none)'}`, () => {
    expect(parsed.number).toBe(gold.document.number);
    expect(parsed.kind).toBe(gold.document.kind);
    expect(parsed.issuedOn).toBe(gold.document.issuedOn);
  });

  it(`reads the ${gold.bases.length} legal bases, in order`, () => {
    expect(parsed.bases.map(basisKey)).toEqual(gold.bases.map(basisKey));
  });

  // plans and letters (002, 004) have no articles and their gold gives no count
  if (gold.articles !== undefined) {
    it(`reads ${gold.articles} articles`, () => {
      expect(parsed.articles).toHaveLength(gold.articles!);
    });
  }
});

it('has gold for all five seeds', () => {
  expect(golds.map((g) => g.file)).toEqual(readdirSync(SEED_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort());
});
