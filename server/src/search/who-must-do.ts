// "Who must do X": duties found in the index, grouped by agency, best first; an agency whose duties say
// the task ranks above any whose duties only share some of its words.
import { dutyPropertiesByIds } from '../db/queries/search-batches.ts';
import { toDuty } from '../db/queries/duties.ts';
import type { DutyModel } from '../db/queries/duties.ts';
import type { Store } from '../db/store.ts';
import { analyzeQuery } from './analyze-query.ts';
import type { DutyFilter, DutyHit } from './duty-index.ts';
import { highlightsOf } from './highlight.ts';
import type { TextRange } from './highlight.ts';
import { dutyIndexOf } from './store-index.ts';

export interface DutyMatchModel {
  duty: DutyModel;
  score: number;
  highlights: TextRange[];
}

export interface AgencyDutiesResult {
  agencyId: string;
  duties: DutyModel[];
  score: number;
  matches: DutyMatchModel[];
}

export interface WhoMustDoArgs {
  task: string;
  filter: DutyFilter;
  first: number;
}

export const MAX_DUTIES_PER_AGENCY = 20;
/** relevance r maps to r / (r + HALF) inside its tier's unit band */
const HALF = 5;

/** A score whose integer part is the tier (2 phrase, 1 all words, 0 some) and fraction the relevance. */
export function bandedScore(tier: number, relevance: number): number {
  return tier + relevance / (relevance + HALF);
}

export async function whoMustDo(store: Store, { task, filter, first }: WhoMustDoArgs): Promise<AgencyDutiesResult[]> {
  const query = analyzeQuery(task);
  if (query.variants.length === 0 || first <= 0) return [];
  const index = await dutyIndexOf(store);
  const agencies = index.search(query, filter, first, MAX_DUTIES_PER_AGENCY);
  const chosen = agencies.flatMap((a) => a.hits.slice(0, MAX_DUTIES_PER_AGENCY));
  if (chosen.length === 0) return [];
  // the duties' own properties by key; their document, agency and article as the index holds them
  const rows = await store.read(dutyPropertiesByIds, { ids: chosen.map((h) => h.dutyId) });
  const hitOf = new Map(chosen.map((h) => [h.dutyId, h]));
  const duties = new Map(
    rows
      .filter((row) => hitOf.has(row.id as string))
      .map((row) => {
        const hit = hitOf.get(row.id as string)!;
        return toDuty({ ...row, documentId: hit.documentId, agencyId: hit.agencyId, articleId: hit.articleId });
      })
      .map((d) => [d.id, d]),
  );
  return agencies.map((a) => {
    const matches = a.hits
      .slice(0, MAX_DUTIES_PER_AGENCY)
      .map((h) => ({ hit: h, duty: duties.get(h.dutyId) }))
      .filter((m): m is { hit: DutyHit; duty: DutyModel } => m.duty !== undefined)
      .map(({ hit, duty }) => ({ duty, score: bandedScore(hit.tier, hit.relevance), highlights: highlightsOf(duty.text, query) }));
    return { agencyId: a.agencyId, duties: matches.map((m) => m.duty), score: bandedScore(a.tier, a.relevance), matches };
  });
}
