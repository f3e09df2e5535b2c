// The hand-made gold annotations of the seed documents (test/gold/*.json), typed as the files write them.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_GOLD_DIR = fileURLToPath(new URL('../../../test/gold/', import.meta.url));

export interface GoldDocumentRef {
  number?: string;
  name?: string;
  kind?: string;
  issuedOn?: string | null;
  issuer?: string;
  article?: number;
  possiblySameAs?: string;
}

export interface GoldRelation {
  from: string;
  relation: string;
  to: string;
}

export interface GoldResponsibility {
  agency: string;
  article?: number;
  section?: string;
  clause?: string;
  duties: number;
  role?: 'LEAD' | 'SUPPORT';
  sharedWith?: string[];
  collaborators?: string[];
}

export interface GoldTimedDuty {
  article: number;
  text: string;
  agency: string;
  reportTo?: string;
}

export interface GoldConflict {
  cited: string;
  resolvesTo?: string;
  why?: string;
  note?: string;
}

export interface GoldSigner {
  name: string;
  position?: string;
  agency?: string;
  capacity?: string;
}

export interface Gold {
  /** the JSON file it was read from */
  goldFile: string;
  /** the document's text file, in the seed corpus */
  file: string;
  document: {
    number: string | null;
    kind: string;
    issuedOn: string | null;
    issuedYear?: number;
    place?: string;
    issuers: string[];
    locality: { district?: string; province?: string };
    level: string;
    titleContains: string;
  };
  bases: GoldDocumentRef[];
  nestedRelations?: GoldRelation[];
  inferredCascade?: string[];
  implements: GoldDocumentRef[];
  supersedes: GoldDocumentRef[];
  cites: string[];
  bodyCitations?: Array<{ article: number; clause: number | string; cites: string[] }>;
  citationConflicts?: GoldConflict[];
  citedDetails?: GoldDocumentRef[];
  chapters?: number;
  articles?: number;
  responsibilities: GoldResponsibility[];
  deadlines?: GoldTimedDuty[];
  frequencies?: GoldTimedDuty[];
  signers: GoldSigner[];
  recipients: string[];
}

export async function loadGold(dir: string = DEFAULT_GOLD_DIR): Promise<Gold[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`không có tệp gold (*.json) nào trong ${dir}`);
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        throw new Error(`${path}: không đọc được JSON (${(error as Error).message})`);
      }
      const gold = raw as Omit<Gold, 'goldFile'>;
      if (typeof gold.file !== 'string' || !gold.document) throw new Error(`${path}: thiếu trường "file" hoặc "document"`);
      return {
        ...gold,
        goldFile: name,
        bases: gold.bases ?? [],
        implements: gold.implements ?? [],
        supersedes: gold.supersedes ?? [],
        cites: gold.cites ?? [],
        responsibilities: gold.responsibilities ?? [],
        signers: gold.signers ?? [],
        recipients: gold.recipients ?? [],
      };
    }),
  );
}
