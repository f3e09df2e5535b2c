// The gold evaluation: loads the gold documents into a fresh temporary store with the real ingest,
// reads them back through GraphQL, scores every field group and checks every trap.
import { isAbsolute, join } from 'node:path';
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { createGraphqlApp } from '../graphql/yoga.ts';
import { ingestFiles, type IngestFailure } from '../ingest/ingest-files.ts';
import { tempLadybugStore } from '../testing/temp-store.ts';
import { checkTraps, numbersToFetch, type TrapResult } from './check-traps.ts';
import { Ledger, type GroupScore, type Miss } from './ledger.ts';
import { DEFAULT_GOLD_DIR, loadGold } from './load-gold.ts';
import { findGoldDocument, findNode, lineageEdges, type FoundDocument, type FoundNode, type LineageEdge, type RunGraphql } from './read-back.ts';
import { scoreArticles } from './score-articles.ts';
import { scoreBases } from './score-bases.ts';
import { scoreCitations } from './score-citations.ts';
import { scoreMetadata } from './score-metadata.ts';
import { scoreRelations } from './score-relations.ts';
import { scoreResponsibilities } from './score-responsibilities.ts';
import { scoreRecipients, scoreSigners } from './score-signatures.ts';
import { documentRef, notFound, placeOf, type ScoringContext } from './scoring-context.ts';

/** a group passes at this F1 or above */
export const F1_THRESHOLD = 0.95;

export interface GoldReport {
  goldDir: string;
  documents: Array<{ file: string; document: string; id: string | null }>;
  groups: GroupScore[];
  misses: Miss[];
  traps: TrapResult[];
  ingestFailures: IngestFailure[];
  /** errors GraphQL returned beside partial data: the fields they hit are scored as missing */
  graphqlErrors: string[];
  failedGroups: string[];
  failedTraps: string[];
  passed: boolean;
  seconds: number;
}

export interface GoldOptions {
  goldDir?: string;
  /** where the gold's `file` names are read from (default: the bundled seed corpus) */
  corpusDir?: string;
}

const SCORERS = [scoreMetadata, scoreBases, scoreCitations, scoreRelations, scoreArticles, scoreResponsibilities, scoreSigners, scoreRecipients];

export async function evaluateGold(options: GoldOptions = {}): Promise<GoldReport> {
  const started = performance.now();
  const goldDir = options.goldDir ?? DEFAULT_GOLD_DIR;
  const corpusDir = options.corpusDir ?? SEED_CORPUS_DIR;
  const golds = await loadGold(goldDir);
  const temp = await tempLadybugStore();
  try {
    const ingest = await ingestFiles(temp.store, golds.map((g) => (isAbsolute(g.file) ? g.file : join(corpusDir, g.file))));
    const graphqlErrors: string[] = [];
    const graphql = graphqlRunner(createGraphqlApp(temp.store), graphqlErrors);

    const documents = new Map<string, FoundDocument>();
    for (const gold of golds) documents.set(gold.file, (await findGoldDocument(graphql, gold)) ?? notFound());
    const nodes = new Map<string, FoundNode | null>();
    for (const number of numbersToFetch(golds)) nodes.set(number, await findNode(graphql, number));
    const node = (number: string) => nodes.get(number) ?? null;
    const lineages = new Map<string, LineageEdge[]>();
    for (const gold of golds) {
      const lowest = gold.inferredCascade?.at(-1);
      const id = lowest ? node(lowest)?.id : undefined;
      if (id) lineages.set(id, await lineageEdges(graphql, id));
    }

    const ledger = new Ledger();
    for (const gold of golds) {
      const ctx: ScoringContext = { gold, found: documents.get(gold.file)!, at: documentRef(gold), place: placeOf(gold), node };
      for (const score of SCORERS) score(ctx, ledger);
    }
    const traps = checkTraps(golds, { documents, node, lineage: (id) => lineages.get(id) ?? [] });
    const groups = ledger.scores();
    const failedGroups = groups.filter((g) => g.f1 < F1_THRESHOLD).map((g) => g.group);
    const failedTraps = traps.filter((t) => !t.passed).map((t) => t.trap);
    return {
      goldDir,
      documents: golds.map((g) => ({ ...documentRef(g), id: documents.get(g.file)!.id || null })),
      groups,
      misses: ledger.misses,
      traps,
      ingestFailures: ingest.failures,
      graphqlErrors,
      failedGroups,
      failedTraps,
      passed: failedGroups.length === 0 && failedTraps.length === 0,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await temp.dispose();
  }
}

type GraphqlApp = ReturnType<typeof createGraphqlApp>;

function graphqlRunner(app: GraphqlApp, errors: string[]): RunGraphql {
  return async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await app.fetch('http://cancu.eval/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: Array<{ message: string; path?: unknown[] }> };
    const messages = (body.errors ?? []).map((e) => `${e.message}${e.path ? ` (${e.path.join('.')})` : ''}`);
    if (!body.data) throw new Error(`GraphQL không trả dữ liệu: ${messages.join('; ') || response.status}`);
    errors.push(...messages);
    return body.data;
  };
}
