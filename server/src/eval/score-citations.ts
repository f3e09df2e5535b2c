// Citations: every numbered document mentioned anywhere, where the body cites it (article, clause), and the details given.
import { numberKey } from '@cancu/seed/text/vietnamese';
import type { Ledger } from './ledger.ts';
import { sameNumber } from './match-names.ts';
import { matchSets } from './score.ts';
import type { FoundCitation } from './read-back.ts';
import { attributeCount, scoreRefAttributes } from './score-bases.ts';
import type { ScoringContext } from './scoring-context.ts';

const G = 'citations';

function citedNumbers(citations: FoundCitation[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of citations) {
    const number = c.document.number;
    if (number && !byKey.has(numberKey(number))) byKey.set(numberKey(number), number);
  }
  return [...byKey.values()];
}

export function scoreCitations(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at } = ctx;
  const cited = citedNumbers(found.citations);
  const result = matchSets(gold.cites, cited, sameNumber);
  result.matched.forEach(() => ledger.hit(G));
  result.missing.forEach((n) => ledger.missing(G, at, `dẫn chiếu ${n}`));
  result.extra.forEach((n) => ledger.extra(G, at, `dẫn chiếu ${n}`));

  for (const place of gold.bodyCitations ?? []) {
    for (const number of place.cites) {
      const where = `Điều ${place.article} khoản ${place.clause}`;
      const here = found.citations.filter((c) => c.document.number && sameNumber(number, c.document.number));
      const ok = here.some((c) => c.article === place.article && c.clause === String(place.clause));
      const seen = here.map((c) => (c.article === null ? 'ngoài điều' : `Điều ${c.article}${c.clause ? ` khoản ${c.clause}` : ''}`));
      ledger.check(G, at, ok, `${number} dẫn chiếu tại ${where}`, seen.length ? seen.join('; ') : null);
    }
  }

  for (const detail of gold.citedDetails ?? []) {
    const citation = found.citations.find((c) => c.document.number && detail.number && sameNumber(detail.number, c.document.number));
    if (citation) scoreRefAttributes(G, ctx, ledger, detail, citation.document);
    else ledger.missing(G, at, `chi tiết của ${detail.number}`, null, attributeCount(detail));
  }
}
