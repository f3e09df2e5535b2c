// Test fixtures only: the five seed texts and their hand-made gold readings (test/gold).

import { readFileSync } from 'node:fs';

export interface GoldMention {
  number?: string;
  name?: string;
  kind?: string;
  issuedOn?: string | null;
}

export interface Gold {
  file: string;
  document: { number: string | null; kind: string; issuedOn: string | null; issuedYear?: number; titleContains: string; issuers: string[] };
  bases: GoldMention[];
  nestedRelations?: { from: string; relation: string; to: string }[];
  implements: GoldMention[];
  supersedes: GoldMention[];
  cites: string[];
  citationConflicts?: { cited: string; resolvesTo?: string }[];
  bodyCitations?: { article: number; clause: number; cites: string[] }[];
  chapters?: number;
  articles?: number;
  signers: { name: string; position?: string }[];
  recipients: string[];
}

export const SEED_FILES = [
  '000_c10e1c1c5600daa8',
  '001_77989c5422978e8e',
  '002_1d85cb063a09f93b',
  '003_6082d5f07db0c81e',
  '004_9a1680116712ef93',
] as const;

export function seedText(id: (typeof SEED_FILES)[number]): string {
  return readFileSync(new URL(`../../corpus/${id}.txt`, import.meta.url), 'utf8');
}

export function seedGold(id: (typeof SEED_FILES)[number]): Gold {
  return JSON.parse(readFileSync(new URL(`../../../test/gold/${id}.json`, import.meta.url), 'utf8')) as Gold;
}
