// Structure: the articles numbered 1..N and the number of chapters, where the gold counts them.
import type { Ledger } from './ledger.ts';
import type { ScoringContext } from './scoring-context.ts';

const G = 'articles';

export function scoreArticles(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at } = ctx;
  if (gold.articles !== undefined) {
    const numbers = new Set(found.articles.map((a) => a.number));
    for (let n = 1; n <= gold.articles; n++) {
      if (numbers.has(n)) ledger.hit(G);
      else ledger.missing(G, at, `Điều ${n}`);
    }
    for (const n of [...numbers].filter((n) => n < 1 || n > gold.articles!).sort((a, b) => a - b)) ledger.extra(G, at, `Điều ${n}`);
  }
  if (gold.chapters !== undefined) {
    const chapters = new Set(found.articles.map((a) => a.chapter).filter((c): c is string => Boolean(c)));
    ledger.slot(G, at, 'số chương', gold.chapters, chapters.size || null, (a, b) => a === b);
  }
}
