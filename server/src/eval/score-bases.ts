// Legal bases ("Căn cứ …"): each gold basis found by number or by name, then its kind, date and issuer.
import type { GoldDocumentRef } from './load-gold.ts';
import type { Ledger } from './ledger.ts';
import { sameDocumentName, sameIssuers, sameNumber, sameText } from './match-names.ts';
import { matchSets } from './score.ts';
import type { FoundRef } from './read-back.ts';
import type { ScoringContext } from './scoring-context.ts';

const G = 'bases';

export function describeRef(r: { number?: string | null; name?: string | null; title?: string | null }): string {
  return r.number ?? r.name ?? r.title ?? '(không số, không tên)';
}

export function sameRef(gold: GoldDocumentRef, found: FoundRef): boolean {
  if (gold.number) return found.number !== null && sameNumber(gold.number, found.number);
  return gold.name !== undefined && sameDocumentName(gold.name, found);
}

/** The attributes the gold gives for a document it names (kind, date, issuer), as slots of `group`. */
export function scoreRefAttributes(group: 'bases' | 'relations' | 'citations', ctx: ScoringContext, ledger: Ledger, gold: GoldDocumentRef, found: FoundRef | null): void {
  const label = describeRef(gold);
  if (gold.kind !== undefined) ledger.slot(group, ctx.at, `${label} — loại`, gold.kind, found?.kind, sameText);
  if (gold.issuedOn !== undefined) ledger.slot(group, ctx.at, `${label} — ngày`, gold.issuedOn, found?.issuedOn, (a, b) => a === b);
  if (gold.issuer !== undefined) {
    const names = (found?.issuers ?? []).map((i) => i.name);
    ledger.slot(group, ctx.at, `${label} — cơ quan ban hành`, gold.issuer, names.length ? names.join(' | ') : null, (g) => sameIssuers(g, names, ctx.place));
  }
}

/** how many attributes `scoreRefAttributes` checks for this gold reference */
export function attributeCount(gold: GoldDocumentRef): number {
  return [gold.kind, gold.issuedOn, gold.issuer].filter((v) => v !== undefined).length;
}

export function scoreBases(ctx: ScoringContext, ledger: Ledger): void {
  const { found } = ctx;
  const bases = found.relations.filter((r) => r.kind === 'BASED_ON' && r.from.id === found.id).map((r) => r.to);
  const result = matchSets(ctx.gold.bases, bases, sameRef);
  for (const [gold, ref] of result.matched) {
    ledger.hit(G);
    scoreRefAttributes(G, ctx, ledger, gold, ref);
  }
  for (const gold of result.missing) ledger.missing(G, ctx.at, `căn cứ: ${describeRef(gold)}`, null, 1 + attributeCount(gold));
  for (const ref of result.extra) ledger.extra(G, ctx.at, `căn cứ: ${describeRef(ref)}`);
}
