// The duties of one agency in the order to show them: matched ones best first, with their ranges.
import type { AgencyDuties, TextRange, WhoDuty } from '../api/who-must-do.ts';

export type RankedDuty = { duty: WhoDuty; highlights: TextRange[]; score: number | null };

export function rankedDuties(group: Pick<AgencyDuties, 'duties' | 'matches'>): RankedDuty[] {
  const matched = [...group.matches]
    .sort((a, b) => b.score - a.score)
    .map((match) => ({ duty: match.duty, highlights: match.highlights, score: match.score }));
  const seen = new Set(matched.map((entry) => entry.duty.id));
  const rest = group.duties
    .filter((duty) => !seen.has(duty.id))
    .map((duty) => ({ duty, highlights: [], score: null }));
  return [...matched, ...rest];
}

/** Scores shown discreetly: two digits are enough to compare. */
export function formatScore(score: number): string {
  return score.toFixed(score >= 10 ? 0 : 2);
}
